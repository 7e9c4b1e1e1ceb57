package org.khet.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Sends one request to its service and the answer back (in one write when small, else streamed). Hop-by-hop
 * headers stay on their hop; the bearer token and the request id go on; an upstream {@code Location} is rewritten to
 * the gateway's address. An unreachable service is a 503 problem naming it, a slow one a 504, a service that keeps
 * failing is cut off by its circuit breaker (503 at once, with {@code Retry-After}) — never a hang or a bare 502.
 */
final class Forwarder {
    private static final Logger LOG = Logger.getLogger(Forwarder.class);
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");

    /** Answers up to this size are sent in one write with their length; larger ones are streamed. */
    static final int BUFFERED_ANSWER_LIMIT = 64 * 1024;

    private final Supplier<HttpClient> newClient;
    private final Map<Thread, HttpClient> clients = new ConcurrentHashMap<>();
    private final GatewayConfig config;
    private final RouteTable table;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    Forwarder(Supplier<HttpClient> newClient, GatewayConfig config, RouteTable table) {
        this.newClient = newClient;
        this.config = config;
        this.table = table;
    }

    /**
     * The upstream client of the calling event loop. Each event loop has its own connection pool, whose connections
     * are opened on that loop (Vert.x opens a pooled connection on the caller's loop): the request from the client,
     * the upstream request and its answer are then handled on one thread. With one pool shared by all loops a
     * request arriving on one loop took a connection opened on another, and every upstream event crossed threads
     * (an eventfd write, a wake-up and a read each way: about as much CPU as the rest of the proxying).
     */
    private HttpClient client() {
        Thread loop = Thread.currentThread();
        HttpClient client = clients.get(loop);
        return client != null ? client : clients.computeIfAbsent(loop, t -> newClient.get());
    }

    CircuitBreaker breaker(String service) {
        return breakers.computeIfAbsent(service, s -> new CircuitBreaker(config.circuitBreaker().failureThreshold(),
                config.circuitBreaker().openFor().toMillis()));
    }

    Duration timeout(String service) {
        return config.upstreamTimeouts().getOrDefault(service, config.upstreamTimeout());
    }

    /** The wait for this request's answer: a feed upload's own, else its service's. */
    Duration timeout(RouteTable.Target target, HttpMethod method) {
        return isFeedUpload(method, target.path()) ? config.feedTimeout() : timeout(target.service());
    }

    /** A POST or PUT of a feed file: every service's feed endpoints end in {@code /feed}. */
    static boolean isFeedUpload(HttpMethod method, String path) {
        return (method == HttpMethod.POST || method == HttpMethod.PUT) && path.endsWith("/feed");
    }

    void forward(RoutingContext rc, RouteTable.Target target) {
        CircuitBreaker breaker = breaker(target.service());
        long now = System.currentTimeMillis();
        if (!breaker.allow(now)) {
            long wait = breaker.retryAfterSeconds(now);
            rc.response().putHeader("Retry-After", String.valueOf(wait));
            Problems.send(rc, 503, "unavailable", "Service unavailable", "the " + target.service()
                    + " service is unavailable: it failed " + breaker.failures() + " times in a row, the gateway tries it again in "
                    + wait + " s", target.service());
            return;
        }
        HttpServerRequest in = rc.request();
        in.pause();
        String query = in.query();
        URI base = target.base();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : 80)
                .setURI(target.path() + (query == null ? "" : "?" + query))
                .setTimeout(timeout(target, in.method()).toMillis());
        // a GET or HEAD without a body can go again on another connection when the one it went on was closed
        // under it (a service closing idle keep-alive connections, or restarting): that is not a failure of the service
        boolean retriable = (in.method() == HttpMethod.GET || in.method() == HttpMethod.HEAD)
                && in.getHeader("Content-Length") == null && in.getHeader("Transfer-Encoding") == null;
        if (retriable) {
            in.resume();
        }
        attempt(rc, target, breaker, options, retriable, retriable ? 1 : 0);
    }

    /** @param bodiless the request has no body (it is then not piped, and may be sent again) */
    private void attempt(RoutingContext rc, RouteTable.Target target, CircuitBreaker breaker, RequestOptions options,
                         boolean bodiless, int retries) {
        HttpServerRequest in = rc.request();
        client().request(options).onComplete(ar -> {
            if (ar.failed()) {
                if (!bodiless) {
                    in.resume();
                }
                unavailable(rc, target, ar.cause());
                return;
            }
            HttpClientRequest out = ar.result();
            copyHeaders(in.headers(), out.headers());
            out.putHeader(RequestIdHandler.HEADER, RequestIdHandler.of(rc));
            out.putHeader("X-Forwarded-Host", in.authority() == null ? "" : in.authority().toString());
            out.putHeader("X-Forwarded-Proto", in.scheme() == null ? "http" : in.scheme());
            out.putHeader("X-Forwarded-Prefix", RouteTable.PREFIX);
            String client = in.remoteAddress() == null ? null : in.remoteAddress().hostAddress();
            if (client != null) {
                String prior = in.getHeader("X-Forwarded-For");
                out.putHeader("X-Forwarded-For", prior == null ? client : prior + ", " + client);
            }
            String length = in.getHeader("Content-Length");
            if (length != null) {
                out.putHeader("Content-Length", length);
            } else if (in.getHeader("Transfer-Encoding") != null) {
                out.setChunked(true);
            }
            (bodiless ? out.send() : out.send(in)).onComplete(resp -> {
                if (resp.failed()) {
                    if (retries > 0 && resp.cause() instanceof HttpClosedException && !rc.response().headWritten()) {
                        LOG.debugf("%s closed the connection under %s; sending it again", target.service(), rc.normalizedPath());
                        attempt(rc, target, breaker, options, true, retries - 1);
                        return;
                    }
                    unavailable(rc, target, resp.cause());
                    return;
                }
                relay(rc, target, resp.result(), breaker);
            });
        });
    }

    private void relay(RoutingContext rc, RouteTable.Target target, HttpClientResponse upstream, CircuitBreaker breaker) {
        breaker.success();
        HttpServerResponse out = rc.response();
        if (out.ended() || out.closed()) {
            return;
        }
        out.setStatusCode(upstream.statusCode());
        copyHeaders(upstream.headers(), out.headers());
        out.headers().set(RequestIdHandler.HEADER, RequestIdHandler.of(rc));
        String location = upstream.getHeader("Location");
        if (location != null) {
            out.putHeader("Location", rewriteLocation(location, target, rc));
        }
        String length = upstream.getHeader("Content-Length");
        if (length != null) {
            out.putHeader("Content-Length", length);
        }
        // An answer of up to BUFFERED_ANSWER_LIMIT bytes (the usual JSON) is collected and sent in one write, with its
        // length; a larger one is streamed as it comes (chunked unless the service gave its length). Streaming every
        // answer cost a write per upstream chunk plus one for the end: three system calls for a 10 KB answer.
        // The chunks are held as they came and written as one composite buffer (a gathering write): appending them
        // to one growing array copied a 10 KB answer about three times over: 40 % of the bytes the gateway allocated.
        HeldAnswer held = new HeldAnswer();
        // piped by hand: a client that goes away mid-answer must not make the gateway write to a closed response
        out.closeHandler(v -> upstream.request().reset());
        upstream.handler(chunk -> {
            if (out.ended() || out.closed()) {
                return;
            }
            if (held.streaming) {
                out.write(chunk);
            } else if (held.bytes + chunk.length() <= BUFFERED_ANSWER_LIMIT) {
                held.add(chunk);
                return;
            } else {
                held.add(chunk);
                held.streaming = true;
                if (length == null) {
                    out.setChunked(true);
                }
                out.write(held.take());
            }
            if (out.writeQueueFull()) {
                upstream.pause();
                out.drainHandler(d -> upstream.resume());
            }
        });
        upstream.exceptionHandler(e -> {
            if (!out.ended() && !out.closed()) {
                out.reset();
            }
        });
        upstream.endHandler(v -> {
            if (out.ended() || out.closed()) {
                return;
            }
            if (held.streaming || held.bytes == 0) {
                out.end();                      // streamed, or nothing to send (HEAD, 204, 304): Vert.x frames it
            } else {
                out.end(held.take());           // one write: head and body, with the body's length
            }
        });
        upstream.resume();
    }

    /** The chunks of an answer held until its end (or until it proves larger than BUFFERED_ANSWER_LIMIT). */
    static final class HeldAnswer {
        private final ArrayList<Buffer> chunks = new ArrayList<>(4);
        int bytes;
        boolean streaming;

        void add(Buffer chunk) {
            chunks.add(chunk);
            bytes += chunk.length();
        }

        /** The held chunks as one buffer, without copying them (a Netty composite over the chunks' own memory). */
        Buffer take() {
            Buffer joined;
            if (chunks.size() == 1) {
                joined = chunks.get(0);
            } else {
                ByteBuf[] parts = new ByteBuf[chunks.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = chunks.get(i).getByteBuf();
                }
                joined = Buffer.buffer(Unpooled.wrappedBuffer(parts));
            }
            chunks.clear();
            bytes = 0;
            return joined;
        }
    }

    /**
     * {@code http://school:8081/v1/schools/1} (a service names itself by whatever host it thinks it has) →
     * {@code <gateway>/api/v1/schools/1}; a location outside {@code /v1/} is left as it is.
     */
    String rewriteLocation(String location, RouteTable.Target target, RoutingContext rc) {
        URI loc;
        try {
            loc = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        String path = loc.getRawPath();
        if (path == null || !path.startsWith("/v1/")) {
            return location;
        }
        String query = loc.getRawQuery();
        String host = rc.request().authority() == null ? "" : rc.request().authority().toString();
        String scheme = rc.request().scheme() == null ? "http" : rc.request().scheme();
        return scheme + "://" + host + table.gatewayPath(target.service(), path) + (query == null ? "" : "?" + query);
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        for (var e : from) {
            if (!HOP_BY_HOP.contains(e.getKey().toLowerCase())) {
                to.add(e.getKey(), e.getValue());
            }
        }
    }

    private void unavailable(RoutingContext rc, RouteTable.Target target, Throwable cause) {
        if (cause instanceof ConnectionPoolTooBusyException) {
            // the service answers, only not this many at once: not a failure of the service (the circuit stays closed)
            LOG.debugf("%s service overloaded for %s (requestId=%s): %s", target.service(), rc.normalizedPath(),
                    RequestIdHandler.of(rc), cause.getMessage());
            rc.response().putHeader("Retry-After", "1");
            Problems.send(rc, 503, "overloaded", "Service overloaded",
                    "the " + target.service() + " service has " + config.maxWaitingPerService()
                            + " requests waiting already; try again shortly", target.service());
            return;
        }
        breaker(target.service()).failure(System.currentTimeMillis());
        boolean timeout = cause instanceof java.util.concurrent.TimeoutException
                || String.valueOf(cause.getMessage()).toLowerCase().contains("timeout period");
        LOG.warnf("%s service unavailable for %s (requestId=%s): %s", target.service(), rc.normalizedPath(),
                RequestIdHandler.of(rc), cause.toString());
        if (rc.response().headWritten()) {
            rc.response().reset();
            return;
        }
        if (timeout) {
            Problems.send(rc, 504, "upstream-timeout", "The service did not answer in time",
                    "the " + target.service() + " service did not answer within "
                            + timeout(target, rc.request().method()).toMillis() + " ms",
                    target.service());
        } else {
            rc.response().putHeader("Retry-After",
                    String.valueOf(Math.max(1, config.circuitBreaker().openFor().toSeconds())));
            Problems.send(rc, 503, "unavailable", "Service unavailable",
                    "the " + target.service() + " service is not reachable", target.service());
        }
    }
}
