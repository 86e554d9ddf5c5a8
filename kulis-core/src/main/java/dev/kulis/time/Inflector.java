package dev.kulis.time;

/**
 * Writes a Turkish ending onto a stem by vowel and consonant harmony: {@code yıl + (s)I|nDA → yılında},
 * {@code hafta + (s)I|nDA → haftasında}, {@code saat + DA → saatte}. Archiphonemes: {@code A} a/e,
 * {@code I} ı/i/u/ü, {@code D} d/t, and buffer consonants {@code (y) (s) (n)} written only after a vowel.
 */
final class Inflector {
    private static final String VOWELS = "aeıioöuü";
    private static final String VOICELESS = "çfhkpsşt";

    private Inflector() {
    }

    /**
     * The stem with the template appended.
     *
     * @param harmony the vowel the ending harmonises with instead of the stem's last one ({@code e} for
     *                {@code saat}), or 0
     */
    static String inflect(String stem, String template, char harmony) {
        StringBuilder b = new StringBuilder(stem);
        char vowel = harmony != 0 ? harmony : lastVowel(stem);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            char last = b.length() == 0 ? 0 : b.charAt(b.length() - 1);
            if (c == '(') {                              // buffer: (y) (s) (n)
                if (isVowel(last)) {
                    b.append(template.charAt(i + 1));
                }
                i += 2;
                continue;
            }
            char out;
            switch (c) {
                case 'A':
                    out = isBack(vowel) ? 'a' : 'e';
                    break;
                case 'I':
                    out = high(vowel);
                    break;
                case 'D':
                    out = VOICELESS.indexOf(last) >= 0 ? 't' : 'd';
                    break;
                case 'K':
                    out = 'k';
                    break;
                default:
                    out = c;
            }
            b.append(out);
            if (isVowel(out)) {
                vowel = out;
            }
        }
        return b.toString();
    }

    static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    static char lastVowel(CharSequence s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (isVowel(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 'e';
    }

    private static boolean isBack(char v) {
        return v == 'a' || v == 'ı' || v == 'o' || v == 'u';
    }

    private static char high(char v) {
        switch (v) {
            case 'a':
            case 'ı':
                return 'ı';
            case 'o':
            case 'u':
                return 'u';
            case 'ö':
            case 'ü':
                return 'ü';
            default:
                return 'i';
        }
    }
}
