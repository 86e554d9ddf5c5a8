package dev.kulis.model;

/** A time expression and its ISO 8601 value resolved against the article's date. */
public record TimeExpression(int start, int end, String text, String kind, String value) implements Span {
    public TimeExpression {
        Span.check(start, end);
    }
}
