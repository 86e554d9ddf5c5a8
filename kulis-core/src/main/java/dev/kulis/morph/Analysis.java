package dev.kulis.morph;

import dev.kulis.model.Morph;

/**
 * One reading of a word form, as the morphology layer offers it.
 *
 * @param lemma       the base form under UD conventions (Turkish lower case, except proper nouns as written)
 * @param pos         UD UPOS of the whole word (after derivations): NOUN, PROPN, VERB, ADJ, NUM, PUNCT, X, …
 * @param rootPos     the analyser's part of speech of the root ({@code NOUN}, {@code VERB}, {@code POSTP}, …)
 * @param grammaticalCase nominal case of the last inflectional group (Nom, Acc, Dat, Loc, Abl, Gen, Ins, Equ) or null
 * @param proper      whether the root is a proper noun
 * @param known       false for fallback readings of words the analyser does not know
 * @param derivations number of derivational boundaries ({@code ^DB}) in the analysis
 * @param raw         the analyser's analysis string ({@code kitap+NOUN+A3PL+P1PL+ABL}) or a short tag for fallbacks
 * @param score       context-free log score of this reading among the word's readings (higher is likelier)
 */
public record Analysis(String lemma, String pos, String rootPos, String grammaticalCase, boolean proper,
                       boolean known, int derivations, String raw, double score) {

    public Analysis withScore(double s) {
        return new Analysis(lemma, pos, rootPos, grammaticalCase, proper, known, derivations, raw, s);
    }

    public Analysis withLemma(String l, boolean isProper) {
        return new Analysis(l, isProper && !pos.equals("PROPN") && pos.equals("NOUN") ? "PROPN" : pos, rootPos,
                grammaticalCase, isProper, known, derivations, raw, score);
    }

    /** This reading as the model's {@link Morph}. */
    public Morph toMorph() {
        return new Morph(lemma, pos, grammaticalCase, proper, known, raw);
    }
}
