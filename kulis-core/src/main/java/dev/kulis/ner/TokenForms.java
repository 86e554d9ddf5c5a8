package dev.kulis.ner;

import dev.kulis.text.Apostrophes;
import dev.kulis.text.TurkishCase;

/**
 * The forms of a token the features read: the stem before an apostrophe suffix ({@code Kocaoğlu'na} →
 * {@code Kocaoğlu}), the suffix itself with a plain apostrophe ({@code 'na}), lower case, and word shape.
 */
final class TokenForms {
    private TokenForms() {
    }

    /**
     * Index of the apostrophe that starts a letter suffix, or -1. The model reads initials with their suffix
     * ({@code D.Ö.'nün}) as one form: that is how it learned them, and how it finds them.
     */
    static int suffixStart(String t) {
        int a = Apostrophes.suffixStart(t);
        return a > 0 && t.charAt(a - 1) == '.' ? -1 : a;
    }

    static String stem(String t) {
        int a = suffixStart(t);
        return a < 0 ? t : t.substring(0, a);
    }

    /** The suffix with a plain apostrophe in lower case ({@code 'na}), or "" when there is none. */
    static String suffix(String t) {
        int a = suffixStart(t);
        return a < 0 ? "" : "'" + TurkishCase.lower(t.substring(a + 1));
    }

    static String lowerStem(String t) {
        return TurkishCase.lower(stem(t));
    }

    /** Character classes with runs collapsed: {@code Kocaoğlu'na} → {@code Xx'x}, {@code 1990'lı} → {@code d'x}. */
    static String shape(String t) {
        StringBuilder b = new StringBuilder(8);
        char prev = 0;
        for (int i = 0; i < t.length() && b.length() < 8; i++) {
            char c = t.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
                    : Character.isDigit(c) ? 'd' : Apostrophes.is(c) ? '\'' : c;
            if (k != prev) {
                b.append(k);
                prev = k;
            }
        }
        return b.toString();
    }

    /** 0 lower-case word, 1 capitalised, 2 all caps, 3 has digits, 4 other (punctuation). */
    static int capClass(String t) {
        char c = t.charAt(0);
        if (Character.isDigit(c)) {
            return 3;
        }
        if (!Character.isLetter(c)) {
            return 4;
        }
        if (Character.isLowerCase(c)) {
            return 0;
        }
        String s = stem(t);
        return s.length() > 1 && TurkishCase.isAllCaps(s) ? 2 : 1;
    }
}
