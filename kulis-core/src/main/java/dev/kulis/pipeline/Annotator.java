package dev.kulis.pipeline;

import dev.kulis.model.Article;

/**
 * One step of annotation: a pure function of the article (plus models loaded once), thread-safe, no I/O, so
 * that the same step runs in the CLI, the server and a stream task.
 */
public interface Annotator {
    /** A short name for logs and benchmarks ({@code text}, {@code morph}, {@code ner}, …). */
    String name();

    Article annotate(Article article);
}
