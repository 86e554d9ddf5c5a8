package dev.kulis.server.routes;

import dev.kulis.server.IngestReport;
import dev.kulis.server.Ingester;
import dev.kulis.server.http.ApiException;
import dev.kulis.server.http.BoundedBody;
import dev.kulis.server.http.Json;
import dev.kulis.server.http.Params;
import dev.kulis.store.Archive;
import io.javalin.Javalin;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * {@code GET /api/articles/{id}}: the annotate JSON of one article; {@code POST /api/articles[?id=]}: read,
 * annotate and store the body (wire text, plain text, JSON Lines or HTML).
 */
public final class ArticleRoutes implements Routes {
    private final Archive archive;
    private final Ingester ingester;
    private final int maxText;
    private final long maxBody;

    /** @param ingester null for a read-only server: POST then answers 405 */
    public ArticleRoutes(Archive archive, Ingester ingester, int maxText, long maxBody) {
        this.archive = archive;
        this.ingester = ingester;
        this.maxText = maxText;
        this.maxBody = maxBody;
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/articles/<id>", ctx -> {
            String id = new Params(ctx, maxText).allow(Set.of()).id("id");
            Json.raw(ctx, 200, archive.articleJson(id).orElseThrow(() -> ApiException.notFound("no article " + id)));
        });
        app.post("/api/articles", ctx -> {
            Params p = new Params(ctx, maxText).allow(Set.of("id"));
            if (ingester == null) {
                throw new ApiException(405, "this archive is read-only");
            }
            byte[] body = BoundedBody.read(ctx, maxBody);
            if (body.length == 0) {
                throw ApiException.badRequest("empty body: send wire text, plain text, JSON Lines or HTML");
            }
            String id = p.text("id");
            IngestReport report = ingester.ingest(id.isEmpty() ? contentId(body) : id, body);
            if (report.ingested() == 0) {
                throw ApiException.badRequest("nothing could be read: " + (report.rejected().isEmpty()
                        ? "no article in the body" : report.rejected().get(0).reason()));
            }
            Json.send(ctx, 201, report);
        });
    }

    /** An id from the content, so posting the same text twice stores it once. */
    static String contentId(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "post-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
