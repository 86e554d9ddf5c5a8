package dev.kulis.server.routes;

import dev.kulis.server.http.ApiException;
import dev.kulis.server.http.Json;
import dev.kulis.server.http.Params;
import dev.kulis.store.Archive;
import dev.kulis.store.registry.EntitySummary;
import io.javalin.Javalin;
import java.util.List;
import java.util.Set;

/** {@code GET /api/entities?q=&limit=} (find by any name form) and {@code GET /api/entities/{id}} (one page). */
public final class EntityRoutes implements Routes {
    private final Archive archive;
    private final int maxText;

    public EntityRoutes(Archive archive, int maxText) {
        this.archive = archive;
        this.maxText = maxText;
    }

    /** A list answer in the shape of the other list endpoints. */
    public record EntityList(long total, List<EntitySummary> hits) {
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/entities", ctx -> {
            Params p = new Params(ctx, maxText).allow(Set.of("q", "limit"));
            List<EntitySummary> hits = archive.entities(p.text("q"),
                    p.integer("limit", Limits.DEFAULT_LIMIT, 1, Limits.MAX_LIMIT));
            Json.send(ctx, new EntityList(hits.size(), hits));
        });
        app.get("/api/entities/<id>", ctx -> {
            String id = new Params(ctx, maxText).allow(Set.of()).id("id");
            Json.send(ctx, archive.entity(id).orElseThrow(() -> ApiException.notFound("no entity " + id)));
        });
    }
}
