package dev.kulis.store;

/**
 * One search result.
 *
 * @param id       the article's id
 * @param headline the metadata headline, or the first non-blank line of the text
 * @param score    Lucene's relevance score (higher is better; comparable within one search only)
 */
public record ArticleHit(String id, String headline, float score) {
}
