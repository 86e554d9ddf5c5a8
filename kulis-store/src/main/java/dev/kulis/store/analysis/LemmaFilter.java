package dev.kulis.store.analysis;

import dev.kulis.morph.Analysis;
import dev.kulis.morph.Morphology;
import dev.kulis.text.TurkishCase;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each word by the lemma of its best reading from {@link Morphology}, in Turkish lower case:
 * {@code seçimlerde} → {@code seçim}, {@code Kocaoğlu'nun} → {@code kocaoğlu}.
 *
 * <p>Put it before any lower-casing: the morphology reads capitals ({@code Kocaoğluna} is a name with a case
 * suffix, {@code kocaoğluna} is an unknown word), and lower-cases the lemma itself.
 */
public final class LemmaFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Morphology morphology;

    public LemmaFilter(TokenStream in) {
        this(in, Morphology.shared());
    }

    public LemmaFilter(TokenStream in, Morphology morphology) {
        super(in);
        this.morphology = morphology;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        List<Analysis> readings = morphology.analyze(term.toString());
        String lemma = readings.get(0).lemma();
        if (lemma != null && !lemma.isEmpty()) {
            term.setEmpty().append(TurkishCase.lower(lemma));
        }
        return true;
    }
}
