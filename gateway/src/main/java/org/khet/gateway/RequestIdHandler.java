package org.khet.gateway;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * First handler of every request: keeps the client's {@code X-Request-Id} when it is sane, or makes one; the
 * forwarder passes it to the service (whose kit logs it too), the response echoes it, and the access log line of
 * each /api request carries it with the service, the client and the time taken.
 */
final class RequestIdHandler implements Handler<RoutingContext> {
    static final String HEADER = "X-Request-Id";
    static final String KEY = "requestId";
    static final String SERVICE = "khet.service";
    static final String CLIENT = "khet.client";
    private static final Logger ACCESS = Logger.getLogger("org.khet.access");
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    /** A random version-4 UUID without SecureRandom's cost on every request (an id, not a secret). */
    static String newId() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    static String of(RoutingContext rc) {
        return rc.get(KEY);
    }

    @Override
    public void handle(RoutingContext rc) {
        String incoming = rc.request().getHeader(HEADER);
        String id = incoming != null && VALID.matcher(incoming).matches() ? incoming : newId();
        rc.put(KEY, id);
        MDC.put(KEY, id);
        rc.response().putHeader(HEADER, id);
        String path = rc.request().path();
        if (path != null && path.startsWith(RouteTable.PREFIX + "/")) {
            long start = System.nanoTime();
            rc.addEndHandler(done -> {
                String service = rc.get(SERVICE);
                String client = rc.get(CLIENT);
                long micros = (System.nanoTime() - start) / 1000;
                ACCESS.info(rc.request().method().name() + " " + path + " " + rc.response().getStatusCode() + " "
                        + micros / 1000 + "." + (micros % 1000) / 100 + " ms service=" + (service == null ? "-" : service)
                        + " client=" + (client == null ? "-" : client) + " requestId=" + id);
            });
        }
        rc.next();
    }
}
