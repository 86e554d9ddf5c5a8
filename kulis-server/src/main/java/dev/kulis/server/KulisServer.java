package dev.kulis.server;

import dev.kulis.pipeline.Pipeline;
import dev.kulis.pipeline.Pipelines;
import dev.kulis.server.http.ApiErrors;
import dev.kulis.server.http.JettyErrors;
import dev.kulis.server.http.SecurityHeaders;
import dev.kulis.server.http.TokenGuard;
import dev.kulis.server.routes.ArticleRoutes;
import dev.kulis.server.routes.ClusterRoutes;
import dev.kulis.server.routes.EntityRoutes;
import dev.kulis.server.routes.GraphRoutes;
import dev.kulis.server.routes.QuoteRoutes;
import dev.kulis.server.routes.Routes;
import dev.kulis.server.routes.SearchRoutes;
import dev.kulis.server.routes.StatusRoutes;
import dev.kulis.server.web.WebAssets;
import dev.kulis.store.Archive;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * {@code kulis serve}: the HTTP JSON API over an {@link Archive} and the web UI. Reads are open; writes go to an
 * {@link ArticleSink} (none: read-only) and need the bearer token when one is configured.
 */
public final class KulisServer implements AutoCloseable {
    private static final List<HandlerType> METHODS =
            List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    private final Javalin app;
    private final ServerConfig config;
    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /** One registered endpoint, its path in Javalin's syntax ({@code /api/articles/<id>}). */
    public record Route(String method, String path) {
    }

    private KulisServer(Archive archive, ArticleSink sink, ServerConfig config, Supplier<Pipeline> pipeline) {
        this.config = config;
        Ingester ingester = sink == null ? null : new Ingester(sink, pipeline);
        int maxText = config.maxQueryChars();
        List<Routes> resources = List.of(
                new SearchRoutes(archive, maxText),
                new ArticleRoutes(archive, ingester, maxText, config.maxBodyBytes()),
                new EntityRoutes(archive, maxText),
                new QuoteRoutes(archive, maxText),
                new ClusterRoutes(archive, maxText),
                new GraphRoutes(archive, maxText),
                new StatusRoutes(archive, ingester != null),
                new WebAssets());
        TokenGuard guard = new TokenGuard(config.token());
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.startupWatcherEnabled = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.prefer405over404 = true;
            c.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            c.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JettyErrors()));
            c.events.handlerAdded(h -> {
                if (METHODS.contains(h.getHttpMethod())) {
                    routes.add(new Route(h.getHttpMethod().name(), h.getPath()));
                }
            });
        });
        app.before(ctx -> {
            SecurityHeaders.apply(ctx);
            guard.check(ctx);
        });
        ApiErrors.install(app);
        resources.forEach(r -> r.register(app));
    }

    /** @param sink where posted articles go, or null for a read-only server */
    public static KulisServer create(Archive archive, ArticleSink sink, ServerConfig config) {
        return new KulisServer(archive, sink, config, Pipelines::standard);
    }

    /** As {@link #create(Archive, ArticleSink, ServerConfig)} with a given annotation pipeline (tests). */
    public static KulisServer create(Archive archive, ArticleSink sink, ServerConfig config,
                                     Supplier<Pipeline> pipeline) {
        return new KulisServer(archive, sink, config, pipeline);
    }

    public KulisServer start() {
        app.start(config.host(), config.port());
        return this;
    }

    /** The bound port (the real one when the configured port was 0). */
    public int port() {
        return app.port();
    }

    public URI uri() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    @Override
    public void close() {
        app.stop();
    }
}
