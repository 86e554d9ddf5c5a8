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
 * The trained tagger: a local model (sentence features only), a document model (the local features plus
 * what the local model said about the same words in neighbouring sentences, see {@link DocumentFeatures}),
 * and the gazetteer learned with them. Immutable and thread-safe.
 *
 * <p>File format (gzip'd, big-endian): magic {@code KNER}, version, provenance (string pairs), gazetteer,
 * local model, document model (each: transitions, feature count, per feature its key and label weights), the
 * confidence temperature.
 */
public final class NerModel {
    private static final int MAGIC = 0x4B4E4552; // "KNER"
    private static final int VERSION = 4; // 3: BILOU labels, bfloat16 weights; 4: confidence temperature

    private final LinearModel local;
    private final LinearModel document;
    private final Gazetteer gazetteer;
    private final Map<String, String> provenance;
    private final float temperature;

    /** @param temperature the document model's scores are divided by it for {@link SpanConfidence} */
    NerModel(LinearModel local, LinearModel document, Gazetteer gazetteer, Map<String, String> provenance,
             float temperature) {
        this.local = local;
        this.document = document;
        this.gazetteer = gazetteer;
        this.provenance = Map.copyOf(provenance);
        this.temperature = temperature;
    }

    /** The same model with other provenance. */
    public NerModel withProvenance(Map<String, String> p) {
        return new NerModel(local, document, gazetteer, p, temperature);
    }

    LinearModel local() {
        return local;
    }

    LinearModel document() {
        return document;
    }

    float temperature() {
        return temperature;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Map<String, String> provenance() {
        return provenance;
    }

    public int featureCount() {
        return local.featureCount() + document.featureCount();
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
        local.write(out);
        document.write(out);
        out.writeFloat(temperature);
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
        LinearModel local = LinearModel.read(in);
        LinearModel document = LinearModel.read(in);
        return new NerModel(local, document, gaz, prov, in.readFloat());
    }
}
