package dev.kulis.server.routes;

import dev.kulis.server.http.ApiException;
import dev.kulis.server.http.Json;
import dev.kulis.server.http.Params;
import dev.kulis.store.Archive;
import io.javalin.Javalin;
import java.util.Set;

/** {@code GET /api/graph?entity=&limit=}: who quotes, meets and mentions whom (around one entity, or overall). */
public final class GraphRoutes implements Routes {
    static final int DEFAULT_NODES = 40;

    private final Archive archive;
    private final int maxText;

    public GraphRoutes(Archive archive, int maxText) {
        this.archive = archive;
        this.maxText = maxText;
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/graph", ctx -> {
            Params p = new Params(ctx, maxText).allow(Set.of("entity", "limit"));
            String entity = p.text("entity");
            int limit = p.integer("limit", DEFAULT_NODES, 1, Limits.MAX_LIMIT);
            if (!entity.isEmpty() && archive.entity(entity).isEmpty()) {
                throw ApiException.notFound("no entity " + entity);
            }
            Json.send(ctx, archive.graph(entity.isEmpty() ? null : entity, limit));
        });
    }
}
