package dev.kulis.model;

/**
 * One token of the text. A word keeps its apostrophe suffix ({@code Kocaoğlu'na} is one token, as in UD).
 *
 * @param spaceAfter whether whitespace follows the token in the original text
 * @param morph      the chosen morphological reading, or null before the morphology layer has run
 */
public record Token(int start, int end, String text, TokenKind kind, boolean spaceAfter, Morph morph)
        implements Span {
    public Token {
        Span.check(start, end);
    }

    public Token withMorph(Morph m) {
        return new Token(start, end, text, kind, spaceAfter, m);
    }
}
