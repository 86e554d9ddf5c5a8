package dev.kulis.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Reproduces the shipped model from the shared data folder: Milliyet train (suffix tokens joined to their
 * word) for training, Milliyet dev for choosing epochs; optionally Turkish-Wiki-NER train as extra data.
 *
 * <p>Steps: (1) split the training sentences into contiguous folds (whole articles stay together); each
 * fold's gazetteer features come from a gazetteer of the other folds, so the model learns how far a name
 * list can be trusted on names it has not seen. (2) Train a local model per fold on the other folds and
 * label the fold with it, giving honest local labels for the whole training set. (3) Train the local model
 * on everything. (4) Train the document model on local features plus {@link DocumentFeatures} computed from
 * the held-out local labels; some sentences are seen as if alone, so that single sentences tag well too.
 */
public final class NerTraining {
    public static final String MILLIYET_TRAIN = "ner/milliyet/train.conll";
    public static final String MILLIYET_DEV = "ner/milliyet/dev.conll";
    public static final String WIKI_TRAIN = "ner/turkish-wiki-ner/train.conll";

    /**
     * @param epochs     maximum epochs of the final models (the best on dev is kept)
     * @param foldEpochs epochs of the per-fold local models
     * @param folds      contiguous folds for the gazetteer and the held-out local labels
     * @param isolated   share of training sentences the document model sees without neighbours
     * @param seed       seed for shuffling (training is deterministic)
     * @param pruneBelow averaged perceptron weights below this (absolute) are dropped
     * @param crf        learn with a CRF (SGD, L2) instead of the averaged perceptron
     * @param seeds      the final models are the average of this many runs (seeds seed, seed+1, …)
     * @param bare       share of Wiki sentences with apostrophe suffixes written without the apostrophe
     * @param caps       share of Wiki sentences written in capitals ({@link SpellingVariants})
     * @param lower      share of Wiki sentences written in lower case
     */
    public record Options(int epochs, int foldEpochs, int folds, double isolated, long seed, float pruneBelow,
                          boolean crf, int seeds, double bare, double caps, double lower) {
        public static Options defaults() {
            return new Options(12, 8, 5, 0.15, 42, 0.005f, false, 1, 0.5, 0.2, 0.1);
        }
    }

    private NerTraining() {
    }

    /** Trains on the data under {@code data} and returns the model with its provenance filled in. */
    public static NerModel train(Path data, NerLexicons lexicons, boolean withWiki, Options options, PrintStream log) {
        return train(data, lexicons, MorphFeatures.ABSENT, withWiki, options, log);
    }

    /**
     * As {@link #train(Path, NerLexicons, boolean, Options, PrintStream)}, with morphology features; tag with
     * {@link NerTagger#load} given the same function.
     */
    public static NerModel train(Path data, NerLexicons lexicons, Function<String, MorphFeatures> morphology,
                                 boolean withWiki, Options options, PrintStream log) {
        List<NerSentence> train = new ArrayList<>();
        for (NerSentence s : ConllNer.read(data.resolve(MILLIYET_TRAIN))) {
            train.add(SuffixTokens.joinSentence(s));
        }
        if (withWiki) {
            train.addAll(wiki(data, lexicons, options));
        }
        String described = MILLIYET_TRAIN + (withWiki ? " + " + WIKI_TRAIN + " (PERSON→PER, ORG, GPE/LOC→LOC;"
                + " facilities, names with -li, countries as organisations, names inside events and signs inside"
                + " names brought to Milliyet's conventions by WikiConventions; " + pct(options.bare())
                + " of its sentences that have an apostrophe suffix written without apostrophes, "
                + pct(options.caps()) + " of all in capitals, " + pct(options.lower()) + " in lower case)" : "")
                + ", apostrophe suffix tokens joined to their word; " + train.size() + " sentences";
        return train(train, described, ConllNer.read(data.resolve(MILLIYET_DEV)), lexicons, morphology, options, log);
    }

    /**
     * Turkish-Wiki-NER train, its tags brought to Milliyet's conventions ({@link WikiConventions}), suffixes joined,
     * a share of it spelled without apostrophes or in capitals ({@link SpellingVariants}).
     */
    static List<NerSentence> wiki(Path data, NerLexicons lexicons, Options options) {
        List<NerSentence> out = new ArrayList<>();
        WikiConventions conventions = new WikiConventions(lexicons.orgHeads()::contains, lexicons.names()::get);
        for (NerSentence s : ConllNer.read(data.resolve(WIKI_TRAIN), conventions::retag)) {
            out.add(SuffixTokens.joinSentence(s));
        }
        // the Wiki sentences also teach names spelled without apostrophes, in capitals and in lower case; rewriting
        // Milliyet's instead (30% / 10%) cost cross-validation 0.25, the Wiki's (50% / 20%) 0.06, and a tenth of
        // the Wiki in lower case gained 0.11 (docs/evaluation/ner.md)
        return SpellingVariants.rewrite(out, options.bare(), options.caps(), options.lower(), options.seed());
    }

    /**
     * Trains on {@code train} (joined tokenisation, articles in reading order), choosing epochs on {@code dev}
     * (Milliyet tokenisation); {@code described} says what the training data is, for the provenance.
     */
    static NerModel train(List<NerSentence> train, String described, List<NerSentence> dev, NerLexicons lexicons,
                          Function<String, MorphFeatures> morphology, Options options, PrintStream log) {
        long t0 = System.nanoTime();
        FeatureExtractor fx = new FeatureExtractor(lexicons, morphology);
        SequenceLearner learner = options.crf() ? new Crf(options.seed(), 1.0, 0.1, log)
                : new Perceptron(options.seed(), options.pruneBelow(), log);
        SequenceLearner finalLearner = learner;
        if (options.seeds() > 1) {
            long[] seeds = new long[options.seeds()];
            for (int i = 0; i < seeds.length; i++) {
                seeds[i] = options.seed() + i;
            }
            finalLearner = new SeedAverage(seeds, seed -> options.crf() ? new Crf(seed, 1.0, 0.1, log)
                    : new Perceptron(seed, options.pruneBelow(), log), log);
        }

        int n = train.size(), folds = options.folds();
        int[] foldOf = new int[n];
        for (int s = 0; s < n; s++) {
            foldOf[s] = (int) ((long) s * folds / n);
        }
        List<long[][]> local = new ArrayList<>(n);
        List<int[]> gold = new ArrayList<>(n);
        List<List<String>> tokens = new ArrayList<>(n);
        List<DocumentFeatures.Words> words = new ArrayList<>(n);
        for (int f = 0; f < folds; f++) {
            List<NerSentence> others = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                if (foldOf[s] != f) {
                    others.add(train.get(s));
                }
            }
            Gazetteer gaz = Gazetteer.build(others);
            for (int s = 0; s < n; s++) {
                if (foldOf[s] == f) {
                    local.add(extract(fx, train.get(s).tokens(), gaz, words));
                    gold.add(train.get(s).labels());
                    tokens.add(train.get(s).tokens());
                }
            }
        }
        log.printf("features extracted: %,d sentences (%.0f s)%n", n, secs(t0));

        List<int[]> stage1 = new ArrayList<>(n);
        for (int f = 0; f < folds; f++) {
            List<long[][]> k = new ArrayList<>();
            List<int[]> y = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                if (foldOf[s] != f) {
                    k.add(local.get(s));
                    y.add(gold.get(s));
                }
            }
            log.printf("fold %d of %d: local model for held-out labels%n", f + 1, folds);
            LinearModel m = learner.train(k, y, options.foldEpochs(), null);
            for (int s = 0; s < n; s++) {
                if (foldOf[s] == f) {
                    stage1.add(m.decode(local.get(s), tokens.get(s)));
                }
            }
        }
        EntityScore heldOut = new EntityScore();
        for (int s = 0; s < n; s++) {
            heldOut.add(gold.get(s), stage1.get(s));
        }
        log.printf("held-out local labels done: cross-validated train F1 %.2f (%.0f s)%n", 100 * heldOut.f1(-1),
                secs(t0));

        Gazetteer full = Gazetteer.build(train);
        List<SuffixTokens.Joined> devJoined = new ArrayList<>();
        List<List<String>> devTokens = new ArrayList<>();
        List<DocumentFeatures.Words> devWords = new ArrayList<>();
        List<long[][]> devLocal = new ArrayList<>();
        for (NerSentence s : dev) {
            SuffixTokens.Joined j = SuffixTokens.join(s.tokens());
            devJoined.add(j);
            devTokens.add(j.tokens());
            devLocal.add(extract(fx, j.tokens(), full, devWords));
        }
        log.println("local model:");
        LinearModel localModel = finalLearner.train(local, gold, options.epochs(),
                m -> score(dev, devJoined, devLocal, m));
        int localEpoch = finalLearner.bestEpoch();
        double localF1 = finalLearner.bestScore();

        boolean[] isolated = new boolean[n];
        Random rnd = new Random(options.seed());
        for (int s = 0; s < n; s++) {
            isolated[s] = rnd.nextDouble() < options.isolated();
        }
        List<long[][]> docKeys = DocumentFeatures.extend(words, local, stage1, DocumentFeatures.WINDOW, isolated);
        local = null;
        List<int[]> devStage1 = new ArrayList<>();
        for (int k = 0; k < devLocal.size(); k++) {
            devStage1.add(localModel.decode(devLocal.get(k), devTokens.get(k)));
        }
        List<long[][]> devDoc = DocumentFeatures.extend(devWords, devLocal, devStage1, DocumentFeatures.WINDOW, null);
        log.println("document model:");
        LinearModel docModel = finalLearner.train(docKeys, gold, options.epochs(),
                m -> score(dev, devJoined, devDoc, m));

        List<int[]> devGold = new ArrayList<>();
        for (NerSentence s : dev) {
            devGold.add(SuffixTokens.joinSentence(s).labels());
        }
        TemperatureFit.Result confidence = TemperatureFit.fit(docModel, devDoc, devTokens, devGold);
        log.println("confidence: " + confidence.describe());

        Runtime rt = Runtime.getRuntime();
        Map<String, String> prov = new LinkedHashMap<>();
        prov.put("model", (options.seeds() > 1 ? "each the weight average of " + options.seeds() + " seeds' runs: " : "")
                + (options.crf() ? "two linear-chain CRFs (SGD, L2)" : "two averaged structured perceptrons")
                + " (local, then document-level), first-order Viterbi over BILOU (PER, ORG, LOC); weights stored"
                + " as bfloat16");
        prov.put("train.data", described);
        prov.put("dev.data", MILLIYET_DEV + " (Milliyet tokenisation, entity-level F1, conlleval rules)");
        prov.put("lexicons", "news-lexicon.tsv.gz (" + lexicons.news().size() + " words), news-names.tsv.gz ("
                + lexicons.names().size() + " stems), org-heads, loc-heads,"
                + " person-before, person-after (head nouns with their inflected and plural forms); a name-spelling"
                + " classifier learned from the news names when the lexicons load; gazetteer of train names ("
                + full.phraseCount() + " phrases)");
        prov.put("morphology", morphology == MorphFeatures.ABSENT ? "none"
                : morphology.getClass().getSimpleName() + " (best reading's lemma, UPOS, case, proper/known;"
                + " any proper reading; neighbours' UPOS, case and lemma; lemma news capitalisation and train names)");
        prov.put("options", options.toString() + ", document window ±" + DocumentFeatures.WINDOW + " sentences");
        prov.put("epochs", String.format(Locale.ROOT, "local %d (dev F1 %.2f), document %d", localEpoch,
                100 * localF1, finalLearner.bestEpoch()));
        prov.put("dev.f1", String.format(Locale.ROOT, "%.2f", 100 * finalLearner.bestScore()));
        prov.put("features", localModel.featureCount() + " local + " + docModel.featureCount() + " document");
        prov.put("confidence", "a found name's probability under the document model's scores divided by a "
                + confidence.describe());
        prov.put("date", LocalDate.now().toString());
        prov.put("train.seconds", String.format(Locale.ROOT, "%.0f", secs(t0)));
        prov.put("train.heap.mb", Long.toString((rt.totalMemory() - rt.freeMemory()) >> 20)
                + " in use at the end (max heap " + (rt.maxMemory() >> 20) + " MB)");
        log.printf("done: dev F1 %.2f (%.0f s)%n", 100 * finalLearner.bestScore(), secs(t0));
        return new NerModel(localModel, docModel, full, prov, confidence.temperature());
    }

    /** The local keys of a sentence; its words, as the extractor read them, are added to {@code words}. */
    private static long[][] extract(FeatureExtractor fx, List<String> tokens, Gazetteer gaz,
                                    List<DocumentFeatures.Words> words) {
        FeatureExtractor.Form[] used = new FeatureExtractor.Form[tokens.size()];
        long[][] keys = fx.extract(tokens, gaz, fx.forms(gaz), used);
        words.add(DocumentFeatures.Words.of(used));
        return keys;
    }

    private static double score(List<NerSentence> dev, List<SuffixTokens.Joined> joined, List<long[][]> keys,
                                LinearModel m) {
        EntityScore score = new EntityScore();
        for (int k = 0; k < dev.size(); k++) {
            score.add(dev.get(k).labels(),
                    SuffixTokens.split(joined.get(k), m.decode(keys.get(k), joined.get(k).tokens())));
        }
        return score.f1(-1);
    }

    private static String pct(double share) {
        return Math.round(100 * share) + "%";
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Writes the model and a provenance sidecar ({@code <name>.txt}) beside it. */
    public static void write(NerModel model, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            model.write(out);
        }
        StringBuilder b = new StringBuilder();
        b.append("# Kulis NER model ").append(file.getFileName()).append(": provenance (written by kulis train ner)\n");
        b.append("# Trained on third-party data that is not shipped (see ../shared/data/README.md):\n");
        b.append("# Milliyet NER (Tür, Hakkani-Tür & Oflazer 2003; research use); word clusters and news names from\n");
        b.append("# YTÜ Kemik 42bin haber (research use).\n");
        if (model.provenance().getOrDefault("train.data", "").contains(WIKI_TRAIN)) {
            b.append("# Also Turkish-Wiki-NER (turkish-nlp-suite/Turkish-Wiki-NER-Dataset), CC BY-SA 4.0: the weights\n");
            b.append("# learned from it are shared under the same licence, with this attribution.\n");
        }
        model.provenance().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        b.append("size.bytes: ").append(Files.size(file)).append('\n');
        Files.writeString(file.resolveSibling(file.getFileName() + ".txt"), b.toString());
    }
}
