package dev.kulis.server.web;

import dev.kulis.server.http.ApiException;
import dev.kulis.server.routes.Routes;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The web UI: {@code /} is the page, {@code /ui/<name>} its scripts and styles, read from the classpath. Names
 * are one plain segment with a known extension, so no request can reach any other resource.
 */
public final class WebAssets implements Routes {
    private static final String ROOT = "/dev/kulis/server/web/";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}\\.(js|css|svg|html)");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml; charset=utf-8",
            "html", "text/html; charset=utf-8");

    private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

    @Override
    public void register(Javalin app) {
        app.get("/", ctx -> ctx.contentType(TYPES.get("html")).result(asset("index.html")));
        app.get("/ui/{name}", ctx -> {
            String name = ctx.pathParam("name");
            if (!NAME.matcher(name).matches()) {
                throw ApiException.notFound("no such file");
            }
            ctx.contentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1))).result(asset(name));
        });
    }

    private byte[] asset(String name) {
        return cache.computeIfAbsent(name, WebAssets::load)
                .orElseThrow(() -> ApiException.notFound("no such file: " + name));
    }

    private static Optional<byte[]> load(String name) {
        try (InputStream in = WebAssets.class.getResourceAsStream(ROOT + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
