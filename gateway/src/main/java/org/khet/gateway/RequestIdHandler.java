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

    static String of(RoutingContext rc) {
        return rc.get(KEY);
    }

    @Override
    public void handle(RoutingContext rc) {
        String incoming = rc.request().getHeader(HEADER);
        String id = incoming != null && VALID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        rc.put(KEY, id);
        MDC.put(KEY, id);
        rc.response().putHeader(HEADER, id);
        String path = rc.request().path();
        if (path != null && path.startsWith(RouteTable.PREFIX + "/")) {
            long start = System.nanoTime();
            rc.addEndHandler(done -> {
                String service = rc.get(SERVICE);
                String client = rc.get(CLIENT);
                ACCESS.infof("%s %s %d %.1f ms service=%s client=%s requestId=%s", rc.request().method().name(), path,
                        rc.response().getStatusCode(), (System.nanoTime() - start) / 1e6,
                        service == null ? "-" : service, client == null ? "-" : client, id);
            });
        }
        rc.next();
    }
}
