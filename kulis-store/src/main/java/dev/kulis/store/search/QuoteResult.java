package dev.kulis.store.search;

import java.util.List;

/** One page of quotes and the total number that matched. */
public record QuoteResult(long total, List<QuoteHit> hits) {
    public QuoteResult {
        hits = List.copyOf(hits);
    }
}
