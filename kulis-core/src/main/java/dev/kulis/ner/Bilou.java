package dev.kulis.ner;

import java.util.List;

/**
 * The labels the sequence models learn and decode: BILOU (begin, inside, last, unit) per type, which lets a
 * linear model weigh a name's last word and one-word names apart from its first and middle words (Ratinov &amp;
 * Roth 2009). Everything outside the models speaks BIO ({@link NerLabels}); {@link #encode} and
 * {@link #decode} convert at the models' edges.
 */
final class Bilou {
    /** O, then B, I, L, U for PER, ORG, LOC. */
    static final int COUNT = 13;
    private static final int B = 0, I = 1, LAST = 2, U = 3;

    /** For each label, the labels that may precede it, and those that may follow it. */
    private static final int[][] BEFORE = new int[COUNT][], AFTER = new int[COUNT][];

    static {
        for (int y = 0; y < COUNT; y++) {
            int[] before = new int[COUNT], after = new int[COUNT];
            int nb = 0, na = 0;
            for (int q = 0; q < COUNT; q++) {
                if (allowed(q, y)) {
                    before[nb++] = q;
                }
                if (allowed(y, q)) {
                    after[na++] = q;
                }
            }
            BEFORE[y] = java.util.Arrays.copyOf(before, nb);
            AFTER[y] = java.util.Arrays.copyOf(after, na);
        }
    }

    private Bilou() {
    }

    /**
     * Whether a token is never part of a name: quotation marks, brackets and a few other signs. Of 8,521 {@code "},
     * 1,922 {@code '}, 1,272 {@code (}, 1,220 {@code )} and 376 {@code ;} in Milliyet train, none is inside a name
     * (while {@code .}, {@code -}, {@code ,}, {@code /}, {@code &} are, in {@code A.Ş.}, {@code Eğitim-Sen}).
     */
    static boolean outsideNames(String token) {
        return token.length() == 1 && "\"“”'‘’`«»()[]{};%=+?!".indexOf(token.charAt(0)) >= 0;
    }

    /** Rules out every name label for the tokens that are never part of a name (n × {@link #COUNT} scores). */
    static void maskOutsideNames(float[] scores, List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (outsideNames(tokens.get(i))) {
                java.util.Arrays.fill(scores, i * COUNT + 1, (i + 1) * COUNT, Float.NEGATIVE_INFINITY);
            }
        }
    }

    /** The labels that may precede {@code y} (shared array: do not modify). */
    static int[] before(int y) {
        return BEFORE[y];
    }

    /** The labels that may follow {@code y} (shared array: do not modify). */
    static int[] after(int y) {
        return AFTER[y];
    }

    private static int type(int y) {
        return (y - 1) / 4;
    }

    private static int part(int y) {
        return (y - 1) % 4;
    }

    /** Whether {@code cur} may follow {@code prev}; {@code prev < 0} is the sentence start. */
    static boolean allowed(int prev, int cur) {
        boolean open = prev > 0 && (part(prev) == B || part(prev) == I);
        if (cur == 0 || part(cur) == B || part(cur) == U) {
            return !open;
        }
        return open && type(prev) == type(cur);
    }

    /** Whether a sentence may end on {@code y} (not inside an open name). */
    static boolean canEnd(int y) {
        return y == 0 || part(y) == LAST || part(y) == U;
    }

    /** BILOU labels of a BIO label sequence ({@link NerLabels} indices). */
    static int[] encode(int[] bio) {
        int[] out = new int[bio.length];
        for (int i = 0; i < bio.length; i++) {
            int y = bio[i];
            if (y == NerLabels.O) {
                continue;
            }
            int t = (y - 1) / 2;
            // an I- after O or another type begins a name, as conlleval reads it
            boolean begins = !NerLabels.isInside(y) || i == 0 || bio[i - 1] == NerLabels.O
                    || NerLabels.inside(bio[i - 1]) != y;
            boolean continues = i + 1 < bio.length && bio[i + 1] == NerLabels.inside(y);
            int p = begins ? (continues ? B : U) : (continues ? I : LAST);
            out[i] = 1 + 4 * t + p;
        }
        return out;
    }

    /** BIO labels ({@link NerLabels} indices) of a BILOU label sequence. */
    static int[] decode(int[] bilou) {
        int[] out = new int[bilou.length];
        for (int i = 0; i < bilou.length; i++) {
            int y = bilou[i];
            if (y != 0) {
                int p = part(y);
                out[i] = 1 + 2 * type(y) + (p == B || p == U ? 0 : 1);
            }
        }
        return out;
    }
}
