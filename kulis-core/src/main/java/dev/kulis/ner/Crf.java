package dev.kulis.ner;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * A linear-chain CRF over {@link Bilou} labels trained by stochastic gradient descent on the log-likelihood with L2
 * regularisation (Bottou's SGD: decaying step size, the L2 shrinkage kept as one scale factor so that an
 * update touches only the sentence's features). Forbidden transitions and endings have probability zero. Same input
 * and output as {@link Perceptron}: precomputed feature keys in, a {@link LinearModel} decoded by Viterbi out.
 */
final class Crf extends SequenceLearner {
    private static final int L = Bilou.COUNT;
    private final long seed;
    private final double l2;
    private final double rate;
    private final PrintStream log;

    /**
     * @param l2   the L2 penalty on the whole training set (per sentence: l2 / sentences)
     * @param rate initial step size
     */
    Crf(long seed, double l2, double rate, PrintStream log) {
        this.seed = seed;
        this.l2 = l2;
        this.rate = rate;
        this.log = log;
    }

    @Override
    LinearModel train(List<long[][]> keys, List<int[]> labels, int epochs, ToDoubleFunction<LinearModel> dev) {
        FeatureTable table = new FeatureTable(1 << 21);
        int[][][] x = new int[keys.size()][][];
        for (int s = 0; s < x.length; s++) {
            long[][] k = keys.get(s);
            x[s] = new int[k.length][];
            for (int i = 0; i < k.length; i++) {
                int[] ids = new int[k[i].length];
                for (int j = 0; j < ids.length; j++) {
                    ids[j] = table.add(k[i][j]);
                }
                x[s][i] = ids;
            }
        }
        int n = x.length;
        float[] v = new float[table.size() * L]; // weights = scale * v
        double scale = 1;
        double[] tr = new double[(L + 1) * L];
        double lambda = l2 / n;
        Random rnd = new Random(seed);
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        LinearModel best = null;
        bestScore = -1;
        long t = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long te = System.nanoTime();
            shuffle(order, rnd);
            double loss = 0;
            for (int s : order) {
                double eta = rate / (1 + rate * lambda * t);
                t++;
                scale *= 1 - eta * lambda;
                if (scale < 1e-6) {
                    for (int i = 0; i < v.length; i++) {
                        v[i] *= (float) scale;
                    }
                    scale = 1;
                }
                loss += step(x[s], Bilou.encode(labels.get(s)), v, scale, tr, eta);
            }
            LinearModel model = snapshot(table, v, scale, tr);
            double score = dev == null ? 0 : dev.applyAsDouble(model);
            if (dev != null || epoch == epochs) {
                log.printf("  epoch %2d: loss %.0f, dev F1 %.2f (%.1f s)%n", epoch, loss, 100 * score,
                        (System.nanoTime() - te) / 1e9);
            }
            if (dev == null || score > bestScore) {
                bestScore = score;
                best = model;
                bestEpoch = epoch;
            }
        }
        return best;
    }

    /** One gradient step on one sentence; returns its negative log-likelihood. */
    private static double step(int[][] x, int[] gold, float[] v, double scale, double[] tr, double eta) {
        int n = x.length;
        double[] e = new double[n * L];
        for (int i = 0; i < n; i++) {
            for (int id : x[i]) {
                int base = id * L;
                for (int y = 0; y < L; y++) {
                    e[i * L + y] += v[base + y];
                }
            }
            for (int y = 0; y < L; y++) {
                e[i * L + y] *= scale;
            }
        }
        double[] alpha = new double[n * L], beta = new double[n * L];
        double[] tmp = new double[L];
        for (int y = 0; y < L; y++) {
            alpha[y] = Bilou.allowed(-1, y) ? tr[L * L + y] + e[y] : Double.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < L; y++) {
                for (int p = 0; p < L; p++) {
                    tmp[p] = Bilou.allowed(p, y) ? alpha[(i - 1) * L + p] + tr[p * L + y] : Double.NEGATIVE_INFINITY;
                }
                alpha[i * L + y] = logSum(tmp) + e[i * L + y];
            }
        }
        for (int y = 0; y < L; y++) {
            beta[(n - 1) * L + y] = Bilou.canEnd(y) ? 0 : Double.NEGATIVE_INFINITY;
        }
        for (int i = n - 2; i >= 0; i--) {
            for (int p = 0; p < L; p++) {
                for (int y = 0; y < L; y++) {
                    tmp[y] = Bilou.allowed(p, y) ? tr[p * L + y] + e[(i + 1) * L + y] + beta[(i + 1) * L + y]
                            : Double.NEGATIVE_INFINITY;
                }
                beta[i * L + p] = logSum(tmp);
            }
        }
        for (int y = 0; y < L; y++) {
            tmp[y] = alpha[(n - 1) * L + y] + beta[(n - 1) * L + y];
        }
        double logZ = logSum(tmp);
        double goldScore = tr[L * L + gold[0]];
        for (int i = 0; i < n; i++) {
            goldScore += e[i * L + gold[i]];
            if (i > 0) {
                goldScore += tr[gold[i - 1] * L + gold[i]];
            }
        }
        float up = (float) (eta / scale);
        double[] g = new double[L];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < L; y++) {
                double m = Math.exp(alpha[i * L + y] + beta[i * L + y] - logZ);
                g[y] = (gold[i] == y ? 1 : 0) - m;
            }
            for (int id : x[i]) {
                int base = id * L;
                for (int y = 0; y < L; y++) {
                    v[base + y] += (float) (up * g[y]);
                }
            }
        }
        // transitions: start row, then pairwise marginals
        for (int y = 0; y < L; y++) {
            double m = Math.exp(alpha[y] + beta[y] - logZ);
            tr[L * L + y] += eta * ((gold[0] == y ? 1 : 0) - m);
        }
        for (int i = 1; i < n; i++) {
            for (int p = 0; p < L; p++) {
                for (int y = 0; y < L; y++) {
                    if (!Bilou.allowed(p, y)) {
                        continue;
                    }
                    double m = Math.exp(alpha[(i - 1) * L + p] + tr[p * L + y] + e[i * L + y] + beta[i * L + y] - logZ);
                    tr[p * L + y] += eta * ((gold[i - 1] == p && gold[i] == y ? 1 : 0) - m);
                }
            }
        }
        return logZ - goldScore;
    }

    private static double logSum(double[] a) {
        double max = Double.NEGATIVE_INFINITY;
        for (double d : a) {
            max = Math.max(max, d);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double s = 0;
        for (double d : a) {
            s += Math.exp(d - max);
        }
        return max + Math.log(s);
    }

    private static LinearModel snapshot(FeatureTable table, float[] v, double scale, double[] tr) {
        FeatureTable kept = new FeatureTable(table.size() / 2);
        float[] w = new float[table.size() * L];
        for (int id = 0; id < table.size(); id++) {
            boolean keep = false;
            for (int y = 0; y < L; y++) {
                keep |= Math.abs(v[id * L + y] * scale) >= 1e-4;
            }
            if (keep) {
                int nid = kept.add(table.key(id));
                for (int y = 0; y < L; y++) {
                    w[nid * L + y] = (float) (v[id * L + y] * scale);
                }
            }
        }
        float[] t = new float[tr.length];
        for (int i = 0; i < tr.length; i++) {
            t[i] = (float) tr[i];
        }
        return new LinearModel(kept, Arrays.copyOf(w, kept.size() * L), t);
    }

    private static void shuffle(int[] a, Random rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }
}
