package dev.kulis.model;

import java.util.List;

/**
 * One article and everything Kulis has read in it. Every annotation is a span over {@link #text()}, the
 * decoded input text as given; annotators return a new article rather than changing this one.
 */
public record Article(String id, String text, Metadata metadata, List<Paragraph> paragraphs,
                     List<Sentence> sentences, List<Token> tokens, List<Entity> entities, List<Quote> quotes,
                     List<Role> roles, List<Relation> relations, List<Event> events, List<TimeExpression> times) {
    public Article {
        if (id == null || text == null) {
            throw new IllegalArgumentException("an article needs an id and a text");
        }
        metadata = metadata == null ? Metadata.empty() : metadata;
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        roles = List.copyOf(roles);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
        times = List.copyOf(times);
    }

    /** A freshly read article: text, metadata and layout, no annotations yet. */
    public static Article read(String id, String text, Metadata metadata, List<Paragraph> paragraphs) {
        return new Article(id, text, metadata, paragraphs, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    public Article withTokens(List<Sentence> s, List<Token> t) {
        return new Article(id, text, metadata, paragraphs, s, t, entities, quotes, roles, relations, events, times);
    }

    public Article withEntities(List<Entity> e) {
        return new Article(id, text, metadata, paragraphs, sentences, tokens, e, quotes, roles, relations, events,
                times);
    }

    public Article withQuotes(List<Quote> q) {
        return new Article(id, text, metadata, paragraphs, sentences, tokens, entities, q, roles, relations, events,
                times);
    }

    public Article withTimes(List<TimeExpression> t) {
        return new Article(id, text, metadata, paragraphs, sentences, tokens, entities, quotes, roles, relations, events,
                t);
    }

    public Article withRoles(List<Role> r) {
        return new Article(id, text, metadata, paragraphs, sentences, tokens, entities, quotes, r, relations, events,
                times);
    }

    public Article withRelations(List<Relation> r) {
        return new Article(id, text, metadata, paragraphs, sentences, tokens, entities, quotes, roles, r, events,
                times);
    }

    public Article withEvents(List<Event> e) {
        return new Article(id, text, metadata, paragraphs, sentences, tokens, entities, quotes, roles, relations, e,
                times);
    }

    public String covered(Span s) {
        return text.substring(s.start(), s.end());
    }
}
