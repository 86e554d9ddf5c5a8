package dev.kulis.text;

/**
 * Turkish case mapping: dotted and dotless i are two letters (İ↔i, I↔ı), which {@link String#toLowerCase()}
 * gets wrong unless given the Turkish locale, and which ASCII folding must flatten for users typing without
 * Turkish letters. Every mapping here keeps the string's length, so offsets survive it.
 */
public final class TurkishCase {
    private TurkishCase() {
    }

    public static char lower(char c) {
        switch (c) {
            case 'I':
                return 'ı';
            case 'İ':
                return 'i';
            default:
                return Character.toLowerCase(c);
        }
    }

    public static char upper(char c) {
        switch (c) {
            case 'i':
                return 'İ';
            case 'ı':
                return 'I';
            default:
                return Character.toUpperCase(c);
        }
    }

    public static String lower(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = lower(s.charAt(i));
        }
        return new String(out);
    }

    public static String upper(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = upper(s.charAt(i));
        }
        return new String(out);
    }

    /** First letter of each word upper case, the rest lower: {@code UMUT KARAKOYUN} → {@code Umut Karakoyun}. */
    public static String title(CharSequence s) {
        char[] out = new char[s.length()];
        boolean wordStart = true;
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            out[i] = wordStart ? upper(c) : lower(c);
            wordStart = !Character.isLetterOrDigit(c) && c != '\'' && c != '’';
        }
        return new String(out);
    }

    /** Lower case without Turkish letters: {@code Kılıçdaroğlu} → {@code kilicdaroglu}. */
    public static String foldAscii(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = asciiOf(lower(s.charAt(i)));
        }
        return new String(out);
    }

    private static char asciiOf(char c) {
        switch (c) {
            case 'ı':
                return 'i';
            case 'ğ':
                return 'g';
            case 'ü':
            case 'û':
                return 'u';
            case 'ş':
                return 's';
            case 'ö':
                return 'o';
            case 'ç':
                return 'c';
            case 'â':
                return 'a';
            case 'î':
                return 'i';
            default:
                return c;
        }
    }

    /** True when the text has letters and none of them is lower case (an ALL-CAPS heading or name). */
    public static boolean isAllCaps(CharSequence s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }
}
