package dev.kulis.store.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Cuts the suffix after an apostrophe ({@code '}, {@code ’}, {@code ‘}): {@code kocaoğlu'nun} → {@code kocaoğlu},
 * {@code 2014'teki} → {@code 2014}. A term that starts with an apostrophe is left alone.
 */
public final class ApostropheSuffixFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public ApostropheSuffixFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] b = term.buffer();
        for (int i = 1, n = term.length(); i < n; i++) {
            char c = b[i];
            if (c == '\'' || c == '’' || c == '‘') {
                term.setLength(i);
                break;
            }
        }
        return true;
    }
}
