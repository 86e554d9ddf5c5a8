package dev.kulis.store.index;

import dev.kulis.model.Token;
import dev.kulis.text.TurkishCase;

/**
 * The index terms of one annotated token, matching what {@link dev.kulis.store.analysis.TurkishAnalyzers} makes
 * of the same word at query time: surface (lower case, apostrophe suffix cut), lemma (the lemma chosen in context,
 * lower case), folded (the lemma without Turkish letters).
 */
public final class TokenTerms {
    private TokenTerms() {
    }

    public static String surface(Token t) {
        String lower = TurkishCase.lower(t.text());
        for (int i = 1; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\'' || c == '’' || c == '‘') {
                return lower.substring(0, i);
            }
        }
        return lower;
    }

    public static String lemma(Token t) {
        String lemma = t.morph() == null ? null : t.morph().lemma();
        return lemma == null || lemma.isEmpty() ? TurkishCase.lower(t.text()) : TurkishCase.lower(lemma);
    }

    public static String folded(Token t) {
        return TurkishCase.foldAscii(lemma(t));
    }
}
