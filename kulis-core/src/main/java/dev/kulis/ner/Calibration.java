package dev.kulis.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How well the confidence of found names predicts that they are right: per tenth of confidence, how many names
 * fall there and what share of them the gold has, the expected calibration error, and the precision of the names
 * a user keeps when filtering at 0.5, 0.8 and 0.9.
 */
public final class Calibration {
    private final int[] count = new int[10], right = new int[10];
    private final double[] sum = new double[10];
    private int total;

    /** Scores a tagger's names and confidences against gold sentences tagged as one running text. */
    public static Calibration of(NerTagger tagger, List<NerSentence> gold) {
        Calibration c = new Calibration();
        List<NerTagger.Scored> scored = tagger.scoreDocument(gold.stream().map(NerSentence::tokens).toList());
        for (int k = 0; k < gold.size(); k++) {
            Set<EntityScore.Chunk> g = new HashSet<>(EntityScore.chunks(gold.get(k).labels()));
            NerTagger.Scored s = scored.get(k);
            for (EntityScore.Chunk ch : EntityScore.chunks(s.labels())) {
                c.add(s.confidence()[ch.start()], g.contains(ch));
            }
        }
        return c;
    }

    void add(double confidence, boolean isRight) {
        int bin = Math.min(9, Math.max(0, (int) (confidence * 10)));
        count[bin]++;
        right[bin] += isRight ? 1 : 0;
        sum[bin] += confidence;
        total++;
    }

    /** Expected calibration error over the ten bins. */
    public double expectedError() {
        double e = 0;
        for (int b = 0; b < 10; b++) {
            e += Math.abs(sum[b] - right[b]) / Math.max(1, total);
        }
        return e;
    }

    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "confidence of %d found names: expected calibration error %.3f%n",
                total, expectedError()));
        for (int b = 0; b < 10; b++) {
            if (count[b] > 0) {
                out.append(String.format(Locale.ROOT, "  %.1f–%.1f: %5d names, mean confidence %.3f, right %.3f%n",
                        b / 10.0, (b + 1) / 10.0, count[b], sum[b] / count[b], (double) right[b] / count[b]));
            }
        }
        for (int from : new int[] {5, 8, 9}) {
            int n = 0, r = 0;
            for (int b = from; b < 10; b++) {
                n += count[b];
                r += right[b];
            }
            out.append(String.format(Locale.ROOT, "  confidence ≥ %.1f: %.1f%% of the names, precision %.2f%n",
                    from / 10.0, 100.0 * n / Math.max(1, total), 100.0 * r / Math.max(1, n)));
        }
        return out.toString();
    }
}
