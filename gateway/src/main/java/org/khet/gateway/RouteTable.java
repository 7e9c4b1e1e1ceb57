package org.khet.gateway;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves a gateway path ({@code /api/v1/...}) to the service and upstream path that serve it, and back. */
@ApplicationScoped
public class RouteTable {
    public static final String PREFIX = "/api";
    /** Paths every service serves for itself; at the gateway they carry the service's name: /api/v1/budget/changes. */
    private static final Pattern PER_SERVICE = Pattern.compile("/v1/(changes|feed-jobs)(/.*)?");

    public record Target(String service, URI base, String path) {
    }

    private record Route(Pattern pattern, String service, String rewrite) {
    }

    private final List<Route> routes;
    private final GatewayConfig config;

    public RouteTable(GatewayConfig config) {
        this.config = config;
        this.routes = config.routes().stream()
                .map(r -> new Route(Pattern.compile(r.pattern()), r.service(), r.rewrite().orElse(null)))
                .toList();
        for (GatewayConfig.RouteConfig r : config.routes()) {
            if (!r.service().startsWith("$") && !config.services().containsKey(r.service())) {
                throw new IllegalStateException("route " + r.pattern() + " names unknown service '" + r.service() + "'");
            }
        }
    }

    public Optional<Target> resolve(String gatewayPath) {
        if (!gatewayPath.startsWith(PREFIX + "/")) {
            return Optional.empty();
        }
        String path = gatewayPath.substring(PREFIX.length());
        for (Route r : routes) {
            Matcher m = r.pattern.matcher(path);
            if (m.matches()) {
                String service = r.service.startsWith("$") ? m.group(Integer.parseInt(r.service.substring(1))) : r.service;
                URI base = config.services().get(service);
                if (base == null) {
                    return Optional.empty();
                }
                return Optional.of(new Target(service, base, r.rewrite == null ? path : m.replaceFirst(r.rewrite)));
            }
        }
        return Optional.empty();
    }

    /**
     * The gateway path of a service's own path: {@code /v1/schools/1} → {@code /api/v1/schools/1}, and the
     * per-service {@code /v1/feed-jobs/7} of budget → {@code /api/v1/budget/feed-jobs/7}.
     */
    public static String gatewayPath(String service, String upstreamPath) {
        Matcher m = PER_SERVICE.matcher(upstreamPath);
        if (m.matches()) {
            return PREFIX + "/v1/" + service + "/" + m.group(1) + (m.group(2) == null ? "" : m.group(2));
        }
        return PREFIX + upstreamPath;
    }
}
