package dev.kulis.text;

import java.util.List;

/**
 * Recognises Turkish number words, also run together ({@code yetmişaltı}, {@code ikibinüç}) and as ordinals
 * ({@code onikinci}), from {@code number-words.txt}. Used to keep {@code onyedi.} (an ordinal in UD IMST) one
 * token. Immutable and thread-safe.
 */
final class NumberWords {
    private static final NumberWords DEFAULT = new NumberWords(Lexicons.lines("number-words.txt"));

    private final CharSpanSet words;
    private final int maxLen;

    NumberWords(List<String> list) {
        words = new CharSpanSet(list);
        maxLen = list.stream().mapToInt(String::length).max().orElse(0);
    }

    static NumberWords standard() {
        return DEFAULT;
    }

    /** True when lower-case {@code s[from, to)} is a sequence of number words, optionally with an ordinal ending. */
    boolean matches(CharSequence s, int from, int to) {
        if (to - from > 40 || to <= from) {
            return false;
        }
        if (segments(s, from, to)) {
            return true;
        }
        // ordinal: on-iki-nci, yedi-nci, dört-üncü
        return hasOrdinalEnding(s, from, to)
                && (segments(s, from, to - 3) || segments(s, from, to - 4));
    }

    private boolean segments(CharSequence s, int from, int to) {
        if (from == to) {
            return true;
        }
        for (int len = Math.min(maxLen, to - from); len >= 2; len--) {
            if (words.contains(s, from, from + len) && segments(s, from + len, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOrdinalEnding(CharSequence s, int from, int to) {
        return to - from >= 5 && isHigh(s.charAt(to - 1)) && s.charAt(to - 2) == 'c' && s.charAt(to - 3) == 'n';
    }

    private static boolean isHigh(char c) {
        return c == 'i' || c == 'ı' || c == 'u' || c == 'ü';
    }
}
