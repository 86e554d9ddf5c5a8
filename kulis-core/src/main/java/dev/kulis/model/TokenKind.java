package dev.kulis.model;

/** What kind of thing a token is; decides how later layers (morphology, NER, quotes) treat it. */
public enum TokenKind {
    WORD,
    NUMBER,
    PUNCT,
    QUOTE,
    ABBREVIATION,
    URL,
    EMAIL,
    HASHTAG,
    MENTION,
    EMOTICON,
    SYMBOL
}
