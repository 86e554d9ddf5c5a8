package dev.kulis.model;

/** A sentence: its span and the index range {@code [firstToken, lastToken)} of its tokens in the article. */
public record Sentence(int start, int end, int firstToken, int lastToken) implements Span {
    public Sentence {
        Span.check(start, end);
    }

    public int tokenCount() {
        return lastToken - firstToken;
    }
}
