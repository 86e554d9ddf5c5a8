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
 * What unlabelled news says about frequent words (lower-cased stems): word clusters at three granularities
 * (fine, middle, coarse; learned by {@link WordClusterer}) and how often the word is written capitalised
 * where capitals are not forced (not sentence-initial, not an ALL-CAPS line), as a bin 1..5.
 * Stored as a gzip'd TSV: {@code # comment} lines, then {@code word fine middle coarse capBin}.
 */
public final class NewsLexicon {
    public static final NewsLexicon EMPTY = new NewsLexicon(Map.of());
    static final String RESOURCE = "/dev/kulis/ner/news-lexicon.tsv.gz";

    /** An entry: three cluster ids and the capitalisation bin. */
    record Entry(int fine, int middle, int coarse, int capBin) {
    }

    private final Map<String, Entry> entries;

    NewsLexicon(Map<String, Entry> entries) {
        this.entries = entries;
    }

    Entry get(String lowerStem) {
        return entries.get(lowerStem);
    }

    public int size() {
        return entries.size();
    }

    /** Capitalisation bin of a share of capitalised occurrences: 1 (never) .. 5 (almost always). */
    static int capBin(double share) {
        return share < 0.02 ? 1 : share < 0.3 ? 2 : share < 0.7 ? 3 : share < 0.95 ? 4 : 5;
    }

    /** The shipped lexicon, or {@link #EMPTY} when the resource is absent. */
    public static NewsLexicon shipped() {
        InputStream in = NewsLexicon.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return EMPTY;
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NewsLexicon read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NewsLexicon read(InputStream raw) throws IOException {
        Map<String, Entry> m = new HashMap<>(200_000);
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t");
                m.put(c[0], new Entry(Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]),
                        Integer.parseInt(c[4])));
            }
        }
        return new NewsLexicon(m);
    }

    /** Writes {@code entries} (in the given word order) with a comment header. */
    static void write(Path file, List<String> header, List<String> words, Map<String, Entry> entries)
            throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            for (String h : header) {
                w.write("# " + h + "\n");
            }
            for (String word : words) {
                Entry e = entries.get(word);
                w.write(word + "\t" + e.fine() + "\t" + e.middle() + "\t" + e.coarse() + "\t" + e.capBin() + "\n");
            }
        }
    }
}
