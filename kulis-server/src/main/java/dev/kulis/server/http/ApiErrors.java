package dev.kulis.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the JSON of {@link ErrorBody} with the right status: the client never sees a stack
 * trace or an HTML error page, and unexpected failures are logged here with a generic message sent.
 */
public final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    public static void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.getMessage()));
        // The archive checks its arguments and says what was wrong (limit, offset, facet, query syntax).
        app.exception(IllegalArgumentException.class, (e, ctx) -> send(ctx, 400, e.getMessage()));
        // Javalin's own refusals: no such route (404), wrong method (405), body over its limit (413).
        app.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), message(e, ctx)));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            send(ctx, 500, "internal error (logged on the server)");
        });
    }

    public static void send(Context ctx, int status, String message) {
        Json.send(ctx, status, ErrorBody.of(status, message == null || message.isBlank()
                ? ErrorBody.reason(status) : message));
    }

    private static String message(HttpResponseException e, Context ctx) {
        String route = ctx.method() + " " + Params.clip(ctx.path());
        return switch (e.getStatus()) {
            case 404 -> "no route " + route;
            case 405 -> "method not allowed: " + route;
            case 413 -> "request body too large";
            default -> e.getMessage();
        };
    }
}
