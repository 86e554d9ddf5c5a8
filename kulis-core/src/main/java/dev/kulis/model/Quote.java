package dev.kulis.model;

/**
 * A statement reported in the article.
 *
 * @param kind  direct, indirect, mixed or headline
 * @param cue   the reporting verb as written ({@code dedi}, {@code diye konuştu})
 */
public record Quote(String kind, int start, int end, String text, String cue, int cueStart, int cueEnd,
                    EntityRef speaker, EntityRef addressee, double confidence) implements Span {
    public Quote {
        Span.check(start, end);
    }
}
