package org.khet.gateway;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Set;

/**
 * Streams one request to its service and the answer back. Hop-by-hop headers stay on their hop; an upstream
 * {@code Location} is rewritten to the gateway's address; an unreachable service is a 503 problem naming it
 * and a slow one a 504, never a hang.
 */
final class Forwarder {
    private static final Logger LOG = Logger.getLogger(Forwarder.class);
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");

    private final HttpClient client;
    private final GatewayConfig config;

    Forwarder(HttpClient client, GatewayConfig config) {
        this.client = client;
        this.config = config;
    }

    void forward(RoutingContext rc, RouteTable.Target target) {
        HttpServerRequest in = rc.request();
        in.pause();
        String query = in.query();
        URI base = target.base();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : 80)
                .setURI(target.path() + (query == null ? "" : "?" + query))
                .setTimeout(config.upstreamTimeout().toMillis());
        client.request(options).onComplete(ar -> {
            if (ar.failed()) {
                in.resume();
                unavailable(rc, target, ar.cause());
                return;
            }
            HttpClientRequest out = ar.result();
            copyHeaders(in.headers(), out.headers());
            out.putHeader("X-Forwarded-Host", in.authority() == null ? "" : in.authority().toString());
            out.putHeader("X-Forwarded-Prefix", RouteTable.PREFIX);
            String length = in.getHeader("Content-Length");
            if (length != null) {
                out.putHeader("Content-Length", length);
            } else if (in.getHeader("Transfer-Encoding") != null) {
                out.setChunked(true);
            }
            out.send(in).onComplete(resp -> {
                if (resp.failed()) {
                    unavailable(rc, target, resp.cause());
                    return;
                }
                relay(rc, target, resp.result());
            });
        });
    }

    private void relay(RoutingContext rc, RouteTable.Target target, HttpClientResponse upstream) {
        HttpServerResponse out = rc.response();
        if (out.ended() || out.closed()) {
            return;
        }
        out.setStatusCode(upstream.statusCode());
        copyHeaders(upstream.headers(), out.headers());
        String location = upstream.getHeader("Location");
        if (location != null) {
            out.putHeader("Location", rewriteLocation(location, target, rc));
        }
        String length = upstream.getHeader("Content-Length");
        if (length != null) {
            out.putHeader("Content-Length", length);
        } else {
            out.setChunked(true);
        }
        upstream.pipeTo(out);
    }

    /** {@code http://school:8081/v1/schools/1} → {@code <gateway>/api/v1/schools/1}. */
    static String rewriteLocation(String location, RouteTable.Target target, RoutingContext rc) {
        URI loc = URI.create(location);
        String path = loc.isAbsolute() ? loc.getRawPath() : location.split("\\?")[0];
        String query = loc.getRawQuery();
        if (!path.startsWith("/v1/")) {
            return location;
        }
        String host = rc.request().authority() == null ? "" : rc.request().authority().toString();
        String scheme = rc.request().scheme() == null ? "http" : rc.request().scheme();
        return scheme + "://" + host + RouteTable.PREFIX + path + (query == null ? "" : "?" + query);
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        for (var e : from) {
            if (!HOP_BY_HOP.contains(e.getKey().toLowerCase())) {
                to.add(e.getKey(), e.getValue());
            }
        }
    }

    private void unavailable(RoutingContext rc, RouteTable.Target target, Throwable cause) {
        boolean timeout = cause instanceof java.util.concurrent.TimeoutException
                || String.valueOf(cause.getMessage()).toLowerCase().contains("timeout");
        LOG.warnf("%s service unavailable for %s: %s", target.service(), rc.normalizedPath(), cause.toString());
        if (rc.response().headWritten()) {
            rc.response().reset();
            return;
        }
        if (timeout) {
            Problems.send(rc, 504, "upstream-timeout", "The service did not answer in time",
                    "the " + target.service() + " service did not answer within " + config.upstreamTimeout().toMillis() + " ms");
        } else {
            Problems.send(rc, 503, "unavailable", "Service unavailable",
                    "the " + target.service() + " service is not reachable");
        }
    }
}
