package dev.kulis.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained linear sequence model: weights per (feature key, label), label transitions, and the gazetteer
 * learned with it. Immutable once built; {@link #decode} is thread-safe.
 *
 * <p>File format (gzip'd, big-endian): magic {@code KNER}, version, a string map of provenance, the
 * gazetteer, the transition matrix, then the feature count and per feature its key and L weights.
 */
public final class NerModel {
    private static final int MAGIC = 0x4B4E4552; // "KNER"
    private static final int VERSION = 1;
    private static final int L = NerLabels.COUNT;

    private final FeatureTable table;
    private final float[] weights;
    private final float[] transitions;
    private final Gazetteer gazetteer;
    private final Map<String, String> provenance;

    NerModel(FeatureTable table, float[] weights, float[] transitions, Gazetteer gazetteer,
             Map<String, String> provenance) {
        this.table = table;
        this.weights = weights;
        this.transitions = transitions;
        this.gazetteer = gazetteer;
        this.provenance = Map.copyOf(provenance);
    }

    NerModel withProvenance(Map<String, String> p) {
        return new NerModel(table, weights, transitions, gazetteer, p);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Map<String, String> provenance() {
        return provenance;
    }

    public int featureCount() {
        return table.size();
    }

    /** The best BIO label sequence for tokens with the given feature keys. */
    int[] decode(long[][] features) {
        int n = features.length;
        float[] emission = new float[n * L];
        for (int i = 0; i < n; i++) {
            for (long key : features[i]) {
                int id = table.get(key);
                if (id >= 0) {
                    int base = id * L;
                    for (int y = 0; y < L; y++) {
                        emission[i * L + y] += weights[base + y];
                    }
                }
            }
        }
        return Viterbi.decode(emission, n, transitions);
    }

    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        Map<String, String> sorted = new TreeMap<>(provenance);
        out.writeInt(sorted.size());
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        gazetteer.write(out);
        for (float t : transitions) {
            out.writeFloat(t);
        }
        out.writeInt(table.size());
        for (int id = 0; id < table.size(); id++) {
            out.writeLong(table.key(id));
            for (int y = 0; y < L; y++) {
                out.writeFloat(weights[id * L + y]);
            }
        }
        out.flush();
        gz.finish();
    }

    public static NerModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a Kulis NER model (version " + VERSION + ")");
        }
        int np = in.readInt();
        Map<String, String> prov = new TreeMap<>();
        for (int i = 0; i < np; i++) {
            prov.put(in.readUTF(), in.readUTF());
        }
        Gazetteer gaz = Gazetteer.read(in);
        float[] trans = new float[(L + 1) * L];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = in.readFloat();
        }
        int n = in.readInt();
        FeatureTable table = new FeatureTable(n);
        float[] w = new float[n * L];
        for (int i = 0; i < n; i++) {
            int id = table.add(in.readLong());
            for (int y = 0; y < L; y++) {
                w[id * L + y] = in.readFloat();
            }
        }
        return new NerModel(table, w, trans, gaz, prov);
    }
}
