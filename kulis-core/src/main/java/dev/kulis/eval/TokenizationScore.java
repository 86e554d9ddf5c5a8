package dev.kulis.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Token and sentence precision/recall/F1 in the CoNLL 2018 shared-task style (as {@code score.py tok}): tokens
 * and sentences are spans over the sequence of non-whitespace characters, so gold and prediction align even
 * when their whitespace differs.
 *
 * @param tokens    token figures
 * @param sentences sentence figures
 */
public record TokenizationScore(Prf tokens, Prf sentences) {

    /** Counts and the figures derived from them. */
    public record Prf(int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "P %.2f R %.2f F1 %.2f (%d gold)", precision() * 100,
                    recall() * 100, f1() * 100, gold);
        }
    }

    /**
     * Scores predicted sentences (each a list of token forms) against gold ones.
     *
     * @throws IllegalArgumentException when the two do not spell the same non-whitespace characters
     */
    public static TokenizationScore score(List<List<String>> gold, List<List<String>> predicted) {
        Spans g = spans(gold);
        Spans p = spans(predicted);
        if (!g.chars.equals(p.chars)) {
            int i = 0;
            int n = Math.min(g.chars.length(), p.chars.length());
            while (i < n && g.chars.charAt(i) == p.chars.charAt(i)) {
                i++;
            }
            throw new IllegalArgumentException("the tokens do not reproduce the text at non-space char " + i
                    + ": gold …" + excerpt(g.chars, i) + "… predicted …" + excerpt(p.chars, i) + "…");
        }
        return new TokenizationScore(prf(g.tokens, p.tokens), prf(g.sentences, p.sentences));
    }

    private static String excerpt(CharSequence s, int i) {
        return s.subSequence(Math.max(0, i - 20), Math.min(s.length(), i + 20)).toString();
    }

    private static Prf prf(Set<Long> gold, Set<Long> pred) {
        int tp = 0;
        for (Long x : pred) {
            if (gold.contains(x)) {
                tp++;
            }
        }
        return new Prf(gold.size(), pred.size(), tp);
    }

    private record Spans(Set<Long> tokens, Set<Long> sentences, String chars) {
    }

    private static Spans spans(List<List<String>> sentences) {
        Set<Long> tok = new HashSet<>();
        Set<Long> sen = new HashSet<>();
        StringBuilder chars = new StringBuilder();
        for (List<String> s : sentences) {
            int s0 = chars.length();
            for (String t : s) {
                int t0 = chars.length();
                for (int i = 0; i < t.length(); i++) {
                    if (!isPyWhitespace(t.charAt(i))) {
                        chars.append(t.charAt(i));
                    }
                }
                if (chars.length() > t0) {
                    tok.add(span(t0, chars.length()));
                }
            }
            if (chars.length() > s0) {
                sen.add(span(s0, chars.length()));
            }
        }
        return new Spans(tok, sen, chars.toString());
    }

    private static long span(int start, int end) {
        return ((long) start << 32) | end;
    }

    /** Python's {@code \s} on str: Unicode whitespace. */
    private static boolean isPyWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85 || (c >= 0x1C && c <= 0x1F);
    }
}
