package dev.kulis.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fits the temperature of {@link SpanConfidence} on development data: among a grid of temperatures, the one whose
 * name probabilities best predict which found names are right (least log loss). One number fitted on ~3,000
 * names, so the fit barely flatters the dev figures it is then reported with.
 */
final class TemperatureFit {
    /** Temperatures 1 … 2048 in steps of √2 (perceptron scores run to the hundreds). */
    private static final float[] GRID = new float[23];

    static {
        for (int k = 0; k < GRID.length; k++) {
            GRID[k] = (float) Math.pow(2, k / 2.0);
        }
    }

    /** The fitted temperature, its mean log loss per found name, and the expected calibration error there. */
    record Result(float temperature, double logLoss, double calibrationError, int names) {
        String describe() {
            return String.format(Locale.ROOT, "temperature %s fitted on dev (%d names found; log loss %.3f,"
                    + " expected calibration error %.3f over 10 bins)", temperature, names, logLoss, calibrationError);
        }
    }

    /** One found name: its confidence at each grid temperature, and whether the gold has it. */
    private record Found(float[] confidence, boolean right) {
    }

    private TemperatureFit() {
    }

    /**
     * @param keys  the document model's feature keys of each dev sentence (joined tokenisation)
     * @param tokens the tokens of each dev sentence (joined tokenisation), for the tagger's sign rule
     * @param gold  the gold BIO labels of the same tokens
     */
    static Result fit(LinearModel model, List<long[][]> keys, List<List<String>> tokens, List<int[]> gold) {
        float[] tr = model.transitions();
        List<Found> found = new ArrayList<>();
        for (int s = 0; s < keys.size(); s++) {
            int n = keys.get(s).length;
            float[] scores = model.scores(keys.get(s), tokens.get(s));
            int[] bilou = Viterbi.decode(scores, n, tr);
            Set<EntityScore.Chunk> right = new HashSet<>(EntityScore.chunks(gold.get(s)));
            float[][] byT = new float[GRID.length][];
            for (int t = 0; t < GRID.length; t++) {
                byT[t] = SpanConfidence.of(scores, n, tr, bilou, GRID[t]);
            }
            for (EntityScore.Chunk c : EntityScore.chunks(Bilou.decode(bilou))) {
                float[] conf = new float[GRID.length];
                for (int t = 0; t < GRID.length; t++) {
                    conf[t] = byT[t][c.start()];
                }
                found.add(new Found(conf, right.contains(c)));
            }
        }
        int best = 0;
        double bestLoss = Double.MAX_VALUE;
        for (int t = 0; t < GRID.length; t++) {
            double loss = 0;
            for (Found f : found) {
                double p = Math.min(1 - 1e-6, Math.max(1e-6, f.confidence()[t]));
                loss -= f.right() ? Math.log(p) : Math.log(1 - p);
            }
            loss /= Math.max(1, found.size());
            if (loss < bestLoss) {
                bestLoss = loss;
                best = t;
            }
        }
        return new Result(GRID[best], bestLoss, calibrationError(found, best), found.size());
    }

    private static double calibrationError(List<Found> found, int t) {
        Calibration c = new Calibration();
        for (Found f : found) {
            c.add(f.confidence()[t], f.right());
        }
        return c.expectedError();
    }
}
