package dev.kulis.ner;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Averaged structured perceptron (Collins 2002) over {@link Bilou} label sequences (gold BIO converted) with Viterbi decoding, on
 * precomputed feature keys. With a development scorer, the averaged weights are scored after every epoch
 * and the best epoch is kept; without one, the last epoch is returned.
 */
final class Perceptron extends SequenceLearner {
    private static final int L = Bilou.COUNT;
    private final long seed;
    private final float pruneBelow;
    private final PrintStream log;

    Perceptron(long seed, float pruneBelow, PrintStream log) {
        this.seed = seed;
        this.pruneBelow = pruneBelow;
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
        int[][] golds = new int[labels.size()][];
        for (int s = 0; s < golds.length; s++) {
            golds[s] = Bilou.encode(labels.get(s));
        }
        int F = table.size();
        float[] w = new float[F * L];
        double[] u = new double[F * L];
        float[] tr = new float[(L + 1) * L];
        double[] ut = new double[(L + 1) * L];
        long c = 1;
        Random rnd = new Random(seed);
        int[] order = new int[x.length];
        Arrays.setAll(order, i -> i);
        LinearModel best = null;
        bestScore = -1;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long te = System.nanoTime();
            shuffle(order, rnd);
            int mistakes = 0;
            for (int s : order) {
                int[][] xs = x[s];
                int[] gold = golds[s];
                int[] pred = Viterbi.decode(emission(xs, w), xs.length, tr);
                if (!Arrays.equals(gold, pred)) {
                    mistakes++;
                    for (int i = 0; i < xs.length; i++) {
                        if (gold[i] != pred[i]) {
                            for (int id : xs[i]) {
                                w[id * L + gold[i]] += 1;
                                u[id * L + gold[i]] += c;
                                w[id * L + pred[i]] -= 1;
                                u[id * L + pred[i]] -= c;
                            }
                        }
                        int gp = i == 0 ? L : gold[i - 1], pp = i == 0 ? L : pred[i - 1];
                        if (gp != pp || gold[i] != pred[i]) {
                            tr[gp * L + gold[i]] += 1;
                            ut[gp * L + gold[i]] += c;
                            tr[pp * L + pred[i]] -= 1;
                            ut[pp * L + pred[i]] -= c;
                        }
                    }
                }
                c++;
            }
            if (dev == null && epoch < epochs) {
                continue;
            }
            LinearModel model = averaged(table, w, u, tr, ut, c);
            double score = dev == null ? 0 : dev.applyAsDouble(model);
            log.printf("  epoch %2d: %,d of %,d sentences wrong, %,d features kept, dev F1 %.2f (%.1f s)%n", epoch,
                    mistakes, x.length, model.featureCount(), 100 * score, (System.nanoTime() - te) / 1e9);
            if (dev == null || score > bestScore) {
                bestScore = score;
                best = model;
                bestEpoch = epoch;
            }
        }
        return best;
    }

    private static float[] emission(int[][] x, float[] w) {
        float[] e = new float[x.length * L];
        for (int i = 0; i < x.length; i++) {
            for (int id : x[i]) {
                int base = id * L;
                for (int y = 0; y < L; y++) {
                    e[i * L + y] += w[base + y];
                }
            }
        }
        return e;
    }

    /** Averaged weights w - u / c, keeping only features with some weight of at least {@code pruneBelow}. */
    private LinearModel averaged(FeatureTable table, float[] w, double[] u, float[] tr, double[] ut, long c) {
        FeatureTable kept = new FeatureTable(table.size() / 2);
        float[] avg = new float[table.size() * L];
        float[] row = new float[L];
        for (int id = 0; id < table.size(); id++) {
            boolean keep = false;
            for (int y = 0; y < L; y++) {
                row[y] = (float) (w[id * L + y] - u[id * L + y] / c);
                keep |= Math.abs(row[y]) >= pruneBelow;
            }
            if (keep) {
                int nid = kept.add(table.key(id));
                System.arraycopy(row, 0, avg, nid * L, L);
            }
        }
        float[] at = new float[tr.length];
        for (int i = 0; i < tr.length; i++) {
            at[i] = (float) (tr[i] - ut[i] / c);
        }
        return new LinearModel(kept, Arrays.copyOf(avg, kept.size() * L), at);
    }

    private static void shuffle(int[] a, Random rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
