package dev.kulis.server.routes;

import dev.kulis.server.http.Json;
import dev.kulis.server.http.Params;
import dev.kulis.store.Archive;
import dev.kulis.store.search.Facets;
import dev.kulis.store.search.SearchRequest;
import io.javalin.Javalin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code GET /api/search?q=&limit=&offset=&from=&to=&<facet>=…}: articles with snippets and facet counts. */
public final class SearchRoutes implements Routes {
    static final Set<String> PARAMS = Stream.concat(Stream.of("q", "limit", "offset", "from", "to"),
            Facets.NAMES.stream()).collect(Collectors.toUnmodifiableSet());

    private final Archive archive;
    private final int maxText;

    public SearchRoutes(Archive archive, int maxText) {
        this.archive = archive;
        this.maxText = maxText;
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/search", ctx -> {
            Params p = new Params(ctx, maxText).allow(PARAMS);
            Map<String, List<String>> filters = new LinkedHashMap<>();
            for (String facet : Facets.NAMES) {
                List<String> values = p.all(facet);
                if (!values.isEmpty()) {
                    filters.put(facet, values);
                }
            }
            SearchRequest request = new SearchRequest(p.text("q"), filters, p.date("from"), p.date("to"),
                    p.integer("limit", Limits.DEFAULT_LIMIT, 1, Limits.MAX_LIMIT),
                    p.integer("offset", 0, 0, Limits.MAX_OFFSET));
            Json.send(ctx, archive.search(request));
        });
    }
}
