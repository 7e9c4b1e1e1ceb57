package org.khet.kit.security;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keeps the gateway's {@code X-Request-Id} (or makes one for a direct call), echoes it in the response, puts it in
 * the logging MDC as {@code requestId} and writes one access log line per API request (category
 * {@code org.khet.access}) with it, so a request can be followed from the gateway's log into the service's.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Logger ACCESS = Logger.getLogger("org.khet.access");
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    /** The incoming id when it is a sane token, otherwise a new UUID. */
    public static String keepOrMake(String incoming) {
        return incoming != null && VALID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    void install(@Observes Router router) {
        router.route().order(-200).handler(rc -> {
            String id = keepOrMake(rc.request().getHeader(HEADER));
            rc.put(MDC_KEY, id);
            rc.request().headers().set(HEADER, id);
            rc.response().putHeader(HEADER, id);
            MDC.put(MDC_KEY, id);
            String path = rc.request().path();
            if (path != null && !path.startsWith("/q/")) {
                long start = System.nanoTime();
                String method = rc.request().method().name();
                rc.addEndHandler(done -> ACCESS.infof("%s %s %d %d ms requestId=%s", method, path,
                        rc.response().getStatusCode(), (System.nanoTime() - start) / 1_000_000, id));
            }
            rc.next();
        });
    }
}
