package dev.kulis.ner;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A gazetteer learned from unlabelled news by tagging it (self-training): for each capitalised word stem, how
 * often a tagger labelled it with each BIO label, or O mid-sentence. Built by {@link NewsNameLearner}.
 * Stored as a gzip'd TSV: {@code # comment} lines, then {@code stem O B-PER I-PER B-ORG I-ORG B-LOC I-LOC}
 * (older files: {@code stem O PER ORG LOC}, read as B- counts without positions).
 */
public final class NewsNames {
    public static final NewsNames EMPTY = new NewsNames(Map.of(), false);
    static final String RESOURCE = "/dev/kulis/ner/news-names.tsv.gz";

    private final Map<String, int[]> counts;
    private final Map<String, int[]> types;
    private final boolean positions;

    NewsNames(Map<String, int[]> counts, boolean positions) {
        this.counts = counts;
        this.positions = positions;
        this.types = new HashMap<>(counts.size() * 2);
        counts.forEach((k, c) -> types.put(k, new int[] {c[0], c[1] + c[2], c[3] + c[4], c[5] + c[6]}));
    }

    /** Counts {O, PER, ORG, LOC} for a lower-cased stem, or null when unseen. */
    int[] get(String lowerStem) {
        return types.get(lowerStem);
    }

    /** Counts per label index ({@link NerLabels}), or null when unseen or when the file has no positions. */
    int[] labels(String lowerStem) {
        return positions ? counts.get(lowerStem) : null;
    }

    /** Counts {O, PER, ORG, LOC} of every stem. */
    Map<String, int[]> types() {
        return types;
    }

    public int size() {
        return counts.size();
    }

    public static NewsNames shipped() {
        InputStream in = NewsNames.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return EMPTY;
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NewsNames read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NewsNames read(InputStream raw) throws IOException {
        Map<String, int[]> m = new HashMap<>(200_000);
        boolean positions = false;
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t");
                int[] v = new int[NerLabels.COUNT];
                if (c.length == 1 + NerLabels.COUNT) {
                    positions = true;
                    for (int y = 0; y < v.length; y++) {
                        v[y] = Integer.parseInt(c[1 + y]);
                    }
                } else {
                    v[0] = Integer.parseInt(c[1]);
                    for (int t = 0; t < 3; t++) {
                        v[1 + 2 * t] = Integer.parseInt(c[2 + t]);
                    }
                }
                m.put(c[0], v);
            }
        }
        return new NewsNames(m, positions);
    }

    static void write(Path file, List<String> header, Map<String, int[]> counts) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            for (String h : header) {
                w.write("# " + h + "\n");
            }
            for (String stem : counts.keySet().stream().sorted().toList()) {
                int[] c = counts.get(stem);
                StringBuilder b = new StringBuilder(stem);
                for (int x : c) {
                    b.append('\t').append(x);
                }
                w.write(b.append('\n').toString());
            }
        }
    }
}
