package dev.kulis.cli;

import dev.kulis.eval.QuoteDevSet;
import dev.kulis.eval.QuoteEval;
import dev.kulis.eval.QuoteScore;
import dev.kulis.model.Article;
import dev.kulis.pipeline.Pipeline;
import dev.kulis.pipeline.Pipelines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kulis eval quotes [--data DIR] [--set FILE…]}: quote detection P/R (direct, indirect) and speaker
 * accuracy of the standard pipeline on the hand-annotated quote dev sets, per set and overall, counted exactly
 * as {@code score.py quotes} counts them.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Quote P/R (direct, indirect) and speaker accuracy on the quote dev sets.")
public final class EvalQuotesCommand implements Callable<Integer> {
    static final String NEWS = "news/kemik-42bin.jsonl";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "The shared data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--set", paramLabel = "FILE", arity = "1..*",
            description = "Dev-set files (default: every dev-set-*.jsonl under dev/kulis/quotes/ on the class "
                    + "path, else in the source tree's kulis-core/src/test/resources).")
    List<Path> sets;

    @Override
    public Integer call() throws Exception {
        Path news = data.resolve(NEWS);
        if (!Files.isRegularFile(news)) {
            System.err.println(news.toAbsolutePath() + " not found (use --data DIR)");
            return 1;
        }
        List<QuoteDevSet> devSets = new ArrayList<>();
        if (sets != null) {
            for (Path p : sets) {
                devSets.add(QuoteDevSet.read(p));
            }
        } else {
            devSets.addAll(defaultSets());
        }
        if (devSets.isEmpty()) {
            System.err.println("no dev-set-*.jsonl found (use --set FILE)");
            return 1;
        }
        Set<String> ids = new TreeSet<>();
        devSets.forEach(s -> s.articles().forEach(a -> ids.add(a.id())));
        Map<String, Article> texts = QuoteEval.articles(news, ids);
        Pipeline pipeline = Pipelines.standard();
        QuoteScore total = new QuoteScore();
        int problems = 0;
        for (QuoteDevSet s : devSets) {
            QuoteEval.SetResult r = QuoteEval.run(s, texts, pipeline);
            System.out.println("== " + r.name() + " (" + r.articles() + " articles, " + r.goldQuotes()
                    + " gold quotes)");
            r.problems().forEach(p -> System.out.println("  problem: " + p));
            problems += r.problems().size();
            System.out.print(r.score().report());
            total.add(r.score());
        }
        System.out.println("== overall (" + devSets.size() + " sets, " + total.articles() + " articles)");
        System.out.print(total.report());
        return problems == 0 ? 0 : 2;
    }

    /** The class path's sets, else the source tree's (the launcher puts only main classes on the class path). */
    static List<QuoteDevSet> defaultSets() throws Exception {
        List<QuoteDevSet> found = QuoteDevSet.onClassPath();
        if (!found.isEmpty()) {
            return found;
        }
        String rel = "kulis-core/src/test/resources/" + QuoteDevSet.RESOURCE_DIR;
        List<Path> roots = new ArrayList<>();
        roots.add(Path.of("").toAbsolutePath());
        try {
            Path jar = Path.of(EvalQuotesCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // kulis-cli/target/kulis-cli.jar (or target/classes) -> the project root
            roots.add(jar.toAbsolutePath().getParent().getParent().getParent());
        } catch (Exception e) {
            // no code source: the working directory only
        }
        for (Path root : roots) {
            List<QuoteDevSet> s = QuoteDevSet.inFolder(root.resolve(rel));
            if (!s.isEmpty()) {
                return s;
            }
        }
        return List.of();
    }
}
