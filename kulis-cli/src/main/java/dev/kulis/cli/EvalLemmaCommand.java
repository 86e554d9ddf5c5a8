package dev.kulis.cli;

import dev.kulis.eval.Conllu;
import dev.kulis.eval.ConlluSentence;
import dev.kulis.eval.LemmaAccuracy;
import dev.kulis.eval.LemmaConllu;
import dev.kulis.morph.Lemmatizer;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kulis eval lemma}: lemma accuracy with gold tokens on the UD Turkish dev sets. */
@Command(name = "lemma", mixinStandardHelpOptions = true,
        description = "Lemma accuracy (surface tokens, as score.py lemma) on IMST dev and BOUN dev with gold tokens.")
public final class EvalLemmaCommand implements Callable<Integer> {
    /** The treebanks evaluated, relative to the data folder. */
    public static final List<String> DEV_SETS = List.of("ud/IMST/tr_imst-ud-dev.conllu", "ud/BOUN/tr_boun-ud-dev.conllu");

    @Option(names = "--data", defaultValue = "../shared/data", description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() throws Exception {
        Lemmatizer lemmatizer = new Lemmatizer();
        int missing = 0;
        for (String rel : DEV_SETS) {
            Path p = data.resolve(rel);
            if (!Files.exists(p)) {
                System.err.println("missing " + p);
                missing++;
                continue;
            }
            LemmaAccuracy a = evaluate(lemmatizer, p);
            System.out.printf(Locale.ROOT, "%-28s lemma accuracy %.2f (%d/%d surface tokens)%n",
                    p.getFileName(), a.percent(), a.correct(), a.total());
        }
        return missing == DEV_SETS.size() ? 1 : 0;
    }

    /** Lemmatises the gold tokens of {@code conllu} and scores the result against its gold lemmas. */
    public static LemmaAccuracy evaluate(Lemmatizer lemmatizer, Path conllu) throws java.io.IOException {
        List<ConlluSentence> gold;
        try (BufferedReader in = Files.newBufferedReader(conllu, StandardCharsets.UTF_8)) {
            gold = Conllu.read(in);
        }
        LemmaConllu filler = new LemmaConllu(lemmatizer);
        List<ConlluSentence> pred = gold.stream().map(filler::fill).toList();
        return LemmaAccuracy.of(gold, pred);
    }
}
