package dev.kulis.cli;

import dev.kulis.eval.TokenizationEval;
import dev.kulis.eval.TokenizationScore;
import dev.kulis.text.SentenceSplitter;
import dev.kulis.text.TurkishTokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kulis eval tokenize [--data DIR]}: token and sentence P/R/F1 of the text layer on the UD Turkish
 * development sets (IMST, BOUN), scored like {@code score.py tok}.
 */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = "Token and sentence P/R/F1 on UD Turkish IMST and BOUN dev (CoNLL 2018 style).")
public final class EvalTokenizeCommand implements Callable<Integer> {
    static final String[][] TREEBANKS = {
        {"IMST dev", "ud/IMST/tr_imst-ud-dev.conllu"},
        {"BOUN dev", "ud/BOUN/tr_boun-ud-dev.conllu"},
    };

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "The shared data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        TokenizationEval eval = new TokenizationEval(new TurkishTokenizer(), new SentenceSplitter());
        int found = 0;
        for (String[] tb : TREEBANKS) {
            Path gold = data.resolve(tb[1]);
            if (!Files.isRegularFile(gold)) {
                System.out.printf("%s: %s not found, skipped%n", tb[0], gold);
                continue;
            }
            found++;
            TokenizationScore s = eval.evaluate(gold);
            System.out.printf("%s tokens    %s%n", tb[0], s.tokens());
            System.out.printf("%s sentences %s%n", tb[0], s.sentences());
        }
        if (found == 0) {
            System.err.println("no treebank found under " + data.toAbsolutePath() + " (use --data DIR)");
            return 1;
        }
        return 0;
    }
}
