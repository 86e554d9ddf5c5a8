package dev.kulis.cli;

import dev.kulis.json.ArticleJson;
import dev.kulis.model.Article;
import dev.kulis.pipeline.BatchAnnotator;
import dev.kulis.pipeline.Pipelines;
import dev.kulis.read.ArticleSources;
import dev.kulis.read.Quarantine;
import dev.kulis.read.ReadSink;
import dev.kulis.read.Rejected;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kulis annotate}: read articles, annotate them, write one JSON object per article (JSON Lines). */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Read wire text, .txt folders, JSON Lines or HTML and write each article annotated as one "
                + "JSON line (PRODUCT.md contract).",
                "Unreadable items are reported on stderr and quarantined with their reason; the exit status is 3 "
                        + "when anything was quarantined."})
public final class AnnotateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*", description = "inputs (default: standard input)")
    List<String> inputs = List.of("-");

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of stdout")
    Path output;

    @Option(names = "--tokens", description = "also write every token with its lemma")
    boolean tokens;

    @Option(names = "--quarantine", paramLabel = "DIR", defaultValue = "kulis-quarantine",
            description = "where unreadable items go, with reasons.tsv (default: ${DEFAULT-VALUE})")
    Path quarantineDir;

    @Option(names = "--threads", paramLabel = "N", description = "annotation threads (default: the cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        ArticleJson json = new ArticleJson(tokens);
        Quarantine quarantine = new Quarantine(quarantineDir);
        int[] counts = new int[2];
        try (Writer out = open()) {
            ReadSink sink;
            try (BatchAnnotator batch = new BatchAnnotator(Pipelines.standard(), threads,
                    a -> write(out, json.toLine(a), counts),
                    (a, e) -> reject(quarantine, new Rejected(a.metadata().source() == null ? a.id()
                            : a.metadata().source(), "annotation failed: " + e,
                            a.text().getBytes(StandardCharsets.UTF_8)), counts))) {
                sink = new ReadSink() {
                    @Override
                    public void article(Article a) {
                        batch.submit(a);
                    }

                    @Override
                    public void rejected(Rejected r) {
                        reject(quarantine, r, counts);
                    }
                };
                for (String in : inputs) {
                    ArticleSources.read(in, sink);
                }
            }
        }
        System.err.printf("kulis: %d article(s) annotated, %d item(s) quarantined%s%n", counts[0], counts[1],
                counts[1] > 0 ? " (reasons in " + quarantineDir.resolve("reasons.tsv") + ")" : "");
        return counts[1] > 0 ? Kulis.EXIT_QUARANTINED : 0;
    }

    private Writer open() throws IOException {
        var stream = output == null ? System.out : Files.newOutputStream(output);
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void write(Writer out, String line, int[] counts) {
        try {
            out.write(line);
            out.write('\n');
            counts[0]++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void reject(Quarantine q, Rejected r, int[] counts) {
        // readers name the item in their reasons already; other reasons get it here
        String why = r.reason().startsWith(r.item()) ? r.reason() : r.item() + ": " + r.reason();
        System.err.println("kulis: quarantined " + why);
        q.put(r);
        counts[1]++;
    }
}
