package dev.kulis.model;

/** A title held by a person, parsed into office, status and party, with its evidence span. */
public record Role(int start, int end, String text, EntityRef person, String office, String organization,
                   String status, EntityRef party) implements Span {
    public Role {
        Span.check(start, end);
    }
}
