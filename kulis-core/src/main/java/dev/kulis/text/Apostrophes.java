package dev.kulis.text;

/**
 * Where a word's suffix begins after an apostrophe ({@code Kocaoğlu'na}, {@code 2014'te}, {@code İZMİR'İN}), and where an
 * apostrophe is a letter of the name instead ({@code O'Neill}, {@code D'Alema}, {@code Dall'Ara}). Turkish writes a
 * suffix in lower case, a heading in capitals ({@code Drogba'NIN}), a careless title-cased headline with a capital
 * ({@code Şimşek'Ten}): a capitalised part after the apostrophe is a suffix when it is one of {@link SuffixForms},
 * else it belongs to the name when it follows a single letter ({@code O'NEILL}, {@code d'Ivoire}) or is a capitalised
 * word of three letters or more ({@code O'Neill}, {@code Sant'Angelo}).
 *
 * <p>Token texts are read as written, not normalised: every character the normaliser turns into an apostrophe counts
 * as one, and the characters it drops (soft hyphens, zero-width joiners) and combining marks are read through.
 */
public final class Apostrophes {
    private static final String VOWELS = "aeıioöuüâîû";

    private Apostrophes() {
    }

    /** The characters the normaliser reads as an apostrophe: typewriter, typographic, modifier, grave, acute, prime. */
    public static boolean is(char c) {
        return Normalizer.map(c) == '\'';
    }

    /**
     * Index of the apostrophe that starts the suffix of {@code word}, or -1: the last apostrophe, after a letter, a
     * digit or an abbreviation's period ({@code A.Ş.'nin}), followed only by letters that are not the name's own.
     */
    public static int suffixStart(String word) {
        int n = word.length(), i = n - 1;
        boolean vowel = false;
        for (; i > 0 && !is(word.charAt(i)); i--) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                vowel |= VOWELS.indexOf(Character.toLowerCase(c)) >= 0 || c == 'I' || c == 'İ';
            } else if (!Normalizer.invisible(c)) {
                return -1;
            }
        }
        if (i <= 0 || !vowel) { // a Turkish suffix has a vowel: Moody's, McDonald's keep their s
            return -1;
        }
        char before = word.charAt(i - 1);
        boolean abbreviation = before == '.' && i >= 2 && Character.isLetter(word.charAt(i - 2));
        if (!(Character.isLetterOrDigit(before) || Normalizer.invisible(before) || abbreviation) || nameLetters(word, i)) {
            return -1;
        }
        return doubled(word, i);
    }

    /**
     * {@code Karsuva'nın'ın}: a suffix of two letters or more written twice starts at the first; {@code Moody's'in},
     * {@code Kur'an'da}, {@code San'a'da} keep theirs.
     */
    private static int doubled(String word, int ap) {
        int j = ap - 1;
        while (j > 0 && Character.isLowerCase(word.charAt(j))) {
            j--;
        }
        boolean suffixBefore = j > 0 && j < ap - 2 && is(word.charAt(j)) && Character.isLetterOrDigit(word.charAt(j - 1))
                && SuffixForms.contains(word.substring(j + 1, ap));
        return suffixBefore ? j : ap;
    }

    /** The word without its apostrophe suffix ({@code Kocaoğlu'na} → {@code Kocaoğlu}; {@code O'Neill} stays), read through invisible characters. */
    public static String stem(String word) {
        int a = suffixStart(word);
        return visible(word, 0, a < 0 ? word.length() : a);
    }

    /** The suffix after the (last) apostrophe as written ({@code na}), or "" when the word has none. */
    public static String suffix(String word) {
        if (suffixStart(word) < 0) {
            return "";
        }
        int last = word.length() - 1;
        while (!is(word.charAt(last))) {
            last--;
        }
        return visible(word, last + 1, word.length());
    }

    private static boolean nameLetters(String word, int ap) {
        String tail = visible(word, ap + 1, word.length());
        if (!Character.isUpperCase(tail.charAt(0)) || SuffixForms.contains(TurkishCase.lower(tail))) {
            return false;
        }
        boolean singleLetter = Character.isLetter(word.charAt(ap - 1))
                && (ap == 1 || Character.isWhitespace(word.charAt(ap - 2)) || word.charAt(ap - 2) == '-');
        if (singleLetter) {
            return true;
        }
        return tail.length() >= 3 && !TurkishCase.isAllCaps(tail);
    }

    private static String visible(String word, int from, int to) {
        StringBuilder b = null;
        for (int k = from; k < to; k++) {
            if (Normalizer.invisible(word.charAt(k))) {
                if (b == null) {
                    b = new StringBuilder(to - from).append(word, from, k);
                }
            } else if (b != null) {
                b.append(word.charAt(k));
            }
        }
        return b == null ? word.substring(from, to) : b.toString();
    }
}
