package dev.kulis.cli;

import dev.kulis.morph.MorphTableBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kulis train morph-table}: precomputes the analyses of frequent news word forms (the table Morphology
 * consults before calling the Starlang analyser). Independent of {@code kulis train lemma}: the table stores the
 * analyser's readings, and the lemma statistics are applied when a form is looked up, so the two may be run in
 * either order.
 */
@Command(name = "morph-table", mixinStandardHelpOptions = true,
        description = {"Precompute analyses of the most frequent word forms of news/kemik-42bin.jsonl",
                "(articles with line index % 10 != 0; those with % 10 == 0 are held out) on all cores."})
public final class TrainMorphTableCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "../shared/data", description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", defaultValue = "kulis-core/src/main/resources/dev/kulis/morph/morph-table.tsv.gz",
            description = "Resource to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--forms", defaultValue = "500000",
            description = "Most frequent forms to keep (default: ${DEFAULT-VALUE}).")
    int forms;

    @Option(names = "--min-count", defaultValue = "1",
            description = "Keep only forms seen at least this often (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Override
    public Integer call() throws Exception {
        Path corpus = data.resolve("news/kemik-42bin.jsonl");
        if (!Files.exists(corpus)) {
            System.err.println("missing " + corpus);
            return 1;
        }
        long t0 = System.nanoTime();
        String command = "kulis train morph-table --forms " + forms + " --min-count " + minCount;
        MorphTableBuilder.Summary s = MorphTableBuilder.build(corpus, out, forms, minCount, command,
                m -> System.err.printf("[%6.1fs] %s%n", (System.nanoTime() - t0) / 1e9, m));
        System.err.printf("wrote %s: %,d forms, %,d bytes, held-out coverage %.2f%% of word tokens (%.2f%% of tokens)"
                + " in %.1f s%n", out, s.forms(), s.bytes(), 100 * s.wordCoverage(), 100 * s.tokenCoverage(),
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
