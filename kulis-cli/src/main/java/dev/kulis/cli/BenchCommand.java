package dev.kulis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kulis.eval.SharedData;
import dev.kulis.json.ArticleJson;
import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.pipeline.Annotator;
import dev.kulis.pipeline.Pipeline;
import dev.kulis.pipeline.Pipelines;
import dev.kulis.morph.Lemmatizer;
import dev.kulis.morph.MorphAnnotator;
import dev.kulis.morph.Morphology;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kulis bench STAGE}: throughput and peak heap of a pipeline stage over real news text, on one thread
 * (figures are per core). Articles are split by their line number in the input: every tenth article (line % 10
 * == 0) is timed, line % 10 == 5 warms the JIT and the caches first. The timed articles are held out of every
 * statistic the project ships, so the morphology cache meets forms as it would on new text.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {BenchNerCommand.class, BenchIngestCommand.class, BenchQueryCommand.class},
        description = {"Measure words/s, tokens/s, articles/s and peak heap of a stage on one thread.",
                "STAGE: tokenize (text layer, then morphology on its output, then both), annotate (the full "
                        + "pipeline)."})
public final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "STAGE", arity = "0..1", description = "tokenize | annotate (or the ner, ingest and "
            + "query commands below)")
    String stage;

    @Option(names = "--input", paramLabel = "FILE",
            description = "JSON Lines with a text field (default: ../shared/data/news/kemik-42bin.jsonl)")
    Path input;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "3000",
            description = "how many held-out articles to time (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "10",
            description = "timed passes of stages without caches; the best is reported (default: ${DEFAULT-VALUE})")
    int passes;

    private record Sets(List<Article> warm, List<Article> timed) {
    }

    @Override
    public Integer call() throws IOException {
        if (stage == null) {
            System.err.println("kulis bench: give a STAGE (tokenize | annotate) or a command (ingest | query)");
            return 2;
        }
        Path in = input != null ? input : SharedData.data("news/kemik-42bin.jsonl").orElse(null);
        if (in == null || !Files.isRegularFile(in)) {
            System.err.println("kulis bench: no input: give --input FILE (JSON Lines with a text field)");
            return 2;
        }
        Sets sets = load(in);
        System.out.printf("input %s: %d timed articles (%.1f MB of text), %d warm-up articles%n", in,
                sets.timed().size(), sets.timed().stream().mapToLong(a -> a.text().length()).sum() / 1e6,
                sets.warm().size());
        switch (stage) {
            case "tokenize" -> {
                Annotator text = Pipelines.text();
                List<Article> warmTokens = run("text layer (tokenize + sentences)", text, sets.warm(), sets.timed(),
                        passes, null);
                // the morphology cache would remember a timed article's forms: each stage gets its own half
                int half = sets.timed().size() / 2;
                List<Article> firstHalf = sets.timed().subList(0, half).stream().map(text::annotate).toList();
                long t0 = System.nanoTime();
                Morphology m = Morphology.shared();
                m.analyze("yükleme");
                System.out.printf("morphology lexicon load: %.2f s%n", (System.nanoTime() - t0) / 1e9);
                run("morphology + lemma choice (on tokenized text)", new MorphAnnotator(new Lemmatizer(m)),
                        warmTokens, firstHalf, 1, m);
                run("text layer + morphology", Pipelines.standard(), List.of(),
                        sets.timed().subList(half, sets.timed().size()), 1, m);
            }
            case "annotate" -> {
                long t0 = System.nanoTime();
                Pipeline p = Pipelines.standard();
                p.annotate(sets.warm().get(0));
                System.out.printf("pipeline load: %.2f s%n", (System.nanoTime() - t0) / 1e9);
                List<Article> done = run("full pipeline", p, sets.warm(), sets.timed(), 1, Morphology.shared());
                stepByStep(p, sets);
                ArticleJson json = new ArticleJson(false);
                long bytes = 0;
                long t1 = System.nanoTime();
                for (Article a : done) {
                    bytes += json.toLine(a).length();
                }
                System.out.printf("JSON writing: %,.0f articles/s (%.1f MB)%n",
                        done.size() / ((System.nanoTime() - t1) / 1e9), bytes / 1e6);
            }
            default -> {
                System.err.println("kulis bench: unknown stage '" + stage + "' (tokenize | annotate)");
                return 2;
            }
        }
        return 0;
    }

    /**
     * Each step timed alone on the output of the steps before it (the timed articles were seen once by the full
     * run, so caches are warm: this is the steady state), with its share of the total.
     */
    private static void stepByStep(Pipeline p, Sets sets) {
        List<Article> in = sets.timed();
        long[] nanos = new long[p.steps().size()];
        long total = 0;
        for (int i = 0; i < nanos.length; i++) {
            Annotator step = p.steps().get(i);
            List<Article> out = new ArrayList<>(in.size());
            long t0 = System.nanoTime();
            for (Article a : in) {
                out.add(step.annotate(a));
            }
            nanos[i] = System.nanoTime() - t0;
            total += nanos[i];
            in = out;
        }
        for (int i = 0; i < nanos.length; i++) {
            System.out.printf("  step %-10s %8.2f s  %5.1f%% of the pipeline%n", p.steps().get(i).name(), nanos[i] / 1e9,
                    100.0 * nanos[i] / total);
        }
    }

    private Sets load(Path in) throws IOException {
        List<Article> warm = new ArrayList<>();
        List<Article> timed = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            String line;
            for (int n = 0; timed.size() < limit && (line = r.readLine()) != null; n++) {
                List<Article> into = n % 10 == 0 ? timed : n % 10 == 5 ? warm : null;
                if (into == null || line.isBlank()) {
                    continue;
                }
                JsonNode node = ArticleJson.mapper().readTree(line);
                String text = node.path("text").asText(null);
                if (text != null) {
                    into.add(Article.read(node.path("id").asText("line" + n), text, Metadata.empty(), List.of()));
                }
            }
        }
        return new Sets(warm, timed);
    }

    /**
     * Runs the stage over the warm-up set, then times {@code passes} passes over the timed set (one pass when
     * the stage has a cache that a second pass would find full). Returns the warm-up output.
     */
    private List<Article> run(String label, Annotator stage, List<Article> warm, List<Article> timed, int passes,
                              Morphology cacheOwner) {
        List<Article> warmOut = new ArrayList<>(warm.size());
        for (Article a : warm) {
            warmOut.add(stage.annotate(a));
        }
        for (int p = 1; p < passes; p++) { // stages without caches: let the JIT settle
            for (Article a : warm) {
                stage.annotate(a);
            }
        }
        long computedBefore = cacheOwner == null ? 0 : cacheOwner.computedForms();
        long tableBefore = cacheOwner == null ? 0 : cacheOwner.tableHits();
        System.gc();
        double best = Double.MAX_VALUE;
        long tokens = 0;
        long words = 0;
        long peak;
        try (HeapSampler heap = new HeapSampler()) {
            for (int p = 0; p < Math.max(1, passes); p++) {
                tokens = 0;
                words = 0;
                long t0 = System.nanoTime();
                for (Article a : timed) {
                    Article out = stage.annotate(a);
                    tokens += out.tokens().size();
                    for (Token t : out.tokens()) {
                        if (t.kind() == TokenKind.WORD) {
                            words++;
                        }
                    }
                }
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            peak = heap.peakBytes();
        }
        System.out.printf("%-46s %,11.0f tokens/s %,11.0f words/s %,8.0f articles/s  peak heap %,5d MB"
                        + "  (%,d tokens in %.2f s%s)%n",
                label, tokens / best, words / best, timed.size() / best, peak >> 20, tokens, best,
                cacheOwner == null ? ", best of " + passes + " passes"
                        : String.format(", %,d forms new to the cache, %,d of them sent to the analyser",
                                cacheOwner.computedForms() - computedBefore,
                                cacheOwner.computedForms() - computedBefore - (cacheOwner.tableHits() - tableBefore)));
        return warmOut;
    }
}
