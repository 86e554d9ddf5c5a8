package dev.kulis.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a request body up to a bound, also when the client sends no length (chunked): the server never holds
 * more than the bound plus one byte of a body it refuses.
 */
public final class BoundedBody {
    private BoundedBody() {
    }

    public static byte[] read(Context ctx, long max) {
        long declared = ctx.contentLength();
        if (declared > max) {
            throw ApiException.tooLarge(max);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw ApiException.tooLarge(max);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }
}
