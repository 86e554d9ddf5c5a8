package dev.kulis.store.analysis;

import dev.kulis.text.TurkishCase;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lower case without Turkish letters through {@link TurkishCase#foldAscii}, for users typing without them:
 * {@code Kılıçdaroğlu} → {@code kilicdaroglu}. Keeps the term's length.
 */
public final class AsciiFoldFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public AsciiFoldFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String folded = TurkishCase.foldAscii(term);
        folded.getChars(0, folded.length(), term.buffer(), 0);
        return true;
    }
}
