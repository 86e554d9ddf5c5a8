package dev.kulis.server.routes;

import dev.kulis.store.search.SearchRequest;

/** Page bounds shared by the list endpoints; the same as the archive's so both refuse alike. */
final class Limits {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = SearchRequest.MAX_LIMIT;
    static final int MAX_OFFSET = SearchRequest.MAX_OFFSET;

    private Limits() {
    }
}
