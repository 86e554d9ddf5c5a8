package dev.kulis.morph;

import java.util.regex.Pattern;

/** What a token looks like before any lexicon is consulted: decides which path of analysis it takes. */
enum WordShape {
    PUNCT, NUMBER, URL, EMAIL, SYMBOL, WORD;

    private static final Pattern URL_LIKE = Pattern.compile("(?i)(https?://|www\\.)\\S+|\\S+\\.(com|org|net|gov|edu)(\\.tr)?(/\\S*)?");
    private static final Pattern EMAIL_LIKE = Pattern.compile("\\S+@\\S+\\.\\S+");

    static WordShape of(String w) {
        if (w.isEmpty()) {
            return SYMBOL;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            }
        }
        if (!letter && !digit) {
            return isPunctuation(w) ? PUNCT : SYMBOL;
        }
        if (w.indexOf('@') > 0 && EMAIL_LIKE.matcher(w).matches()) {
            return EMAIL;
        }
        if ((w.contains("://") || w.startsWith("www.") || w.indexOf('.') > 0) && letter && URL_LIKE.matcher(w).matches()) {
            return URL;
        }
        if (digit && Character.isDigit(w.charAt(0)) || digit && !letter) {
            return NUMBER;
        }
        return WORD;
    }

    private static boolean isPunctuation(String w) {
        for (int i = 0; i < w.length(); i++) {
            int t = Character.getType(w.charAt(i));
            boolean p = t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                    || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                    || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                    || t == Character.OTHER_PUNCTUATION;
            if (!p) {
                return false;
            }
        }
        return true;
    }
}
