package dev.kulis.ner;

/**
 * First-order Viterbi over {@link Bilou} labels: the best label sequence under per-token label scores and
 * label-to-label transition scores, never producing a transition {@link Bilou#allowed} forbids nor ending
 * inside an open name. Only the allowed predecessors of each label are visited (61 of 169 pairs).
 */
final class Viterbi {
    private static final int L = Bilou.COUNT;
    private Viterbi() {
    }

    /**
     * @param emission  n × L scores, row-major ({@code emission[i * L + label]})
     * @param transition (L + 1) × L scores; row L is the sentence start
     */
    static int[] decode(float[] emission, int n, float[] transition) {
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        float[] score = new float[n * L];
        int[] back = new int[n * L];
        for (int y = 0; y < L; y++) {
            score[y] = Bilou.allowed(-1, y) ? transition[L * L + y] + emission[y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int prev = (i - 1) * L;
            for (int y = 0; y < L; y++) {
                int[] before = Bilou.before(y);
                int arg = before[0];
                float best = score[prev + arg] + transition[arg * L + y];
                for (int k = 1; k < before.length; k++) {
                    int p = before[k];
                    float s = score[prev + p] + transition[p * L + y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i * L + y] = best + emission[i * L + y];
                back[i * L + y] = arg;
            }
        }
        int arg = 0;
        for (int y = 1; y < L; y++) {
            if (Bilou.canEnd(y) && score[(n - 1) * L + y] > score[(n - 1) * L + arg]) {
                arg = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i * L + arg];
        }
        return out;
    }
}
