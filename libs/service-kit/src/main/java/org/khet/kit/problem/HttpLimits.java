package org.khet.kit.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.khet.contracts.events.EventJson;

/**
 * The HTTP layer's refusals as problem+json: a body whose {@code Content-Length} is over
 * {@code quarkus.http.limits.max-body-size} is a 413, a request target longer than {@link #MAX_URI} a 414. Quarkus
 * answers both with an empty body; this handler runs just before its check (order -3 against its -2). The
 * HTTP decoder takes request lines up to {@code quarkus.http.limits.max-initial-line-length} (the kit's default:
 * 128 KiB) so that a long path reaches this handler; longer lines still get the decoder's bare 414.
 */
@ApplicationScoped
public class HttpLimits {
    /** The longest request target (path and query) a Khet service takes. */
    public static final int MAX_URI = 8192;

    private final long maxBody;

    public HttpLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.maxBody = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-3).handler(this::check);
    }

    void check(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri != null && uri.length() > MAX_URI) {
            refuse(rc, 414, "uri-too-long", "The request target is too long",
                    "the path and query are " + uri.length() + " characters long; at most " + MAX_URI + " are taken", null);
            return;
        }
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long n;
            try {
                n = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                refuse(rc, 400, "bad-request", "Bad Request", "Content-Length '" + length + "' is not a number", rc.normalizedPath());
                return;
            }
            if (n > maxBody) {
                refuse(rc, 413, "too-large", "The request body is too large", "the body has " + n
                        + " bytes; this service takes at most " + maxBody + "; nothing was stored", rc.normalizedPath());
                return;
            }
        }
        rc.next();
    }

    private static void refuse(RoutingContext rc, int status, String slug, String title, String detail, String instance) {
        Problem p = new Problem(Problem.type(slug), title, status, detail,
                instance == null ? null : instance.length() > 200 ? instance.substring(0, 200) + "…" : instance, null);
        // the body is not read: the connection cannot be reused
        rc.response().endHandler(v -> rc.request().connection().close());
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(EventJson.write(p));
    }
}
