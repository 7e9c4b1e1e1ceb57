package org.khet.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The gateway's request pipeline on the Quarkus router: request id and access log (every request) → bearer token
 * authentication and per-client rate limit ({@code /api/*}) → the proxy to the owning service; every other path but
 * the management ones → the web console, when {@code khet.gateway.console} names it (docs/adr/0028).
 */
@ApplicationScoped
public class ProxyRoutes {
    /** The web console's name in logs, problems and the circuit breaker. */
    static final String CONSOLE = "web";
    /** The paths the console serves: all but the API, Quarkus's management paths, the API documents and health. */
    static final String CONSOLE_PATHS = "^/(?!(api|q|openapi)(/|$)|health$).*";
    private final RouteTable table;
    private final GatewayConfig config;
    private final SecurityConfig security;
    private final TokenVerifier verifier;
    private final List<Pattern> publicPaths;
    private RateLimiter limiter;
    private Forwarder forwarder;

    private final long maxBodySize;

    public ProxyRoutes(RouteTable table, GatewayConfig config, SecurityConfig security, TokenVerifier verifier,
                       @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.limits.max-body-size",
                               defaultValue = "10240K") io.quarkus.runtime.configuration.MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.table = table;
        this.config = config;
        this.security = security;
        this.verifier = verifier;
        this.publicPaths = security.publicPaths().orElse(List.of()).stream().map(Pattern::compile).toList();
    }

    void install(@Observes Router router, Vertx vertx) {
        HttpClientOptions options = new HttpClientOptions()
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setConnectTimeout((int) config.connectTimeout().toMillis());
        PoolOptions pool = new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerService())
                .setMaxWaitQueueSize(config.maxWaitingPerService());
        forwarder = new Forwarder(() -> vertx.createHttpClient(options, pool), config, table);
        if (config.rateLimit().enabled()) {
            limiter = new RateLimiter(config.rateLimit().requestsPerSecond(), config.rateLimit().burst());
            vertx.setPeriodic(60_000, id -> limiter.evictIdle(System.nanoTime()));
        }
        router.route().order(-200).handler(new RequestIdHandler());
        router.route().order(-3).handler(new HttpLimits(maxBodySize));
        router.route(RouteTable.PREFIX + "/*").order(5).handler(rc -> authenticate(rc, vertx));
        router.route(RouteTable.PREFIX + "/*").order(10).handler(this::forward);
        if (config.console().isPresent()) {
            // the web console owns every other path, "/" included: same origin as /api, so its pages call no one else
            URI console = config.console().get();
            router.routeWithRegex(CONSOLE_PATHS).order(20).handler(rc -> {
                rc.put(RequestIdHandler.SERVICE, CONSOLE);
                forwarder.forward(rc, new RouteTable.Target(CONSOLE, console, rc.request().path()));
            });
        } else {
            router.get("/").order(10).handler(rc -> rc.redirect("/q/swagger-ui/"));
        }
    }

    private void authenticate(RoutingContext rc, Vertx vertx) {
        String header = security.enabled() ? rc.request().getHeader("Authorization") : null;
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            admit(rc, null, header == null ? "a bearer token is required (Authorization: Bearer <token>)"
                    : "the Authorization header must be 'Bearer <token>'");
            return;
        }
        String token = header.substring(7).trim();
        String subject = verifier.cached(token);
        if (subject != null) {
            admit(rc, subject, null);
        } else if (verifier.mayBlock()) {
            // an OIDC provider's key set may have to be fetched: not on the event loop
            rc.request().pause();
            vertx.executeBlocking(() -> verifier.verify(token), false).onComplete(ar -> {
                rc.request().resume();
                admit(rc, ar.succeeded() ? ar.result() : null, ar.succeeded() ? null : ar.cause().getMessage());
            });
        } else {
            try {
                admit(rc, verifier.verify(token), null);
            } catch (org.khet.security.TokenRejected e) {
                admit(rc, null, e.getMessage());
            }
        }
    }

    /** Rate-limits the client (its token subject, else its address), then lets it through or answers 401/429. */
    private void admit(RoutingContext rc, String subject, String rejection) {
        String client = subject != null ? "sub:" + subject : "ip:" + address(rc);
        rc.put(RequestIdHandler.CLIENT, client);
        if (limiter != null) {
            RateLimiter.Decision d = limiter.acquire(client, System.nanoTime());
            if (!d.allowed()) {
                rc.response().putHeader("Retry-After", String.valueOf(d.retryAfterSeconds()))
                        .putHeader("RateLimit-Limit", String.valueOf(limiter.burst()))
                        .putHeader("RateLimit-Remaining", "0");
                Problems.send(rc, 429, "too-many-requests", "Too many requests",
                        "more than " + config.rateLimit().requestsPerSecond() + " requests per second (burst "
                                + limiter.burst() + ") from this client; retry after " + d.retryAfterSeconds() + " s");
                return;
            }
        }
        if (security.enabled() && subject == null && !isPublic(rc)) {
            String error = rejection != null && rejection.startsWith("a bearer token is required") ? "" : ", error=\"invalid_token\"";
            rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"khet\"" + error);
            Problems.send(rc, 401, "unauthorized", "Unauthorized", rejection);
            return;
        }
        rc.next();
    }

    private boolean isPublic(RoutingContext rc) {
        String path = rc.normalizedPath().substring(RouteTable.PREFIX.length());
        return publicPaths.stream().anyMatch(p -> p.matcher(path).matches());
    }

    private String address(RoutingContext rc) {
        if (config.rateLimit().trustForwardedFor()) {
            String forwarded = rc.request().getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].trim();
            }
        }
        return rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
    }

    private void forward(RoutingContext rc) {
        Optional<RouteTable.Target> target = table.resolve(rc.normalizedPath());
        if (target.isEmpty()) {
            Problems.send(rc, 404, "not-found", "Not found", "no service serves " + rc.normalizedPath());
            return;
        }
        rc.put(RequestIdHandler.SERVICE, target.get().service());
        forwarder.forward(rc, target.get());
    }
}
