package dev.kulis.model;

/**
 * The morphological reading chosen for one token.
 *
 * @param lemma      the base form (dictionary root), Turkish lower case except for proper nouns
 * @param pos        coarse part of speech (UD UPOS vocabulary: NOUN, PROPN, VERB, ADJ, …)
 * @param grammaticalCase nominal case (Nom, Acc, Dat, Loc, Abl, Gen, Ins, Equ) or null when not nominal
 * @param proper     whether the root is a proper noun
 * @param known      false when the analyser found no analysis and the reading is a fallback guess
 * @param analysis   the analyser's full analysis string, for inspection
 */
public record Morph(String lemma, String pos, String grammaticalCase, boolean proper, boolean known,
                    String analysis) {
}
