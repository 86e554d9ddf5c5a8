package dev.kulis.server;

import dev.kulis.model.Article;
import java.io.IOException;
import java.util.List;

/**
 * Where {@code POST /api/articles} puts the articles it has read and annotated: the archive's writer. Adding an
 * article whose id is already stored replaces it (re-ingesting is idempotent). Once this returns, searches see
 * the articles.
 */
@FunctionalInterface
public interface ArticleSink {
    void ingest(List<Posted> articles) throws IOException;

    /**
     * One posted article: as read (what a store hashes to recognise an unchanged re-post) and annotated (what it
     * keeps).
     */
    record Posted(Article read, Article annotated) {
    }
}
