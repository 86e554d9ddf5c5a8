package dev.kulis.cli;

import dev.kulis.eval.BaseFormEval;
import dev.kulis.model.Article;
import dev.kulis.pipeline.Pipelines;
import dev.kulis.read.ArticleSources;
import dev.kulis.read.ReadSink;
import dev.kulis.read.Rejected;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kulis eval bases [--data DIR] [--every N]}: base forms and cases of names in text without apostrophes,
 * scored against the same articles as written ({@link BaseFormEval}).
 */
@Command(name = "bases", mixinStandardHelpOptions = true,
        description = "Base forms and cases of names with the apostrophes before suffixes removed, against the same "
                + "news articles as written (every Nth line of news/kemik-42bin.jsonl).")
public final class EvalBasesCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "The shared data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--every", paramLabel = "N", defaultValue = "100",
            description = "Score every Nth article, from the first (default: ${DEFAULT-VALUE}: 399 articles).")
    int every;

    @Option(names = "--show", paramLabel = "N", defaultValue = "0",
            description = "Also print the first N names read otherwise without apostrophes.")
    int show;

    @Override
    public Integer call() throws Exception {
        Path news = data.resolve(EvalQuotesCommand.NEWS);
        if (!Files.isRegularFile(news)) {
            System.err.println(news.toAbsolutePath() + " not found (use --data DIR)");
            return 1;
        }
        if (every < 1) {
            System.err.println("--every must be at least 1");
            return 1;
        }
        long t0 = System.nanoTime();
        BaseFormEval eval = new BaseFormEval(Pipelines.standard());
        BaseFormEval.Score score = new BaseFormEval.Score(show);
        int[] articles = {0};
        ReadSink sink = new ReadSink() {
            @Override
            public void article(Article a) {
                eval.score(a.id(), a.text(), score);
                articles[0]++;
            }

            @Override
            public void rejected(Rejected r) {
            }
        };
        ArticleSources sources = new ArticleSources();
        try (BufferedReader r = Files.newBufferedReader(news, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; n++) {
                if (n % every == 0) { // one line at a time through the reader, as kulis annotate reads it
                    sources.readStream(news.getFileName().toString(),
                            new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)), sink);
                }
            }
        }
        System.out.printf("%s, every %d article(s): %,d articles (%.0f s)%n", news.getFileName(), every, articles[0],
                (System.nanoTime() - t0) / 1e9);
        System.out.print(score.report());
        score.differences().forEach(d -> System.out.println("  " + d));
        return 0;
    }
}
