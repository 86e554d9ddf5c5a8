package dev.kulis.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a capitalised word's spelling says of its type when no list knows the word: {@code -oğlu}, {@code -ski}
 * and {@code Mc-} spell persons, {@code -spor} and {@code -san} companies and clubs, {@code -stan} and
 * {@code -ova} places. A multiclass averaged perceptron over the word's anchored character n-grams, learned
 * from the {@link NewsNames} (words of unlabelled news with the types a tagger gave them): far more names than
 * the labelled data holds. Classes: 0 not a name, 1 person, 2 organisation, 3 place.
 */
final class NameSpelling {
    private static final int K = 4, EPOCHS = 6;
    private final FeatureTable table;
    /** K weights per n-gram id. */
    private final float[] weights;

    private NameSpelling(FeatureTable table, float[] weights) {
        this.table = table;
        this.weights = weights;
    }

    /** Learns from the stems of {@code names} whose majority type is clear (at least 3 of 4 uses). */
    static NameSpelling learn(NewsNames names) {
        List<String> words = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        for (Map.Entry<String, int[]> e : names.types().entrySet()) {
            int[] c = e.getValue();
            int best = 0, total = 0;
            for (int k = 0; k < K; k++) {
                total += c[k];
                if (c[k] > c[best]) {
                    best = k;
                }
            }
            if (total >= 3 && c[best] * 4 >= total * 3 && e.getKey().length() >= 2) {
                words.add(e.getKey());
                classes.add(best);
            }
        }
        FeatureTable table = new FeatureTable(words.size() * 4);
        int[][] x = new int[words.size()][];
        for (int i = 0; i < x.length; i++) {
            long[] f = grams(words.get(i));
            x[i] = new int[f.length];
            for (int k = 0; k < f.length; k++) {
                x[i][k] = table.add(f[k]);
            }
        }
        float[] w = new float[table.size() * K], u = new float[table.size() * K];
        int[] order = new int[words.size()];
        Arrays.setAll(order, i -> i);
        Random rnd = new Random(17);
        long c = 1;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1), t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i : order) {
                int gold = classes.get(i), pred = argmax(score(w, x[i]));
                if (pred != gold) {
                    for (int id : x[i]) {
                        w[id * K + gold] += 1;
                        u[id * K + gold] += c;
                        w[id * K + pred] -= 1;
                        u[id * K + pred] -= c;
                    }
                }
                c++;
            }
        }
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            avg[i] = w[i] - u[i] / c;
        }
        return new NameSpelling(table, avg);
    }

    /** The class scores of a lower-cased stem. */
    float[] score(String lowerStem) {
        long[] f = grams(lowerStem);
        int[] ids = new int[f.length];
        int n = 0;
        for (long key : f) {
            int id = table.get(key);
            if (id >= 0) {
                ids[n++] = id;
            }
        }
        return score(weights, Arrays.copyOf(ids, n));
    }

    /** The best class and how sure the classifier is: {@code class * 10 + bin}, bins 0..3 by score margin. */
    int guess(String lowerStem) {
        float[] s = score(lowerStem);
        int b = argmax(s);
        float second = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < s.length; y++) {
            if (y != b) {
                second = Math.max(second, s[y]);
            }
        }
        float margin = s[b] - second;
        return b * 10 + (margin < 2 ? 0 : margin < 5 ? 1 : margin < 10 ? 2 : 3);
    }

    static int argmax(float[] s) {
        int b = 0;
        for (int k = 1; k < s.length; k++) {
            if (s[k] > s[b]) {
                b = k;
            }
        }
        return b;
    }

    private static float[] score(float[] w, int[] ids) {
        float[] s = new float[K];
        for (int id : ids) {
            for (int y = 0; y < K; y++) {
                s[y] += w[id * K + y];
            }
        }
        return s;
    }

    /** Prefixes (1–4 letters), suffixes (1–5) and inner trigrams of the word. */
    private static long[] grams(String word) {
        String t = "^" + word + "$";
        int n = t.length();
        long[] out = new long[4 + 5 + Math.max(0, n - 2)];
        int m = 0;
        for (int k = 2; k <= 5 && k <= n; k++) {
            out[m++] = FeatureHash.of(1, t, 0, k);
        }
        for (int k = 2; k <= 6 && k <= n; k++) {
            out[m++] = FeatureHash.of(2, t, n - k, n);
        }
        for (int i = 0; i + 3 <= n; i++) {
            out[m++] = FeatureHash.of(3, t, i, i + 3);
        }
        return Arrays.copyOf(out, m);
    }
}
