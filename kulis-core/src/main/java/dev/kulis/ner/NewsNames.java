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
 * often a tagger labelled it PER, ORG, LOC, or nothing (mid-sentence). Built by {@link NewsNameLearner}.
 * Stored as a gzip'd TSV: {@code # comment} lines, then {@code stem none per org loc}.
 */
public final class NewsNames {
    public static final NewsNames EMPTY = new NewsNames(Map.of());
    static final String RESOURCE = "/dev/kulis/ner/news-names.tsv.gz";

    private final Map<String, int[]> counts;

    NewsNames(Map<String, int[]> counts) {
        this.counts = counts;
    }

    /** Counts {none, PER, ORG, LOC} for a lower-cased stem, or null when unseen. */
    int[] get(String lowerStem) {
        return counts.get(lowerStem);
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
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t");
                m.put(c[0], new int[] {Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]),
                    Integer.parseInt(c[4])});
            }
        }
        return new NewsNames(m);
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
                w.write(stem + "\t" + c[0] + "\t" + c[1] + "\t" + c[2] + "\t" + c[3] + "\n");
            }
        }
    }
}
