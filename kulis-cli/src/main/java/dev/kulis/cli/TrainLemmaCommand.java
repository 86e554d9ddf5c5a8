package dev.kulis.cli;

import dev.kulis.morph.LemmaTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kulis train lemma}: re-estimates the lemma-choice statistics from the unlabeled news corpus. */
@Command(name = "lemma", mixinStandardHelpOptions = true,
        description = "Estimate lemma-choice statistics (EM over Starlang readings) from news/kemik-42bin.jsonl.")
public final class TrainLemmaCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "../shared/data", description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", defaultValue = "kulis-core/src/main/resources/dev/kulis/morph/lemma-statistics.tsv.gz",
            description = "Resource to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path corpus = data.resolve("news/kemik-42bin.jsonl");
        if (!Files.exists(corpus)) {
            System.err.println("missing " + corpus);
            return 1;
        }
        long t0 = System.nanoTime();
        LemmaTrainer.train(corpus, out, m -> System.err.printf("[%5.1fs] %s%n", (System.nanoTime() - t0) / 1e9, m));
        System.err.printf("wrote %s (%d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
