package dev.kulis.store.search;

import java.util.List;
import java.util.Map;

/** One page of hits, the total number of matching articles, and facet counts over all of them. */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
