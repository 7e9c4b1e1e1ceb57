package org.khet.gateway;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** problem+json answers made by the gateway itself (same shape as the services'). */
final class Problems {
    static final String TYPE_BASE = "https://khet.dev/problems/";

    private Problems() {
    }

    static void send(RoutingContext rc, int status, String slug, String title, String detail) {
        send(rc, status, slug, title, detail, null);
    }

    /** {@code service}, when given, names the service the problem is about (a client can tell which one is down). */
    static void send(RoutingContext rc, int status, String slug, String title, String detail, String service) {
        JsonObject body = new JsonObject()
                .put("type", TYPE_BASE + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", rc.normalizedPath());
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
