package org.khet.gateway;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** problem+json answers made by the gateway itself (same shape as the services'). */
final class Problems {
    static final String TYPE_BASE = "https://khet.dev/problems/";

    private Problems() {
    }

    /** The request's path, cut short when it is absurdly long (a 414 names its length instead). */
    private static String instance(RoutingContext rc) {
        String path = rc.normalizedPath();
        return path != null && path.length() > 200 ? path.substring(0, 200) + "…" : path;
    }

    static void send(RoutingContext rc, int status, String slug, String title, String detail) {
        send(rc, status, slug, title, detail, null);
    }

    /**
     * {@code service}, when given, names the service the problem is about (a client can tell which one is down). A
     * problem about the web console itself is answered as a page in words ({@link ConsoleTrouble}): a browser asked.
     */
    static void send(RoutingContext rc, int status, String slug, String title, String detail, String service) {
        if (ProxyRoutes.CONSOLE.equals(service)) {
            ConsoleTrouble.send(rc, status);
            return;
        }
        JsonObject body = new JsonObject()
                .put("type", TYPE_BASE + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance(rc));
        if (service != null) {
            body.put("service", service);
        }
        String requestId = RequestIdHandler.of(rc);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        rc.response().setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(body.encode());
    }
}
