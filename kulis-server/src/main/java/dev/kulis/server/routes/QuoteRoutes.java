package dev.kulis.server.routes;

import dev.kulis.server.http.Json;
import dev.kulis.server.http.Params;
import dev.kulis.store.Archive;
import dev.kulis.store.search.QuoteRequest;
import io.javalin.Javalin;
import java.util.Set;

/** {@code GET /api/quotes?speaker=&q=&limit=&offset=}: statements by speaker (any name form) and/or words. */
public final class QuoteRoutes implements Routes {
    private final Archive archive;
    private final int maxText;

    public QuoteRoutes(Archive archive, int maxText) {
        this.archive = archive;
        this.maxText = maxText;
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/quotes", ctx -> {
            Params p = new Params(ctx, maxText).allow(Set.of("speaker", "q", "limit", "offset"));
            Json.send(ctx, archive.quotes(new QuoteRequest(p.text("speaker"), p.text("q"),
                    p.integer("limit", Limits.DEFAULT_LIMIT, 1, Limits.MAX_LIMIT),
                    p.integer("offset", 0, 0, Limits.MAX_OFFSET))));
        });
    }
}
