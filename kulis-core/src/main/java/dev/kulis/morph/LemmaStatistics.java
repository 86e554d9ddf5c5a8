package dev.kulis.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Corpus statistics for choosing among readings: log-probabilities of roots ({@code iç+NOUN}) and of signatures
 * ({@code NOUN+A3SG+P3SG+LOC}), estimated by {@link LemmaTrainer} from unlabeled news text. Unseen keys get the
 * floor probability. Immutable after loading, so shared by all threads.
 */
public final class LemmaStatistics {
    /** Class-path location of the shipped statistics. */
    public static final String RESOURCE = "/dev/kulis/morph/lemma-statistics.tsv.gz";

    private final Map<String, Float> roots;
    private final Map<String, Float> signatures;
    private final float rootFloor;
    private final float signatureFloor;

    LemmaStatistics(Map<String, Float> roots, Map<String, Float> signatures, float rootFloor, float signatureFloor) {
        this.roots = roots;
        this.signatures = signatures;
        this.rootFloor = rootFloor;
        this.signatureFloor = signatureFloor;
    }

    /** Flat statistics: every reading equally likely; the structural rules alone decide. */
    static LemmaStatistics empty() {
        return new LemmaStatistics(Map.of(), Map.of(), 0f, 0f);
    }

    double root(String key) {
        return roots.getOrDefault(key, rootFloor);
    }

    double signature(String sig) {
        return signatures.getOrDefault(sig, signatureFloor);
    }

    int size() {
        return roots.size() + signatures.size();
    }

    /** The shipped statistics, or flat ones when the resource is missing (before the first {@code kulis train lemma}). */
    static LemmaStatistics load() {
        InputStream in = LemmaStatistics.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return empty();
        }
        try (InputStream g = new GZIPInputStream(in)) {
            return read(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static LemmaStatistics read(InputStream in) throws IOException {
        Map<String, Float> r = new HashMap<>(1 << 16);
        Map<String, Float> s = new HashMap<>(1 << 14);
        float rf = 0f;
        float sf = 0f;
        BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = br.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            float v = Float.parseFloat(c[2]);
            switch (c[0]) {
                case "R" -> r.put(c[1], v);
                case "S" -> s.put(c[1], v);
                case "F" -> {
                    if (c[1].equals("root")) {
                        rf = v;
                    } else {
                        sf = v;
                    }
                }
                default -> throw new IOException("bad line in lemma statistics: " + line);
            }
        }
        return new LemmaStatistics(Map.copyOf(r), Map.copyOf(s), rf, sf);
    }

    void write(Writer out) throws IOException {
        out.write("F\troot\t" + rootFloor + "\n");
        out.write("F\tsignature\t" + signatureFloor + "\n");
        for (var e : new java.util.TreeMap<>(roots).entrySet()) {
            out.write("R\t" + e.getKey() + "\t" + String.format(java.util.Locale.ROOT, "%.3f", e.getValue()) + "\n");
        }
        for (var e : new java.util.TreeMap<>(signatures).entrySet()) {
            out.write("S\t" + e.getKey() + "\t" + String.format(java.util.Locale.ROOT, "%.3f", e.getValue()) + "\n");
        }
    }
}
