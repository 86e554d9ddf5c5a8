package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Span probabilities from the scaled forward-backward equal those of summing over every labelling. */
class SpanConfidenceTest {
    private static final int L = Bilou.COUNT;

    /** Unnormalised log-score of a whole labelling, or -inf when the constraints forbid it. */
    private static double score(int[] y, float[] e, float[] tr, double t) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            int prev = i == 0 ? -1 : y[i - 1];
            if (!Bilou.allowed(prev, y[i])) {
                return Double.NEGATIVE_INFINITY;
            }
            s += (tr[(prev < 0 ? L : prev) * L + y[i]] + e[i * L + y[i]]) / t;
        }
        return Bilou.canEnd(y[y.length - 1]) ? s : Double.NEGATIVE_INFINITY;
    }

    @Test
    void spanProbabilitiesMatchBruteForce() {
        Random r = new Random(3);
        for (int round = 0; round < 20; round++) {
            int n = 1 + r.nextInt(4);
            float[] e = new float[n * L], tr = new float[(L + 1) * L];
            for (int i = 0; i < e.length; i++) {
                e[i] = (r.nextFloat() - 0.5f) * 40;
            }
            for (int i = 0; i < tr.length; i++) {
                tr[i] = (r.nextFloat() - 0.5f) * 10;
            }
            float t = 4 + r.nextInt(20);
            int[] best = Viterbi.decode(e, n, tr);
            float[] conf = SpanConfidence.of(e, n, tr, best, t);
            // brute force: every labelling, the share of weight of those that hold each span of best
            int total = (int) Math.pow(L, n);
            double z = 0;
            double[] holds = new double[n];
            List<EntityScore.Chunk> spans = EntityScore.chunks(Bilou.decode(best));
            for (int code = 0; code < total; code++) {
                int[] y = new int[n];
                for (int i = 0, c = code; i < n; i++, c /= L) {
                    y[i] = c % L;
                }
                double w = Math.exp(score(y, e, tr, t));
                z += w;
                for (EntityScore.Chunk s : spans) {
                    boolean same = true;
                    for (int k = s.start(); k < s.end(); k++) {
                        same &= y[k] == best[k];
                    }
                    if (same) {
                        holds[s.start()] += w;
                    }
                }
            }
            for (EntityScore.Chunk s : spans) {
                assertThat((double) conf[s.start()]).isCloseTo(holds[s.start()] / z, within(1e-4));
                for (int k = s.start(); k < s.end(); k++) {
                    assertThat(conf[k]).isEqualTo(conf[s.start()]);
                }
            }
            for (int k = 0; k < n; k++) {
                assertThat(conf[k] == 0).isEqualTo(best[k] == 0);
            }
        }
    }

    @Test
    void aHigherTemperatureMakesTheTaggerLessSure() {
        float[] e = new float[2 * L];
        e[1] = 30; // B-PER
        e[L + 3] = 30; // L-PER
        float[] tr = new float[(L + 1) * L];
        int[] best = Viterbi.decode(e, 2, tr);
        assertThat(SpanConfidence.of(e, 2, tr, best, 2)[0]).isGreaterThan(SpanConfidence.of(e, 2, tr, best, 64)[0]);
    }
}
