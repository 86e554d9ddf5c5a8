package dev.kulis.store.index;

import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A pre-analysed token stream over an article's own tokens, so indexing does not run the tokenizer and the
 * morphology a second time. Offsets are the tokens' offsets into the article text (for highlighting); punctuation,
 * quote marks and symbols are skipped, as {@link dev.kulis.store.analysis.TurkishTextTokenizer} does. An optional
 * second term is stacked at the same position when it differs from the first (e.g. the folded surface beside the
 * folded lemma).
 */
public final class TokenListStream extends TokenStream {
    private static final Set<TokenKind> SKIPPED = Set.of(TokenKind.PUNCT, TokenKind.QUOTE, TokenKind.SYMBOL);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final List<Token> tokens;
    private final Function<Token, String> first;
    private final Function<Token, String> second;
    private final int finalOffset;
    private int next;
    private String stacked;
    private int stackedStart;
    private int stackedEnd;

    /** @param second the stacked term, or null for none */
    public TokenListStream(List<Token> tokens, Function<Token, String> first, Function<Token, String> second,
                           int finalOffset) {
        this.tokens = tokens;
        this.first = first;
        this.second = second;
        this.finalOffset = finalOffset;
    }

    @Override
    public void reset() {
        next = 0;
        stacked = null;
    }

    @Override
    public boolean incrementToken() {
        if (stacked != null) {
            clearAttributes();
            term.setEmpty().append(stacked);
            offset.setOffset(stackedStart, stackedEnd);
            position.setPositionIncrement(0);
            stacked = null;
            return true;
        }
        while (next < tokens.size()) {
            Token t = tokens.get(next++);
            if (SKIPPED.contains(t.kind())) {
                continue;
            }
            clearAttributes();
            String a = first.apply(t);
            term.setEmpty().append(a);
            offset.setOffset(t.start(), t.end());
            position.setPositionIncrement(1);
            if (second != null) {
                String b = second.apply(t);
                if (!b.equals(a)) {
                    stacked = b;
                    stackedStart = t.start();
                    stackedEnd = t.end();
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offset.setOffset(finalOffset, finalOffset);
    }
}
