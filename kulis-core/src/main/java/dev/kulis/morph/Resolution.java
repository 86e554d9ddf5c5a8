package dev.kulis.morph;

import java.util.List;

/**
 * What the lexicon says about a word-shaped form, before statistics and lemma conventions are applied: either the
 * analyser's readings (to be scored and lemmatised) or one finished analysis (apostrophe words, names that lost
 * their apostrophe, unknown words). This is what {@link MorphTable} stores, so the shipped table stays valid when
 * the lemma statistics or conventions change.
 *
 * @param readings the analyser's readings, in the analyser's order, or null when {@code fixed} is set
 * @param fixed    the finished analysis (score 0), or null
 */
record Resolution(List<Reading> readings, Analysis fixed) {
    static Resolution of(List<Reading> readings) {
        return new Resolution(List.copyOf(readings), null);
    }

    static Resolution of(Analysis fixed) {
        return new Resolution(null, fixed);
    }
}
