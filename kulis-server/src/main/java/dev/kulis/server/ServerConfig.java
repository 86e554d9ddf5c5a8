package dev.kulis.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where and how the server listens.
 *
 * @param host          the address to bind; anything but loopback needs a token
 * @param port          0 picks a free port
 * @param token         the bearer token every write (POST) must carry, or null (allowed on loopback only)
 * @param maxBodyBytes  largest request body accepted; larger ones get 413
 * @param maxQueryChars longest free-text parameter ({@code q}, {@code speaker}) accepted; longer ones get 400
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes, int maxQueryChars) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 7700;
    public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;
    public static final int DEFAULT_MAX_QUERY = 1_000;

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        token = token == null || token.isBlank() ? null : token;
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("binding to " + host
                    + " (not loopback) needs a token: --token or the KULIS_TOKEN environment variable");
        }
        if (maxBodyBytes < 1 || maxQueryChars < 1) {
            throw new IllegalArgumentException("size bounds must be positive");
        }
    }

    /** Loopback, the given port, no token, default bounds. */
    public static ServerConfig local(int port) {
        return new ServerConfig(LOOPBACK, port, null, DEFAULT_MAX_BODY, DEFAULT_MAX_QUERY);
    }

    public ServerConfig withToken(String t) {
        return new ServerConfig(host, port, t, maxBodyBytes, maxQueryChars);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, token, maxBodyBytes, maxQueryChars);
    }

    public ServerConfig withMaxBodyBytes(long max) {
        return new ServerConfig(host, port, token, max, maxQueryChars);
    }

    /** True for 127.0.0.0/8, ::1 and names that resolve only there ({@code localhost}). */
    public static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
