package dev.kulis.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/** Writes API responses: UTF-8 JSON with snake_case names, as the annotate JSON spells them. */
public final class Json {
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static void send(Context ctx, int status, Object body) {
        try {
            raw(ctx, status, MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + body.getClass().getSimpleName(), e);
        }
    }

    public static void send(Context ctx, Object body) {
        send(ctx, 200, body);
    }

    /** Sends JSON that is already text (the stored annotate JSON of an article). */
    public static void raw(Context ctx, int status, String json) {
        ctx.status(status).contentType(CONTENT_TYPE).result(json.getBytes(StandardCharsets.UTF_8));
    }
}
