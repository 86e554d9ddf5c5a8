package dev.kulis.model;

/** The role a block of text plays in an article. Only LEAD and BODY blocks count as paragraphs. */
public enum ParagraphKind {
    HEADLINE,
    LEAD,
    BODY,
    SUBHEADING,
    CAPTION
}
