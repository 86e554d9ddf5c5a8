package dev.kulis.morph;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import dev.kulis.model.Token;
import dev.kulis.text.TextAnnotator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds {@link MorphTable} from the news corpus (JSON Lines, {@code {"text": …}} a line): the articles whose
 * 0-based line index is not a multiple of {@value #HELD_OUT} are tokenized as the pipeline tokenizes them
 * ({@link TextAnnotator}), their word-shaped forms counted, and the most frequent ones resolved by
 * {@link Morphology#resolve} on all cores. Articles with index % {@value #HELD_OUT} == 0 are held out: they are
 * the benchmark set, and the table's coverage is measured on them.
 */
public final class MorphTableBuilder {
    /** Every tenth article (index % 10 == 0) is held out of the table. */
    public static final int HELD_OUT = 10;

    /** Progress lines for the command line. */
    public interface Log {
        void info(String message);
    }

    /** What was built: forms stored, bytes written, share of held-out tokens the table answers. */
    public record Summary(int forms, long bytes, double tokenCoverage, double wordCoverage) {
    }

    private MorphTableBuilder() {
    }

    /**
     * Builds the table from {@code corpus} into {@code out} (gzip): the {@code maxForms} most frequent forms seen
     * at least {@code minCount} times. {@code command} is recorded in the provenance header.
     */
    public static Summary build(Path corpus, Path out, int maxForms, int minCount, String command, Log log)
            throws IOException {
        List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        log.info("articles " + lines.size() + "; tokenizing on " + Runtime.getRuntime().availableProcessors() + " cores");
        Map<String, LongAdder> train = new ConcurrentHashMap<>(1 << 20);
        Map<String, LongAdder> held = new ConcurrentHashMap<>(1 << 18);
        LongAdder heldTokens = new LongAdder();
        LongAdder trainArticles = new LongAdder();
        TextAnnotator text = new TextAnnotator();
        ObjectMapper json = new ObjectMapper();
        IntStream.range(0, lines.size()).parallel().forEach(i -> {
            String line = lines.get(i);
            if (line.isBlank()) {
                return;
            }
            String t;
            try {
                t = json.readTree(line).path("text").asText("");
            } catch (IOException e) {
                throw new UncheckedIOException("bad JSON at line " + (i + 1), e);
            }
            boolean isHeld = i % HELD_OUT == 0;
            if (!isHeld) {
                trainArticles.increment();
            }
            for (Token tok : text.annotate(Article.read("a" + i, t, Metadata.empty(), List.of())).tokens()) {
                if (isHeld) {
                    heldTokens.increment();
                }
                String w = Morphology.normalise(tok.text());
                if (WordShape.of(w) == WordShape.WORD) {
                    (isHeld ? held : train).computeIfAbsent(w, k -> new LongAdder()).increment();
                }
            }
        });
        List<Map.Entry<String, Long>> ranked = new ArrayList<>(train.size());
        for (var e : train.entrySet()) {
            long c = e.getValue().sum();
            if (c >= minCount) {
                ranked.add(Map.entry(e.getKey(), c));
            }
        }
        ranked.sort(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey));
        long heldWords = held.values().stream().mapToLong(LongAdder::sum).sum();
        log.info(String.format("training forms %d (%d seen >= %d times); held-out %d tokens, %d word-shaped, %d forms",
                train.size(), ranked.size(), minCount, heldTokens.sum(), heldWords, held.size()));
        for (int n : new int[] {50_000, 100_000, 200_000, 300_000, 400_000, 500_000, 700_000, 1_000_000}) {
            if (n > ranked.size() * 2) {
                break;
            }
            long cov = covered(ranked.subList(0, Math.min(n, ranked.size())), held);
            log.info(String.format("  top %,9d forms cover %.2f%% of held-out word tokens", Math.min(n, ranked.size()),
                    100.0 * cov / heldWords));
        }
        List<Map.Entry<String, Long>> keep = ranked.subList(0, Math.min(maxForms, ranked.size()));

        Morphology m = Morphology.shared();
        long t0 = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        Resolution[] res = new Resolution[keep.size()];
        IntStream.range(0, keep.size()).parallel().forEach(i -> {
            res[i] = m.resolve(keep.get(i).getKey());
            int d = done.incrementAndGet();
            if (d % 50_000 == 0) {
                log.info(String.format("resolved %,d / %,d forms (%.0f s)", d, keep.size(), (System.nanoTime() - t0) / 1e9));
            }
        });
        Map<String, Integer> sigIds = new HashMap<>();
        List<String[]> sigList = new ArrayList<>();
        String[] lineOf = new String[keep.size()];
        for (int i = 0; i < keep.size(); i++) {
            lineOf[i] = MorphTable.encode(keep.get(i).getKey(), res[i], sigIds, sigList);
        }
        String[] sigs = new String[sigList.size()];
        String[] pos = new String[sigList.size()];
        for (int i = 0; i < sigs.length; i++) {
            sigs[i] = sigList.get(i)[0];
            pos[i] = sigList.get(i)[1];
        }
        List<String> body = new ArrayList<>(keep.size());
        List<Map.Entry<String, Long>> stored = new ArrayList<>(keep.size());
        int skipped = 0;
        for (int i = 0; i < keep.size(); i++) {
            String w = keep.get(i).getKey();
            String line = lineOf[i];
            if (line == null || !res[i].equals(MorphTable.parse(w, line.substring(w.length() + 1), sigs, pos))) {
                skipped++;
                continue;
            }
            body.add(line);
            stored.add(keep.get(i));
        }
        long cov = covered(stored, held);
        double wordCoverage = (double) cov / heldWords;
        double tokenCoverage = (double) (heldTokens.sum() - heldWords + cov) / heldTokens.sum();
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out), 1 << 16),
                StandardCharsets.UTF_8)) {
            w.write("# Kulis morphology table: Starlang readings (or Kulis's finished fallback analysis) of frequent news\n");
            w.write("# word forms, so that Morphology need not call the analyser for them. Derived data, no text.\n");
            w.write("# Source: " + corpus.getFileName() + " (kemik 42bin news corpus), the " + trainArticles.sum()
                    + " articles whose 0-based line index % " + HELD_OUT + " != 0,\n");
            w.write("#   tokenized by dev.kulis.text.TextAnnotator; articles with index % " + HELD_OUT
                    + " == 0 are held out (benchmark set).\n");
            w.write("# Built " + LocalDate.now() + " by `" + command + "` (dev.kulis.morph.MorphTableBuilder),\n");
            w.write(String.format("#   resolver version %d, Starlang MorphologicalAnalysis %s.%n", MorphTable.VERSION,
                    starlangVersion()));
            w.write(String.format("# Forms: %d (the most frequent word-shaped forms seen >= %d times, of %d distinct; "
                    + "%d not storable skipped).%n", stored.size(), minCount, train.size(), skipped));
            w.write(String.format("# Coverage on the held-out articles: %.2f%% of word-shaped tokens, %.2f%% of all tokens "
                    + "need no analyser call.%n", 100 * wordCoverage, 100 * tokenCoverage));
            w.write("# Lemma statistics and conventions are applied at lookup: `kulis train lemma` does not invalidate\n");
            w.write("# this table; a change to Morphology.resolve or Starlang does (bump MorphTable.VERSION, rebuild).\n");
            w.write(MorphTable.MAGIC + MorphTable.VERSION + "\n");
            for (String[] s : sigList) {
                w.write("S\t" + s[0] + "\t" + s[1] + "\n");
            }
            for (String line : body) {
                w.write(line);
                w.write('\n');
            }
        }
        log.info(String.format("stored %,d forms (%d skipped), %,d signatures; held-out coverage %.2f%% of word tokens, "
                + "%.2f%% of tokens; resolving took %.0f s", stored.size(), skipped, sigList.size(), 100 * wordCoverage,
                100 * tokenCoverage, (System.nanoTime() - t0) / 1e9));
        return new Summary(stored.size(), Files.size(out), tokenCoverage, wordCoverage);
    }

    private static long covered(List<Map.Entry<String, Long>> forms, Map<String, LongAdder> held) {
        long n = 0;
        for (var e : forms) {
            LongAdder c = held.get(e.getKey());
            if (c != null) {
                n += c.sum();
            }
        }
        return n;
    }

    private static String starlangVersion() {
        Package p = MorphologicalAnalysis.FsmMorphologicalAnalyzer.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "(see pom.xml)" : v;
    }
}
