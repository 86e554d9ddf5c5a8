package dev.kulis.store.search;

/**
 * A quote search: by speaker name (any form: {@code Davutoğlu}, {@code davutoglu}, {@code Ahmet Davutoğlu}) and/or
 * words of the quote; either may be blank; a blank request lists the newest quotes.
 */
public record QuoteRequest(String speaker, String query, int limit, int offset) {
    public QuoteRequest {
        speaker = speaker == null ? "" : speaker;
        query = query == null ? "" : query;
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + SearchRequest.MAX_LIMIT + ": " + limit);
        }
        if (offset < 0 || offset > SearchRequest.MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be 0.." + SearchRequest.MAX_OFFSET + ": " + offset);
        }
    }
}
