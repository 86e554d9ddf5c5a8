package dev.kulis.server.routes;

import dev.kulis.server.http.Json;
import dev.kulis.store.Archive;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/status} (archive size, whether it takes writes) and {@code GET /api/openapi.json}. */
public final class StatusRoutes implements Routes {
    private static final String OPENAPI = "/dev/kulis/server/openapi.json";

    private final Archive archive;
    private final boolean writable;
    private final byte[] openApi;

    public StatusRoutes(Archive archive, boolean writable) {
        this.archive = archive;
        this.writable = writable;
        this.openApi = load();
    }

    public record Status(String service, long articles, boolean writable) {
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/status", ctx -> Json.send(ctx, new Status("kulis", archive.size(), writable)));
        app.get("/api/openapi.json", ctx -> ctx.contentType(Json.CONTENT_TYPE).result(openApi));
    }

    private static byte[] load() {
        try (InputStream in = StatusRoutes.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OPENAPI);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OPENAPI, e);
        }
    }
}
