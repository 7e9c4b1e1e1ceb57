package org.khet.gateway;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves a gateway path ({@code /api/v1/...}) to the service and upstream path that serve it. */
@ApplicationScoped
public class RouteTable {
    public static final String PREFIX = "/api";

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
                return Optional.of(new Target(service, base, r.rewrite == null ? path : r.rewrite));
            }
        }
        return Optional.empty();
    }
}
