package dev.kulis.ner;

/**
 * First-order Viterbi over {@link Bilou} labels: the best label sequence under per-token label scores and
 * label-to-label transition scores, never producing a transition {@link Bilou#allowed} forbids nor ending
 * inside an open name.
 */
final class Viterbi {
    private Viterbi() {
    }

    /**
     * @param emission  n × L scores, row-major ({@code emission[i * L + label]})
     * @param transition (L + 1) × L scores; row L is the sentence start
     */
    static int[] decode(float[] emission, int n, float[] transition) {
        final int L = Bilou.COUNT;
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
            for (int y = 0; y < L; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    if (!Bilou.allowed(p, y)) {
                        continue;
                    }
                    float s = score[(i - 1) * L + p] + transition[p * L + y];
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
