package org.khet.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resolves a gateway path ({@code /api/v1/...}) to the service and upstream path that serve it, and back.
 * <p>
 * Each service declares the path prefixes it owns ({@code khet.gateway.owns.<service>}), as templates whose
 * {@code *} (or {@code {name}}) segment stands for any one segment: {@code /v1/schools}, {@code /v1/areas/*}{@code /budget}.
 * A path goes to the owner of its longest matching prefix (most segments; at equal length a literal segment beats a
 * {@code *}), so everything below an owned prefix is the owner's without naming it — school owns {@code /v1/areas}
 * and with it {@code /v1/areas/5602/summary}, while {@code /v1/areas/5602/budget} is budget's. The paths every service
 * serves for itself ({@code khet.gateway.per-service-paths}: {@code /v1/changes}, {@code /v1/feed-jobs}) carry the
 * service's name at the gateway: {@code /api/v1/budget/changes} → budget's {@code /v1/changes}.
 */
@ApplicationScoped
public class RouteTable {
    public static final String PREFIX = "/api";

    public record Target(String service, URI base, String path) {
    }

    /** Who owns a node's subtree: the service, and for a per-service path the upstream prefix that replaces the matched one. */
    private record Owner(String service, String template, String upstreamPrefix) {
    }

    /** One segment of a template; a path walks literal children first, then the {@code *} child. */
    private static final class Node {
        final Map<String, Node> literal = new HashMap<>();
        Node any;
        Owner owner;
    }

    /** The deepest owner found for a path: its owner, where its prefix ends in the path, and its depth in segments. */
    private record Match(Owner owner, int end, int depth) {
    }

    private final Node root = new Node();
    private final Map<String, URI> services;
    private final List<String> perServicePaths;

    @Inject
    public RouteTable(GatewayConfig config) {
        this(config.services(), config.owns(), config.perServicePaths());
    }

    /**
     * @param services        each service's base URL
     * @param owns            each service's owned prefixes (templates)
     * @param perServicePaths paths every service serves, reached at the gateway as {@code /v1/<service>/...}
     * @throws IllegalStateException when a template is malformed, names an unknown service, or two services claim it
     */
    public RouteTable(Map<String, URI> services, Map<String, List<String>> owns, List<String> perServicePaths) {
        this.services = Map.copyOf(services);
        this.perServicePaths = List.copyOf(perServicePaths);
        Map<String, Owner> claimed = new HashMap<>();
        for (Map.Entry<String, List<String>> e : new TreeMap<>(owns).entrySet()) {
            if (!services.containsKey(e.getKey())) {
                throw new IllegalStateException("khet.gateway.owns names unknown service '" + e.getKey() + "'; known: "
                        + String.join(", ", new TreeMap<>(services).keySet()));
            }
            for (String template : e.getValue()) {
                add(claimed, new Owner(e.getKey(), template, null));
            }
        }
        for (String service : new TreeMap<>(services).keySet()) {
            for (String path : perServicePaths) {
                add(claimed, new Owner(service, perServicePath(service, path), path));
            }
        }
    }

    private void add(Map<String, Owner> claimed, Owner owner) {
        Node node = root;
        StringBuilder key = new StringBuilder();
        for (String segment : segments(owner.template())) {
            boolean any = segment.equals("*") || (segment.startsWith("{") && segment.endsWith("}"));
            key.append('/').append(any ? "*" : segment);
            if (any) {
                node = node.any == null ? (node.any = new Node()) : node.any;
            } else {
                node = node.literal.computeIfAbsent(segment, s -> new Node());
            }
        }
        Owner before = claimed.putIfAbsent(key.toString(), owner);
        if (before != null) {
            throw new IllegalStateException("path " + owner.template() + " is claimed by both " + before.service()
                    + " (" + before.template() + ") and " + owner.service());
        }
        node.owner = owner;
    }

    private static List<String> segments(String template) {
        if (!template.startsWith("/") || template.length() == 1 || template.endsWith("/")
                || template.contains("//") || template.contains("?") || template.contains("#")) {
            throw new IllegalStateException("route prefix '" + template + "' is not a path such as /v1/schools or /v1/areas/*/budget");
        }
        List<String> segments = List.of(template.substring(1).split("/"));
        for (String s : segments) {
            if (s.contains("*") && !s.equals("*")) {
                throw new IllegalStateException("route prefix '" + template + "': '*' stands for a whole segment");
            }
        }
        return segments;
    }

    /** The gateway path (after {@code /api}) of a per-service path: {@code /v1/changes} of budget → {@code /v1/budget/changes}. */
    private static String perServicePath(String service, String path) {
        int second = path.indexOf('/', 1);
        return second < 0 ? "/" + service + path : path.substring(0, second) + "/" + service + path.substring(second);
    }

    public Optional<Target> resolve(String gatewayPath) {
        if (!gatewayPath.startsWith(PREFIX + "/")) {
            return Optional.empty();
        }
        String path = gatewayPath.substring(PREFIX.length());
        Match m = deepest(root, path, 0, 0);
        if (m == null) {
            return Optional.empty();
        }
        Owner o = m.owner();
        String upstream = o.upstreamPrefix() == null ? path : o.upstreamPrefix() + path.substring(m.end());
        return Optional.of(new Target(o.service(), services.get(o.service()), upstream));
    }

    /** The deepest owner below {@code node}, which matched {@code path} up to {@code at} (the end, or a '/'). */
    private static Match deepest(Node node, String path, int at, int depth) {
        Match best = node.owner == null ? null : new Match(node.owner, at, depth);
        if (at >= path.length()) {
            return best;
        }
        int end = path.indexOf('/', at + 1);
        if (end < 0) {
            end = path.length();
        }
        if (end == at + 1) {
            return best; // an empty segment ("/v1/schools/") goes no deeper
        }
        Node literal = node.literal.get(path.substring(at + 1, end));
        Match viaLiteral = literal == null ? null : deepest(literal, path, end, depth + 1);
        Match viaAny = node.any == null ? null : deepest(node.any, path, end, depth + 1);
        Match deeper = viaAny == null || (viaLiteral != null && viaLiteral.depth() >= viaAny.depth()) ? viaLiteral : viaAny;
        return deeper != null ? deeper : best;
    }

    /**
     * The gateway path of a service's own path: {@code /v1/schools/1} → {@code /api/v1/schools/1}, and the
     * per-service {@code /v1/feed-jobs/7} of budget → {@code /api/v1/budget/feed-jobs/7}.
     */
    public String gatewayPath(String service, String upstreamPath) {
        for (String p : perServicePaths) {
            if (upstreamPath.equals(p) || upstreamPath.startsWith(p + "/")) {
                return PREFIX + perServicePath(service, p) + upstreamPath.substring(p.length());
            }
        }
        return PREFIX + upstreamPath;
    }

    /**
     * The gateway path at which {@code service} serves its own {@code upstreamPath} (a path or a path template such as
     * {@code /v1/areas/{code}/budget}), or empty when the gateway sends that path to another service or to none.
     */
    public Optional<String> routedPath(String service, String upstreamPath) {
        String gateway = gatewayPath(service, upstreamPath);
        return resolve(gateway).filter(t -> t.service().equals(service) && t.path().equals(upstreamPath)).map(t -> gateway);
    }
}
