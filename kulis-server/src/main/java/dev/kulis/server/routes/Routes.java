package dev.kulis.server.routes;

import io.javalin.Javalin;

/** The endpoints of one resource, registered on the app. */
public interface Routes {
    void register(Javalin app);
}
