package dev.kulis.store.analysis;

import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.text.TurkishTokenizer;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A Lucene {@link Tokenizer} over Kulis's {@link TurkishTokenizer}: the index does not tokenise Turkish on its own.
 * Each token keeps its text as written (apostrophe suffixes included: {@code Kocaoğlu'nun}) and its offsets into the
 * original text; punctuation, quote marks and symbols are dropped without leaving position gaps.
 *
 * <p>The whole input is read into memory on {@link #reset()}: articles are small, and the text layer scans a string.
 */
public final class TurkishTextTokenizer extends Tokenizer {
    private static final TurkishTokenizer TOKENIZER = new TurkishTokenizer();
    private static final Set<TokenKind> SKIPPED = Set.of(TokenKind.PUNCT, TokenKind.QUOTE, TokenKind.SYMBOL);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final StringBuilder buffer = new StringBuilder();
    private Iterator<Token> tokens = List.<Token>of().iterator();
    private int length;

    @Override
    public void reset() throws IOException {
        super.reset();
        buffer.setLength(0);
        char[] chunk = new char[4096];
        for (int n = input.read(chunk); n >= 0; n = input.read(chunk)) {
            buffer.append(chunk, 0, n);
        }
        String text = buffer.toString();
        length = text.length();
        tokens = TOKENIZER.tokenize(text).iterator();
    }

    @Override
    public boolean incrementToken() {
        while (tokens.hasNext()) {
            Token t = tokens.next();
            if (SKIPPED.contains(t.kind())) {
                continue;
            }
            clearAttributes();
            term.setEmpty().append(t.text());
            offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
            position.setPositionIncrement(1);
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(length);
        offset.setOffset(last, last);
    }

    @Override
    public void close() throws IOException {
        super.close();
        tokens = List.<Token>of().iterator();
        buffer.setLength(0);
    }
}
