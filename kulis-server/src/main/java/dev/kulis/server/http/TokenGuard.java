package dev.kulis.server.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Writes need {@code Authorization: Bearer <token>} when the server has a token (it must, off loopback); reads
 * are open. The comparison takes the same time whatever the guess.
 */
public final class TokenGuard {
    private final byte[] expected;

    /** @param token null: no token configured (loopback only), every write allowed */
    public TokenGuard(String token) {
        this.expected = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    public void check(Context ctx) {
        if (expected == null || isRead(ctx.method())) {
            return;
        }
        String header = ctx.header("Authorization");
        String prefix = "Bearer ";
        if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
            throw new ApiException(401, "this server needs Authorization: Bearer <token> for writes");
        }
        byte[] given = header.substring(prefix.length()).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new ApiException(401, "wrong token");
        }
    }

    private static boolean isRead(HandlerType method) {
        return method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS;
    }
}
