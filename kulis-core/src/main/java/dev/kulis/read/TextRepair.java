package dev.kulis.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs the damage Turkish news text typically carries, in this order:
 * <ol>
 *   <li>double-encoded UTF-8 ({@code Ä°zmir} → {@code İzmir}), repeated while it finds some (at most three
 *       rounds, for text encoded twice over);</li>
 *   <li>C1 control characters U+0080–U+009F → the Windows-1252 characters they stand for (U+0091–U+0094 →
 *       ‘ ’ “ ”, U+0085 → …); one character for one, so offsets keep;</li>
 *   <li>letters lost to U+FFFD inside words → the likeliest Turkish letters ({@link LostLetters}), one for
 *       one.</li>
 * </ol>
 * Clean text comes back unchanged (the same string) with no repairs listed. Thread-safe.
 */
public final class TextRepair {
    private static final int MAX_ROUNDS = 3;

    private TextRepair() {
    }

    /** The repaired text, what was done, and the charset label given (passed through). */
    public static Decoded repair(String text, String charset) {
        List<String> repairs = new ArrayList<>();
        String s = text;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int[] count = {0};
            String r = Mojibake.repairOnce(s, count);
            if (count[0] == 0) {
                break;
            }
            repairs.add("decoded " + count[0] + " double-encoded UTF-8 sequences"
                    + (round > 0 ? " (round " + (round + 1) + ")" : ""));
            s = r;
        }
        s = mapC1(s, repairs);
        if (s.indexOf(LostLetters.LOST) >= 0) {
            int lost = count(s, LostLetters.LOST);
            LostLetters letters = LostLetters.get();
            int[] restored = {0};
            if (letters != null) {
                s = letters.restore(s, restored);
            }
            if (restored[0] > 0) {
                repairs.add("restored " + restored[0] + " of " + lost
                        + " letters lost as U+FFFD (best guess from a Turkish word list)");
            }
            if (restored[0] < lost) {
                repairs.add((lost - restored[0]) + " U+FFFD replacement characters left (not inside words)");
            }
        }
        return new Decoded(s, charset, repairs);
    }

    private static String mapC1(String s, List<String> repairs) {
        char[] a = null;
        int mapped = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                char w = Windows1252.ofC1(c);
                if (w != c) {
                    if (a == null) {
                        a = s.toCharArray();
                    }
                    a[i] = w;
                    mapped++;
                }
            }
        }
        if (a == null) {
            return s;
        }
        repairs.add("mapped " + mapped + " C1 control characters to Windows-1252 punctuation");
        return new String(a);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
