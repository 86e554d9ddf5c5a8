package dev.kulis.ner;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains an averaged structured perceptron (Collins 2002) over BIO label sequences with Viterbi decoding.
 * The gazetteer features of each training sentence come from a gazetteer built without that sentence's fold
 * (jackknife), so the model learns how far a name list can be trusted on names it has not seen; the shipped
 * model carries the gazetteer of all training sentences. After every epoch the averaged weights are scored on
 * the development set and the best epoch is kept.
 */
public final class PerceptronTrainer {
    private static final int L = NerLabels.COUNT;

    /**
     * @param epochs     maximum passes over the training data
     * @param folds      jackknife folds for the gazetteer features
     * @param seed       shuffling seed (training is deterministic for a given seed)
     * @param pruneBelow averaged weights with absolute value below this are dropped from the saved model
     */
    public record Options(int epochs, int folds, long seed, float pruneBelow) {
        public static Options defaults() {
            return new Options(12, 10, 42, 0.005f);
        }
    }

    private final FeatureExtractor extractor;
    private final Options options;
    private final PrintStream log;

    public PerceptronTrainer(FeatureExtractor extractor, Options options, PrintStream log) {
        this.extractor = extractor;
        this.options = options;
        this.log = log;
    }

    /**
     * @param train training sentences in the joined tokenisation
     * @param dev   development sentences as given (split suffixes allowed), for choosing the epoch
     */
    public NerModel train(List<NerSentence> train, List<NerSentence> dev, Map<String, String> provenance) {
        long t0 = System.nanoTime();
        int folds = options.folds();
        List<List<NerSentence>> byFold = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            byFold.add(new ArrayList<>());
        }
        for (int s = 0; s < train.size(); s++) {
            byFold.get(s % folds).add(train.get(s));
        }
        Gazetteer[] jack = new Gazetteer[folds];
        for (int f = 0; f < folds; f++) {
            List<NerSentence> others = new ArrayList<>();
            for (int g = 0; g < folds; g++) {
                if (g != f) {
                    others.addAll(byFold.get(g));
                }
            }
            jack[f] = Gazetteer.build(others);
        }
        Gazetteer full = Gazetteer.build(train);
        FeatureTable table = new FeatureTable(1 << 21);
        int[][][] feats = new int[train.size()][][];
        long tokens = 0;
        for (int s = 0; s < train.size(); s++) {
            long[][] keys = extractor.extract(train.get(s).tokens(), jack[s % folds]);
            feats[s] = new int[keys.length][];
            for (int i = 0; i < keys.length; i++) {
                int[] ids = new int[keys[i].length];
                for (int k = 0; k < ids.length; k++) {
                    ids[k] = table.add(keys[i][k]);
                }
                feats[s][i] = ids;
            }
            tokens += keys.length;
        }
        log.printf("features: %,d keys from %,d sentences, %,d tokens (%.1f s)%n", table.size(), train.size(),
                tokens, (System.nanoTime() - t0) / 1e9);

        int F = table.size();
        float[] w = new float[F * L];
        double[] u = new double[F * L];
        float[] tr = new float[(L + 1) * L];
        double[] ut = new double[(L + 1) * L];
        long c = 1;
        Random rnd = new Random(options.seed());
        int[] order = new int[train.size()];
        Arrays.setAll(order, i -> i);
        NerModel best = null;
        double bestF1 = -1;
        int bestEpoch = 0;
        List<long[][]> devFeats = new ArrayList<>();
        List<SuffixTokens.Joined> devJoined = new ArrayList<>();
        for (NerSentence s : dev) {
            SuffixTokens.Joined j = SuffixTokens.join(s.tokens());
            devJoined.add(j);
            devFeats.add(extractor.extract(j.tokens(), full));
        }
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            long te = System.nanoTime();
            shuffle(order, rnd);
            int mistakes = 0;
            for (int s : order) {
                int[][] x = feats[s];
                int[] gold = train.get(s).labels();
                int[] pred = Viterbi.decode(emission(x, w), x.length, tr);
                if (Arrays.equals(gold, pred)) {
                    c++;
                    continue;
                }
                mistakes++;
                for (int i = 0; i < x.length; i++) {
                    if (gold[i] != pred[i]) {
                        for (int id : x[i]) {
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
                c++;
            }
            NerModel model = averaged(table, w, u, tr, ut, c, full, provenance);
            EntityScore score = new EntityScore();
            for (int k = 0; k < dev.size(); k++) {
                int[] joined = model.decode(devFeats.get(k));
                score.add(dev.get(k).labels(), SuffixTokens.split(devJoined.get(k), joined));
            }
            double f1 = score.f1(-1);
            log.printf("epoch %2d: %,d sentences wrong, dev F1 %.2f (%.1f s)%n", epoch, mistakes, 100 * f1,
                    (System.nanoTime() - te) / 1e9);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = model;
                bestEpoch = epoch;
            }
        }
        Map<String, String> prov = new HashMap<>(provenance);
        prov.put("epochs", bestEpoch + " of " + options.epochs() + " (best on dev)");
        prov.put("dev.f1", String.format(java.util.Locale.ROOT, "%.2f", 100 * bestF1));
        prov.put("features", Integer.toString(best.featureCount()));
        prov.put("train.sentences", Integer.toString(train.size()));
        return best.withProvenance(prov);
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

    /** Averaged weights w - u / c, keeping only features with some weight of at least pruneBelow. */
    private NerModel averaged(FeatureTable table, float[] w, double[] u, float[] tr, double[] ut, long c,
                              Gazetteer gaz, Map<String, String> provenance) {
        FeatureTable kept = new FeatureTable(table.size() / 2);
        float[] avg = new float[table.size() * L];
        float[] row = new float[L];
        for (int id = 0; id < table.size(); id++) {
            boolean keep = false;
            for (int y = 0; y < L; y++) {
                row[y] = (float) (w[id * L + y] - u[id * L + y] / c);
                keep |= Math.abs(row[y]) >= options.pruneBelow();
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
        return new NerModel(kept, Arrays.copyOf(avg, kept.size() * L), at, gaz, provenance);
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
