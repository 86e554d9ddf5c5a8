package dev.kulis.model;

/** A block of the article's text between line breaks, with the role it plays. */
public record Paragraph(int start, int end, ParagraphKind kind) implements Span {
    public Paragraph {
        Span.check(start, end);
    }
}
