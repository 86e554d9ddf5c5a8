package dev.kulis.store.analysis;

import dev.kulis.text.TurkishCase;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Turkish lower case ({@code İ} → {@code i}, {@code I} → {@code ı}) through {@link TurkishCase}, in place. */
public final class TurkishLowerFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public TurkishLowerFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] b = term.buffer();
        for (int i = 0, n = term.length(); i < n; i++) {
            b[i] = TurkishCase.lower(b[i]);
        }
        return true;
    }
}
