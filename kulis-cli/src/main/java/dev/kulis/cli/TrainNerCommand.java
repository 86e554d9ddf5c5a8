package dev.kulis.cli;

import dev.kulis.ner.FeatureExtractor;
import dev.kulis.ner.MorphFeatures;
import dev.kulis.ner.MorphologyFeatures;
import dev.kulis.ner.EntityScore;
import dev.kulis.ner.NerCrossValidation;
import dev.kulis.ner.NerLexicons;
import dev.kulis.ner.NerTagger;
import dev.kulis.ner.NewsNameLearner;
import dev.kulis.ner.NewsNames;
import dev.kulis.ner.NerModel;
import dev.kulis.ner.NerTraining;
import dev.kulis.ner.NewsLexicon;
import dev.kulis.ner.WordClusterer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code kulis train ner [--data DIR]}: reproduces the shipped NER model (and, with {@code --news-lexicon},
 * first the word clusters and capitalisation lexicon learned from unlabelled news) from the shared data.
 * Run from the project root so that the default output paths land in {@code kulis-core}'s resources.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train the NER tagger on Milliyet train (epoch chosen on Milliyet dev).")
public final class TrainNerCommand implements Callable<Integer> {
    static final String RESOURCES = "kulis-core/src/main/resources/dev/kulis/ner/";

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "The shared data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = RESOURCES + "ner-model.bin.gz",
            description = "Where to write the model (default: ${DEFAULT-VALUE}); a .txt provenance file goes beside it.")
    Path out;

    @Option(names = "--news-lexicon", description = "Re-learn the word clusters and capitalisation lexicon from "
            + "news/kemik-42bin.jsonl first (writes " + RESOURCES + "news-lexicon.tsv.gz).")
    boolean relearnLexicon;

    @Option(names = "--lexicon", paramLabel = "FILE", defaultValue = RESOURCES + "news-lexicon.tsv.gz",
            description = "The news lexicon to train with (default: ${DEFAULT-VALUE}).")
    Path lexicon;

    @Option(names = "--news-names", description = "Re-learn the self-training gazetteer first: train without it, "
            + "tag news/kemik-42bin.jsonl, count the types per word (writes --names FILE), then train with it.")
    boolean relearnNames;

    @Option(names = "--rounds", defaultValue = "1", description = "Self-training rounds for --news-names: each "
            + "round after the first tags the news with a model trained on the previous round's list (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--names", paramLabel = "FILE", defaultValue = RESOURCES + "news-names.tsv.gz",
            description = "The self-training gazetteer to train with (default: ${DEFAULT-VALUE}).")
    Path names;

    @Option(names = "--wiki", description = "Also train on Turkish-Wiki-NER train (PERSON, ORG, GPE/LOC).")
    boolean wiki;

    @Option(names = "--cv", paramLabel = "K", defaultValue = "0",
            description = "Cross-validate the recipe instead of writing a model: train K models, each scored on its"
                    + " held-out fold of Milliyet train (whole articles), and print the pooled P/R/F1.")
    int crossValidate;

    @Option(names = "--no-morph", description = "Train without morphology features (the shipped tagger uses them).")
    boolean noMorph;

    @Option(names = "--epochs", defaultValue = "12", description = "Maximum epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--crf", description = "Learn CRFs (SGD) instead of averaged perceptrons.")
    boolean crf;

    @Option(names = "--fold-epochs", defaultValue = "8", description = "Epochs of the per-fold models (default: ${DEFAULT-VALUE}).")
    int foldEpochs;

    @Option(names = "--seed", defaultValue = "42", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--seeds", defaultValue = "1", description = "Average the final models over this many "
            + "seeds (seed, seed+1, …): one model, same tagging cost (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--clusters", defaultValue = "1000", description = "Fine clusters when re-learning the lexicon.")
    int clusters;

    /** Runs the command on its own (until it is registered under {@code kulis train}). */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new TrainNerCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data.resolve(NerTraining.MILLIYET_TRAIN))) {
            System.err.println("Milliyet NER data not found under " + data.toAbsolutePath() + " (use --data DIR)");
            return 1;
        }
        if (relearnLexicon) {
            new WordClusterer(clusters, System.err).learn(data.resolve("news/kemik-42bin.jsonl"), lexicon);
        }
        NewsLexicon news = Files.isRegularFile(lexicon) ? NewsLexicon.read(lexicon) : NewsLexicon.EMPTY;
        NerTraining.Options d = NerTraining.Options.defaults();
        NerTraining.Options options =
                new NerTraining.Options(epochs, foldEpochs, d.folds(), d.isolated(), seed, d.pruneBelow(), crf, seeds,
                        d.bare(), d.caps(), d.lower());
        NewsNames previous = NewsNames.EMPTY;
        for (int round = 1; relearnNames && round <= rounds; round++) {
            System.err.printf("news names round %d of %d: training a tagger to tag the news with%n", round, rounds);
            NerLexicons lex = NerLexicons.withNews(news, previous);
            // the news is tagged by a tagger of Milliyet alone (also with --wiki), so that the list follows
            // Milliyet's conventions (dev F1 88.78 with it against 87.90 with a list from a Milliyet+Wiki tagger)
            NerModel tagger = NerTraining.train(data, lex, false, options, System.err);
            new NewsNameLearner(new NerTagger(tagger, new FeatureExtractor(lex, MorphFeatures.ABSENT)),
                    System.err).learn(data.resolve("news/kemik-42bin.jsonl"), names);
            previous = NewsNames.read(names);
        }
        NewsNames newsNames = Files.isRegularFile(names) ? NewsNames.read(names) : NewsNames.EMPTY;
        if (crossValidate > 0) {
            EntityScore score = NerCrossValidation.run(data, NerLexicons.withNews(news, newsNames),
                    noMorph ? MorphFeatures.ABSENT : MorphologyFeatures.shared(), wiki, options, crossValidate,
                    System.err);
            System.out.println("Milliyet train, " + crossValidate + "-fold cross-validation (" + score.goldCount(-1)
                    + " gold entities)" + (wiki ? ", each fold's model also trained on Turkish-Wiki-NER" : ""));
            System.out.print(score.report());
            System.out.printf("NER F1 %.2f%n", 100 * score.f1(-1));
            return 0;
        }
        // the news names above come from a tagger without morphology; the shipped model is trained with it
        NerModel model = NerTraining.train(data, NerLexicons.withNews(news, newsNames),
                noMorph ? MorphFeatures.ABSENT : MorphologyFeatures.shared(), wiki, options, System.err);
        Map<String, String> prov = new LinkedHashMap<>(model.provenance());
        // originalArgs() holds the whole command line ("train ner --wiki" under kulis): keep what follows "ner"
        java.util.List<String> args = spec.commandLine().getParseResult().originalArgs();
        int ner = args.indexOf("ner");
        prov.put("command", "kulis train ner " + String.join(" ", args.subList(ner + 1, args.size())));
        model = model.withProvenance(prov);
        NerTraining.write(model, out);
        System.err.println("wrote " + out + " (" + Files.size(out) / 1024 + " KB); provenance: " + out + ".txt");
        return 0;
    }
}
