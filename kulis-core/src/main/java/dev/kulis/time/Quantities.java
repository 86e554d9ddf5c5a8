package dev.kulis.time;

import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import java.util.List;

/** Reads numbers as Turkish news writes them: {@code 1.500} (dot groups thousands), {@code 3,5} (comma decimals). */
final class Quantities {
    private Quantities() {
    }

    /**
     * The number written in digits in {@code s[from, to)}, or NaN. A dot followed by exactly three digits groups
     * thousands ({@code 1.500}, {@code 2.500.000}); otherwise one dot or comma is the decimal mark
     * ({@code 3,5}, {@code 1.5}).
     */
    static double digits(String s, int from, int to) {
        if (from >= to) {
            return Double.NaN;
        }
        long whole = 0;
        long frac = 0;
        long scale = 1;
        boolean inFraction = false;
        int digitsSinceDot = 0;
        boolean sawDot = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (inFraction) {
                    frac = frac * 10 + (c - '0');
                    scale *= 10;
                    if (scale > 1_000_000_000L) {
                        return Double.NaN;
                    }
                } else {
                    whole = whole * 10 + (c - '0');
                    digitsSinceDot++;
                    if (whole > 1_000_000_000_000_000L) {
                        return Double.NaN;
                    }
                }
            } else if (c == '.' && !inFraction && i > from && groupOfThree(s, i + 1, to)) {
                sawDot = true;
                digitsSinceDot = 0;
            } else if ((c == ',' || c == '.') && !inFraction && i > from && i + 1 < to) {
                inFraction = true;
            } else {
                return Double.NaN;
            }
        }
        if (sawDot && !inFraction && digitsSinceDot != 3) {
            return Double.NaN;
        }
        return whole + (double) frac / scale;
    }

    private static boolean groupOfThree(String s, int from, int to) {
        if (from + 3 > to) {
            return false;
        }
        for (int i = from; i < from + 3; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return from + 3 == to || s.charAt(from + 3) == '.' || s.charAt(from + 3) == ',';
    }

    /** Whether the token is plain digits (no separators, no suffix) of length {@code minLen..maxLen}. */
    static boolean plainDigits(Token t, int minLen, int maxLen) {
        String s = t.text();
        if (t.kind() != TokenKind.NUMBER || s.length() < minLen || s.length() > maxLen) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The count starting at token {@code i} (before {@code limit}), or null. Digits may follow only a scale word
     * ({@code 2 milyon 500 bin}); a token with an apostrophe ends nothing here (its suffix belongs to the phrase's
     * last word).
     */
    static Quantity read(List<Token> tokens, TimeWord[] words, int offset, int i, int limit) {
        double total = 0;
        double current = 0;
        boolean any = false;
        boolean digitsAllowed = true;
        boolean halfAdded = false;
        boolean lastUnit = false;
        int j = i;
        for (; j < limit; j++) {
            Token t = tokens.get(j);
            TimeWord w = words[j - offset];
            if (t.kind() == TokenKind.NUMBER && digitsAllowed && current == 0) {
                double v = digits(t.text(), 0, t.text().length());
                if (Double.isNaN(v)) {
                    break;
                }
                current = v;
                any = true;
                digitsAllowed = false;
                continue;
            }
            if (w == null || !w.is(TimeWord.Role.NUMBER) || !w.bare() || halfAdded) {
                break;
            }
            String kind = w.code();
            double v = w.count();
            if (kind.equals("vague")) {
                if (any) {
                    break;
                }
                return new Quantity(Double.NaN, i, j + 1);
            }
            if (kind.equals("halfalone")) {
                if (any) {
                    break;
                }
                return new Quantity(0.5, i, j + 1);
            }
            if (kind.equals("half")) {
                if (!any) {
                    break;
                }
                current += 0.5;
                halfAdded = true;
                continue;
            }
            if (kind.equals("scale")) {
                total += (current == 0 ? 1 : current) * v;
                current = 0;
                digitsAllowed = true;
            } else if (kind.equals("hundred")) {
                current = (current == 0 ? 1 : current) * v;
                digitsAllowed = false;
            } else {
                if (kind.equals("unit") && lastUnit) {
                    return new Quantity(Double.NaN, i, j + 1);     // "bir iki gün", "üç beş kişi": a rough count
                }
                current += v;
                digitsAllowed = false;
            }
            lastUnit = kind.equals("unit");
            any = true;
        }
        return any ? new Quantity(total + current, i, j) : null;
    }
}
