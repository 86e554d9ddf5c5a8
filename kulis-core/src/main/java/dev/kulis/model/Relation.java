package dev.kulis.model;

/** A typed link between two entities (spouse, family, member_of, …) with its evidence span. */
public record Relation(String type, EntityRef a, EntityRef b, int start, int end, String text) implements Span {
    public Relation {
        Span.check(start, end);
    }
}
