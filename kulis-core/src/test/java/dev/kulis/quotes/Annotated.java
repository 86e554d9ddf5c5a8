package dev.kulis.quotes;

import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import dev.kulis.model.Quote;
import dev.kulis.pipeline.Pipeline;
import dev.kulis.pipeline.Pipelines;
import dev.kulis.wire.WireParser;
import java.util.List;

/** Test helper: a wire story read and run through the standard pipeline (which ends with the quote layer). */
final class Annotated {
    private static final Pipeline PIPELINE = Pipelines.standard();

    private Annotated() {
    }

    static Article story(String id, String text) {
        return PIPELINE.annotate(new WireParser().parse(id, text, Metadata.empty()));
    }

    /** The quote whose text contains {@code needle}, or an assertion error. */
    static Quote quote(Article a, String needle) {
        return a.quotes().stream().filter(q -> q.text().contains(needle)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with \"" + needle + "\" among "
                        + a.quotes().stream().map(Quote::text).toList()));
    }

    static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    static String addressee(Quote q) {
        return q.addressee() == null ? null : q.addressee().name();
    }

    static List<String> texts(Article a) {
        return a.quotes().stream().map(Quote::text).toList();
    }
}
