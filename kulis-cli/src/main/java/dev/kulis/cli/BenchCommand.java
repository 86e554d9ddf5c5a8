package dev.kulis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kulis.eval.SharedData;
import dev.kulis.json.ArticleJson;
import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.pipeline.Annotator;
import dev.kulis.pipeline.Pipelines;
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
 * (figures are per core). The articles are read into memory first; a warm-up pass precedes the timed pass.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure words/s, tokens/s, articles/s and peak heap of a stage on one thread.",
                "STAGE: tokenize (text layer, then text layer + morphology), annotate (the full pipeline)."})
public final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "STAGE", description = "tokenize | annotate")
    String stage;

    @Option(names = "--input", paramLabel = "FILE",
            description = "JSON Lines with a text field (default: ../shared/data/news/kemik-42bin.jsonl)")
    Path input;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
            description = "how many articles to use (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "3",
            description = "timed passes; the best is reported (default: ${DEFAULT-VALUE})")
    int passes;

    @Override
    public Integer call() throws IOException {
        Path in = input != null ? input : SharedData.data("news/kemik-42bin.jsonl").orElse(null);
        if (in == null || !Files.isRegularFile(in)) {
            System.err.println("kulis bench: no input: give --input FILE (JSON Lines with a text field)");
            return 2;
        }
        List<Article> articles = load(in);
        System.out.printf("input %s: %d articles, %.1f MB of text%n", in, articles.size(),
                articles.stream().mapToLong(a -> a.text().length()).sum() / 1e6);
        switch (stage) {
            case "tokenize" -> {
                List<Article> tokenized = run("text layer (tokenize + sentences)", Pipelines.text(), articles);
                long t0 = System.nanoTime();
                Morphology m = Morphology.shared();
                System.out.printf("morphology lexicon load: %.2f s%n", (System.nanoTime() - t0) / 1e9);
                run("morphology + lemma choice (on tokenized text)", new MorphAnnotator(new dev.kulis.morph.Lemmatizer(m)), tokenized);
                run("text layer + morphology", Pipelines.standard(), articles);
            }
            case "annotate" -> {
                long t0 = System.nanoTime();
                Annotator p = Pipelines.standard();
                p.annotate(articles.get(0));
                System.out.printf("pipeline load: %.2f s%n", (System.nanoTime() - t0) / 1e9);
                List<Article> done = run("full pipeline", p, articles);
                ArticleJson json = new ArticleJson(false);
                long bytes = 0;
                long t1 = System.nanoTime();
                for (Article a : done) {
                    bytes += json.toLine(a).length();
                }
                System.out.printf("JSON writing: %.0f articles/s (%.1f MB)%n",
                        done.size() / ((System.nanoTime() - t1) / 1e9), bytes / 1e6);
            }
            default -> {
                System.err.println("kulis bench: unknown stage '" + stage + "' (tokenize | annotate)");
                return 2;
            }
        }
        return 0;
    }

    private List<Article> load(Path in) throws IOException {
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            String line;
            while (out.size() < limit && (line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = ArticleJson.mapper().readTree(line);
                String text = n.path("text").asText(null);
                if (text != null) {
                    out.add(Article.read(n.path("id").asText("line" + out.size()), text, Metadata.empty(),
                            List.of()));
                }
            }
        }
        return out;
    }

    private List<Article> run(String label, Annotator stage, List<Article> articles) {
        List<Article> result = new ArrayList<>(articles.size());
        for (Article a : articles) {
            result.add(stage.annotate(a)); // warm-up, and the output handed to the next stage
        }
        long tokens = 0;
        long words = 0;
        for (Article a : result) {
            tokens += a.tokens().size();
            for (Token t : a.tokens()) {
                if (t.kind() == TokenKind.WORD) {
                    words++;
                }
            }
        }
        System.gc();
        double best = Double.MAX_VALUE;
        long peak;
        try (HeapSampler heap = new HeapSampler()) {
            for (int p = 0; p < Math.max(1, passes); p++) {
                long t0 = System.nanoTime();
                for (Article a : articles) {
                    stage.annotate(a);
                }
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            peak = heap.peakBytes();
        }
        System.out.printf("%-48s %,12.0f tokens/s %,12.0f words/s %,9.0f articles/s  peak heap %,6d MB"
                        + "  (%d articles, %,d tokens, best of %d passes: %.2f s)%n",
                label, tokens / best, words / best, articles.size() / best, peak >> 20, articles.size(), tokens,
                passes, best);
        return result;
    }
}
