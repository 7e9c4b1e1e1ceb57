package org.khet.gateway;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP layer's refusals as problem+json, as the services' kit answers them: a body whose {@code Content-Length}
 * is over {@code quarkus.http.limits.max-body-size} is a 413, a request target over {@link #MAX_URI} characters a
 * 414. Quarkus answers both with an empty body; this handler runs just before its check (order -3 against -2).
 * {@code quarkus.http.limits.max-initial-line-length} (128 KiB) lets a long path reach it.
 */
final class HttpLimits implements Handler<RoutingContext> {
    static final int MAX_URI = 8192;
    private final long maxBody;

    HttpLimits(long maxBody) {
        this.maxBody = maxBody;
    }

    /** The body is not read: answer, then close the connection (it cannot be reused). */
    private static void closing(RoutingContext rc) {
        rc.response().putHeader("Connection", "close");
        rc.response().endHandler(v -> rc.request().connection().close());
    }

    @Override
    public void handle(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri != null && uri.length() > MAX_URI) {
            closing(rc);
            Problems.send(rc, 414, "uri-too-long", "The request target is too long",
                    "the path and query are " + uri.length() + " characters long; at most " + MAX_URI + " are taken");
            return;
        }
        String length = rc.request().getHeader("Content-Length");
        if (length != null) {
            long n;
            try {
                n = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 0 || n > maxBody) {
                closing(rc);
                Problems.send(rc, n < 0 ? 400 : 413, n < 0 ? "bad-request" : "too-large",
                        n < 0 ? "Bad Request" : "The request body is too large",
                        n < 0 ? "Content-Length '" + length + "' is not a number"
                                : "the body has " + n + " bytes; the gateway takes at most " + maxBody + "; nothing was stored");
                return;
            }
        }
        rc.next();
    }
}
