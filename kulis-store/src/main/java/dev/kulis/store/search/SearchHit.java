package dev.kulis.store.search;

/**
 * One article found.
 *
 * @param snippet plain text with the matched words between {@code <mark>} and {@code </mark>} (everything else
 *                HTML-escaped, so a page can insert it as HTML)
 * @param date    ISO date as far as the article gives it, or null
 * @param cluster id of the story cluster the article belongs to
 */
public record SearchHit(String id, String headline, String snippet, String date, String agency, String city,
                        String category, String cluster, float score) {
}
