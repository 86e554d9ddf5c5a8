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
    void ingest(List<Article> annotated) throws IOException;
}
