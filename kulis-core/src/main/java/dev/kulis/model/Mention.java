package dev.kulis.model;

/**
 * A mention of an entity: the surface text with its suffixes, and the base form without them.
 *
 * @param grammaticalCase nominal case of the mention's head (Nom, Dat, …), or null
 */
public record Mention(int start, int end, String text, String base, String type, String grammaticalCase,
                      double confidence) implements Span {
    public Mention {
        Span.check(start, end);
    }
}
