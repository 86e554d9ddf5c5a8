package dev.kulis.ner;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.ToDoubleFunction;

/**
 * Trains the same linear model under several shuffling seeds and averages their weights (missing features
 * count as zero). One model comes out, so tagging costs what a single model costs, while the averaged
 * weights vary less with the order of the training data than any one run (dev F1 moved by ±0.2–0.3 between
 * seeds of a single run). Each run keeps its own best epoch on dev.
 */
final class SeedAverage extends SequenceLearner {
    private static final int L = Bilou.COUNT;
    private final long[] seeds;
    private final LongFunction<SequenceLearner> learner;
    private final PrintStream log;

    SeedAverage(long[] seeds, LongFunction<SequenceLearner> learner, PrintStream log) {
        this.seeds = seeds.clone();
        this.learner = learner;
        this.log = log;
    }

    @Override
    LinearModel train(List<long[][]> keys, List<int[]> labels, int epochs, ToDoubleFunction<LinearModel> dev) {
        List<LinearModel> models = new ArrayList<>();
        int epochSum = 0;
        for (long seed : seeds) {
            log.printf(" seed %d:%n", seed);
            SequenceLearner l = learner.apply(seed);
            models.add(l.train(keys, labels, epochs, dev));
            epochSum += l.bestEpoch();
        }
        LinearModel avg = average(models);
        bestEpoch = Math.round((float) epochSum / seeds.length);
        bestScore = dev == null ? -1 : dev.applyAsDouble(avg);
        log.printf(" average of %d seeds: %,d features, dev F1 %.2f%n", seeds.length, avg.featureCount(),
                100 * bestScore);
        return avg;
    }

    static LinearModel average(List<LinearModel> models) {
        int expected = 0;
        for (LinearModel m : models) {
            expected = Math.max(expected, m.featureCount());
        }
        FeatureTable table = new FeatureTable(expected * 3 / 2);
        for (LinearModel m : models) {
            for (int id = 0; id < m.featureCount(); id++) {
                table.add(m.table().key(id));
            }
        }
        float[] w = new float[table.size() * L];
        float[] tr = new float[(L + 1) * L];
        float share = 1f / models.size();
        for (LinearModel m : models) {
            for (int id = 0; id < m.featureCount(); id++) {
                int to = table.get(m.table().key(id)) * L;
                for (int y = 0; y < L; y++) {
                    w[to + y] += share * m.weight(id, y);
                }
            }
            float[] t = m.transitions();
            for (int i = 0; i < tr.length; i++) {
                tr[i] += share * t[i];
            }
        }
        return new LinearModel(table, w, tr);
    }
}
