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

/**
 * Reproduces the shipped model from the shared data folder: Milliyet train (suffix tokens joined to their
 * word) for training, Milliyet dev for choosing the epoch; optionally Turkish-Wiki-NER train as extra data.
 */
public final class NerTraining {
    public static final String MILLIYET_TRAIN = "ner/milliyet/train.conll";
    public static final String MILLIYET_DEV = "ner/milliyet/dev.conll";
    public static final String WIKI_TRAIN = "ner/turkish-wiki-ner/train.conll";

    private NerTraining() {
    }

    /** Trains on the data under {@code data} and returns the model with its provenance filled in. */
    public static NerModel train(Path data, NerLexicons lexicons, boolean withWiki,
                                 PerceptronTrainer.Options options, PrintStream log) {
        long t0 = System.nanoTime();
        List<NerSentence> train = new ArrayList<>();
        for (NerSentence s : ConllNer.read(data.resolve(MILLIYET_TRAIN))) {
            train.add(SuffixTokens.joinSentence(s));
        }
        if (withWiki) {
            for (NerSentence s : ConllNer.read(data.resolve(WIKI_TRAIN))) {
                train.add(SuffixTokens.joinSentence(s));
            }
        }
        List<NerSentence> dev = ConllNer.read(data.resolve(MILLIYET_DEV));
        Map<String, String> prov = new LinkedHashMap<>();
        prov.put("model", "averaged structured perceptron, first-order Viterbi over BIO (PER, ORG, LOC)");
        prov.put("train.data", MILLIYET_TRAIN + (withWiki ? " + " + WIKI_TRAIN + " (PERSON→PER, ORG, GPE/LOC→LOC)" : "")
                + ", apostrophe suffix tokens joined to their word");
        prov.put("dev.data", MILLIYET_DEV + " (Milliyet tokenisation, entity-level F1, conlleval rules)");
        prov.put("lexicons", "news-lexicon (" + lexicons.news().size() + " words), org-heads, loc-heads,"
                + " person-before, person-after; gazetteer from train (10-fold jackknife while training)");
        prov.put("options", options.toString());
        prov.put("date", LocalDate.now().toString());
        PerceptronTrainer trainer = new PerceptronTrainer(new FeatureExtractor(lexicons, MorphFeatures.ABSENT),
                options, log);
        NerModel model = trainer.train(train, dev, prov);
        Runtime rt = Runtime.getRuntime();
        Map<String, String> p = new LinkedHashMap<>(model.provenance());
        p.put("train.seconds", String.format(Locale.ROOT, "%.0f", (System.nanoTime() - t0) / 1e9));
        p.put("train.heap.mb", Long.toString((rt.totalMemory() - rt.freeMemory()) >> 20));
        return model.withProvenance(p);
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
        b.append("# Milliyet NER (Tür, Hakkani-Tür & Oflazer 2003; research use).\n");
        model.provenance().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        b.append("size.bytes: ").append(Files.size(file)).append('\n');
        Files.writeString(file.resolveSibling(file.getFileName() + ".txt"), b.toString());
    }
}
