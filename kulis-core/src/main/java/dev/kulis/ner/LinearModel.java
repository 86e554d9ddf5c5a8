package dev.kulis.ner;

import java.util.List;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * One linear sequence model: a weight per (feature key, label) and label-to-label transitions, decoded with
 * {@link Viterbi}. Immutable; {@link #decode} is thread-safe.
 */
final class LinearModel {
    private static final int L = Bilou.COUNT;
    private final FeatureTable table;
    private final float[] weights;
    private final float[] transitions;

    /** The weights are rounded to {@link Bfloat16} here, so that the model scored on dev is the one shipped. */
    LinearModel(FeatureTable table, float[] weights, float[] transitions) {
        this.table = table;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Bfloat16.round(weights[i]);
        }
        this.weights = weights;
        this.transitions = transitions;
    }

    int featureCount() {
        return table.size();
    }

    /** The best label sequence (decoded as {@link Bilou}, returned as BIO) for tokens with the given feature keys. */
    int[] decode(long[][] features) {
        return Bilou.decode(Viterbi.decode(scores(features), features.length, transitions));
    }

    /** {@link #decode(long[][])} with the tagger's rule that keeps quotation marks and brackets out of names. */
    int[] decode(long[][] features, List<String> tokens) {
        return Bilou.decode(Viterbi.decode(scores(features, tokens), features.length, transitions));
    }

    /** {@link #scores(long[][])} with every name label ruled out for the signs that are never inside a name. */
    float[] scores(long[][] features, List<String> tokens) {
        float[] s = scores(features);
        Bilou.maskOutsideNames(s, tokens);
        return s;
    }

    /** The n × {@link Bilou#COUNT} label scores of tokens with the given feature keys. */
    float[] scores(long[][] features) {
        int n = features.length;
        float[] emission = new float[n * L];
        for (int i = 0; i < n; i++) {
            int row = i * L;
            for (long key : features[i]) {
                int id = table.get(key);
                if (id >= 0) {
                    int base = id * L;
                    for (int y = 0; y < L; y++) {
                        emission[row + y] += weights[base + y];
                    }
                }
            }
        }
        return emission;
    }

    FeatureTable table() {
        return table;
    }

    float weight(int id, int label) {
        return weights[id * L + label];
    }

    /** (L + 1) × L label-to-label scores, row L the sentence start; see {@link Viterbi#decode}. */
    float[] transitions() {
        return transitions.clone();
    }

    void write(DataOutputStream out) throws IOException {
        for (float t : transitions) {
            out.writeFloat(t);
        }
        out.writeInt(table.size());
        for (int id = 0; id < table.size(); id++) {
            out.writeLong(table.key(id));
            for (int y = 0; y < L; y++) {
                out.writeShort(Bfloat16.bits(weights[id * L + y]));
            }
        }
    }

    static LinearModel read(DataInputStream in) throws IOException {
        float[] trans = new float[(L + 1) * L];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = in.readFloat();
        }
        int n = in.readInt();
        FeatureTable table = new FeatureTable(n);
        float[] w = new float[n * L];
        // rows read in bulk: a call per weight made loading twice as slow
        int row = 8 + 2 * L, rows = Math.max(1, (1 << 20) / row);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(rows * row);
        for (int i = 0; i < n; ) {
            int take = Math.min(rows, n - i);
            in.readFully(buf.array(), 0, take * row);
            buf.clear();
            for (int r = 0; r < take; r++, i++) {
                int id = table.add(buf.getLong());
                for (int y = 0; y < L; y++) {
                    w[id * L + y] = Bfloat16.value(buf.getShort());
                }
            }
        }
        return new LinearModel(table, w, trans);
    }
}
