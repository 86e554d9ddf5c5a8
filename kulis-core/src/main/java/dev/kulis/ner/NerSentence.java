package dev.kulis.ner;

import java.util.List;

/**
 * One sentence of NER data: tokens and their BIO label indices ({@link NerLabels}), of equal length.
 */
public record NerSentence(List<String> tokens, int[] labels) {
    public NerSentence {
        tokens = List.copyOf(tokens);
        if (labels.length != tokens.size()) {
            throw new IllegalArgumentException("tokens and labels differ in length");
        }
    }

    public int size() {
        return labels.length;
    }
}
