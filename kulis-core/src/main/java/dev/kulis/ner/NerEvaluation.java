package dev.kulis.ner;

import java.util.List;

/**
 * Scores a tagger against gold sentences (tokens as given, split suffixes included), tagged as one running
 * text in their order, as {@code kulis ner --conll} tags a file.
 */
public final class NerEvaluation {
    private NerEvaluation() {
    }

    public static EntityScore evaluate(NerTagger tagger, List<NerSentence> gold) {
        EntityScore score = new EntityScore();
        List<int[]> pred = tagger.labelDocument(gold.stream().map(NerSentence::tokens).toList());
        for (int k = 0; k < gold.size(); k++) {
            score.add(gold.get(k).labels(), pred.get(k));
        }
        return score;
    }
}
