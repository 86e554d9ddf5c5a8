package dev.kulis.ner;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * K-fold cross-validation of the whole training recipe on Milliyet train: each contiguous fold (whole articles)
 * is tagged, as running text, by a model trained on the other folds (plus Turkish-Wiki-NER when asked), its
 * epochs still chosen on Milliyet dev. Scores pool over the folds: about 25,000 entities against dev's 3,069,
 * so a change is measured with a far smaller error than dev alone gives (dev F1 moves ±0.6 by sampling).
 * The shipped news names were learned by a tagger trained on all of Milliyet train, so the figure is slightly
 * optimistic; comparisons between recipes share that bias.
 */
public final class NerCrossValidation {
    private NerCrossValidation() {
    }

    /** The pooled score over {@code folds} folds. */
    public static EntityScore run(Path data, NerLexicons lexicons, Function<String, MorphFeatures> morphology,
                                  boolean withWiki, NerTraining.Options options, int folds, PrintStream log) {
        List<NerSentence> gold = ConllNer.read(data.resolve(NerTraining.MILLIYET_TRAIN));
        List<NerSentence> dev = ConllNer.read(data.resolve(NerTraining.MILLIYET_DEV));
        List<NerSentence> wiki = withWiki ? NerTraining.wiki(data, lexicons, options) : List.of();
        int n = gold.size();
        EntityScore pooled = new EntityScore();
        for (int f = 0; f < folds; f++) {
            int from = (int) ((long) n * f / folds), to = (int) ((long) n * (f + 1) / folds);
            List<NerSentence> train = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                if (s < from || s >= to) {
                    train.add(SuffixTokens.joinSentence(gold.get(s)));
                }
            }
            train.addAll(wiki);
            log.printf("cross-validation fold %d of %d: training on %,d sentences%n", f + 1, folds, train.size());
            NerModel model = NerTraining.train(train, "cross-validation fold " + (f + 1), dev, lexicons,
                    morphology, options, log);
            NerTagger tagger = new NerTagger(model, new FeatureExtractor(lexicons, morphology));
            EntityScore fold = NerEvaluation.evaluate(tagger, gold.subList(from, to));
            log.printf("fold %d: sentences %,d–%,d, F1 %.2f%n", f + 1, from + 1, to, 100 * fold.f1(-1));
            pooled.addAll(fold);
        }
        return pooled;
    }
}
