package org.khet.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's typed configuration ({@code khet.gateway.*}): owned paths, timeouts, circuit breaker, rate limit. */
@ConfigMapping(prefix = "khet.gateway")
public interface GatewayConfig {

    /**
     * The web console's base URL ({@code khet.gateway.console}): every path outside {@code /api}, {@code /q},
     * {@code /openapi} and {@code /health} goes there, so the console is served at {@code /} on the API's origin.
     * Without it {@code /} leads to the Swagger UI.
     */
    Optional<URI> console();

    /** Base URL of each service by name. */
    Map<String, URI> services();

    /**
     * The path prefixes each service owns, by service name: {@code /v1/schools}, or a template whose {@code *} segment
     * stands for any one segment, {@code /v1/areas/*}{@code /budget}. The longest matching prefix wins (see RouteTable).
     */
    Map<String, List<String>> owns();

    /** Paths every service serves for itself, reached at the gateway with the service's name: {@code /v1/budget/changes}. */
    @WithDefault("/v1/changes,/v1/feed-jobs")
    List<String> perServicePaths();

    /** How long the gateway waits for a service's answer (no byte for this long) before a 504 problem. */
    @WithDefault("30s")
    Duration upstreamTimeout();

    /** A longer or shorter wait for one service by name (e.g. report rendering a DOCX). */
    Map<String, Duration> upstreamTimeouts();

    /**
     * How long the gateway waits for a service's answer to a feed upload (a POST or PUT to a path ending in
     * {@code /feed}), whatever the service's own timeout: a large feed is read, authorized and looked up before its
     * job's 202, and a small one is stored in the request, both longer than a read on a loaded machine. Answering 504
     * would tell the sender it failed while it is being stored (ADR 0039).
     */
    @WithDefault("10m")
    Duration feedTimeout();

    /** How long the gateway tries to connect to a service before a 503 problem. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Most pooled connections to one service from one event loop (the gateway keeps a pool per event loop). */
    @WithDefault("64")
    int maxConnectionsPerService();

    /**
     * Most requests waiting for a pooled connection to one service, per event loop. Past it the service is
     * overloaded: the gateway answers 503 problem+json with {@code Retry-After} at once, instead of letting requests
     * queue until its timeout answers them 504 — and the service then still does work nobody waits for (ADR 0043).
     */
    @WithDefault("128")
    int maxWaitingPerService();

    CircuitBreakerConfig circuitBreaker();

    RateLimitConfig rateLimit();

    /** How long one service may take to answer the aggregated health and OpenAPI requests. */
    @WithDefault("3s")
    Duration probeTimeout();

    /** What the merged API document ({@code /q/openapi}) says of itself. */
    ApiConfig api();

    interface ApiConfig {
        @WithDefault("Khet API")
        String title();

        @WithDefault("1.0")
        String version();

        /** The document's introduction (Markdown); a list of the services follows it. */
        String description();

        Optional<String> contactName();

        Optional<String> contactUrl();

        Optional<String> contactEmail();

        /** The licence the API is offered under; none is named until the project has chosen one. */
        Optional<String> licenseName();

        Optional<String> licenseUrl();
    }

    interface CircuitBreakerConfig {
        /** Failures in a row (no connection, timeout) after which the gateway stops calling a service for a while. */
        @WithDefault("5")
        int failureThreshold();

        /** How long calls fail fast with 503 before one trial call is let through. */
        @WithDefault("10s")
        Duration openFor();
    }

    interface RateLimitConfig {
        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per second per client (token subject, or address when there is no valid token). */
        @WithDefault("50")
        double requestsPerSecond();

        /** Requests a client may send at once above the sustained rate. */
        @WithDefault("100")
        int burst();

        /** Take the client address from the first X-Forwarded-For entry (only behind a trusted load balancer). */
        @WithDefault("false")
        boolean trustForwardedFor();
    }
}
