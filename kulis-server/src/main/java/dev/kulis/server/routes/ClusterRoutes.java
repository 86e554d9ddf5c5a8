package dev.kulis.server.routes;

import dev.kulis.server.http.ApiException;
import dev.kulis.server.http.Json;
import dev.kulis.server.http.Params;
import dev.kulis.store.Archive;
import io.javalin.Javalin;
import java.util.Set;

/** {@code GET /api/clusters/{id}}: the copies of one story, first published first. */
public final class ClusterRoutes implements Routes {
    private final Archive archive;
    private final int maxText;

    public ClusterRoutes(Archive archive, int maxText) {
        this.archive = archive;
        this.maxText = maxText;
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/clusters/<id>", ctx -> {
            String id = new Params(ctx, maxText).allow(Set.of()).id("id");
            Json.send(ctx, archive.cluster(id).orElseThrow(() -> ApiException.notFound("no story cluster " + id)));
        });
    }
}
