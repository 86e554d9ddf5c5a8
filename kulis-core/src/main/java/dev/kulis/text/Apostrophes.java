package dev.kulis.text;

/**
 * Where a word's suffix begins after an apostrophe ({@code Kocaoğlu'na}, {@code 2014'te}, {@code İZMİR'İN}), and where an
 * apostrophe is a letter of the name instead ({@code O'Neill}, {@code D'Alema}, {@code Côte d'Ivoire}): Turkish writes a
 * suffix in lower case (or, in a heading, in capitals: {@code Drogba'NIN}), so a capitalised part after the apostrophe
 * belongs to the name; in capitals, a single letter before the apostrophe and more than three after it is a name
 * ({@code O'NEILL}), while {@code A'DAN} is a letter and its suffix.
 */
public final class Apostrophes {
    /** Invisible hyphenation hints some wires leave inside words ({@code Er\u00addo\u011fan'\u00adın}). */
    private static final char SOFT_HYPHEN = '\u00ad';

    private Apostrophes() {
    }

    /** The characters written for an apostrophe: typewriter, typographic, grave and acute. */
    public static boolean is(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == '`' || c == '´';
    }

    /**
     * Index of the apostrophe that starts the suffix of {@code word}, or -1: the last apostrophe after a letter, a
     * digit or an abbreviation's period, followed only by letters that are not the name's own.
     */
    public static int suffixStart(String word) {
        for (int i = word.length() - 2; i > 0; i--) {
            if (!is(word.charAt(i))) {
                continue;
            }
            for (int k = i + 1; k < word.length(); k++) {
                char c = word.charAt(k);
                if (!Character.isLetter(c) && c != SOFT_HYPHEN) {
                    return -1;
                }
            }
            char before = word.charAt(i - 1);
            boolean abbreviation = before == '.' && i >= 2 && Character.isLetter(word.charAt(i - 2)); // A.Ş.'nin
            if (!(Character.isLetterOrDigit(before) || before == SOFT_HYPHEN || abbreviation) || nameLetters(word, i)) {
                return -1;
            }
            int earlier = suffixStart(word.substring(0, i)); // a suffix written twice: Karsuva'nın'ın
            return earlier > 0 ? earlier : i;
        }
        return -1;
    }

    /** The word without its apostrophe suffix ({@code Kocaoğlu'na} → {@code Kocaoğlu}; {@code O'Neill} stays). */
    public static String stem(String word) {
        int a = suffixStart(word);
        return a < 0 ? word : word.substring(0, a);
    }

    /** The suffix after the apostrophe as written ({@code na}), or "" when the word has none. */
    public static String suffix(String word) {
        int a = suffixStart(word);
        return a < 0 ? "" : word.substring(a + 1);
    }

    private static boolean nameLetters(String word, int ap) {
        if (!Character.isUpperCase(word.charAt(ap + 1))) {
            return false;
        }
        String tail = word.substring(ap + 1);
        if (TurkishCase.isAllCaps(tail)) { // O'NEILL is a name, A'DAN and Drogba'NIN (a heading's suffix) are not
            return TurkishCase.isAllCaps(word) && ap == 1 && tail.length() > 3;
        }
        return tail.length() >= 3 || ap == 1; // O'Neill, D'Or; Lakers'In is a careless suffix
    }
}
