package dev.kulis.ner;

import java.util.List;

/** Scores a tagger against gold sentences (tokens as given, split suffixes included). */
public final class NerEvaluation {
    private NerEvaluation() {
    }

    public static EntityScore evaluate(NerTagger tagger, List<NerSentence> gold) {
        EntityScore score = new EntityScore();
        for (NerSentence s : gold) {
            score.add(s.labels(), tagger.labels(s.tokens()));
        }
        return score;
    }
}
