package dev.kulis.store.search;

import java.util.List;
import java.util.Map;

/**
 * A search: the query in Lucene's classic syntax ({@code "…"} for phrases; all words required; blank = every
 * article), facet filters ({@code person → [Tunç Soyer]}: values of one facet are OR-ed, facets AND-ed), a page.
 *
 * @param from inclusive ISO date ({@code 2019-01} or {@code 2019-01-15}) or null
 * @param to   inclusive ISO date or null
 */
public record SearchRequest(String query, Map<String, List<String>> filters, String from, String to, int limit,
                            int offset) {
    public static final int MAX_LIMIT = 200;
    public static final int MAX_OFFSET = 10_000;

    public SearchRequest {
        query = query == null ? "" : query;
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be 0.." + MAX_OFFSET + ": " + offset);
        }
        for (String facet : filters.keySet()) {
            if (!Facets.NAMES.contains(facet)) {
                throw new IllegalArgumentException("unknown facet: " + facet + " (known: " + Facets.NAMES + ")");
            }
        }
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, Map.of(), null, null, limit, 0);
    }
}
