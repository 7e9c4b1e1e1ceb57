package org.khet.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The API a client of the gateway calls, as one OpenAPI document: every service's document merged at the gateway's
 * paths. JSON in, JSON out, no I/O (ServiceDocs fetches the services' documents and serves the result).
 * <ul>
 * <li>Paths: each service's {@code /v1} paths that the route table sends to that service, at their gateway path
 * ({@code /api/v1/schools}, per-service {@code /api/v1/budget/changes}); paths the gateway does not route there
 * (the kit's internal {@code /v1/org-replica}) are left out.</li>
 * <li>operationIds: those of per-service paths get the service's name after their verb ({@code listChanges} of budget →
 * {@code listBudgetChanges}); any other id that two services use is renamed the same way in both.</li>
 * <li>Components: a name two services use for the same content is one component; for different content every such
 * service's gets its name prefixed ({@code Page} → {@code SchoolPage}, {@code BudgetPage}) and its {@code $ref}s
 * follow. Contents are compared after their own references are renamed, so a schema referring to a renamed one
 * is renamed too.</li>
 * <li>Components only the left-out paths referred to are left out too.</li>
 * <li>Tags merged by name (the first description wins), grouped by service in {@code x-tagGroups}; one bearer-JWT
 * scheme required everywhere; the gateway's own answers (429 rate limit, 504 service too slow) on every operation;
 * servers: the gateway.</li>
 * </ul>
 */
final class ApiDocument {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SECURITY_SCHEME = "bearerJwt";
    static final List<String> COMPONENT_KINDS = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "links", "callbacks", "pathItems");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String REF_PREFIX = "#/components/";

    /** What the merged document says of itself ({@code khet.gateway.api.*}). */
    record Info(String title, String version, String description, Optional<String> contactName,
                Optional<String> contactUrl, Optional<String> contactEmail, Optional<String> licenseName,
                Optional<String> licenseUrl) {
    }

    /** The services' documents cannot be merged into one (e.g. they are of different OpenAPI versions). */
    static final class NotMergeable extends RuntimeException {
        NotMergeable(String message) {
            super(message);
        }
    }

    private ApiDocument() {
    }

    /**
     * @param docs        each answering service's own document, by service name
     * @param unavailable services whose document could not be had (named in the description and {@code x-khet-unavailable})
     * @param serverUrl   the gateway's address as the client called it
     */
    static ObjectNode merge(Map<String, JsonNode> docs, List<String> unavailable, RouteTable table, Info info,
                            String serverUrl) {
        Map<String, JsonNode> services = new TreeMap<>(docs);
        String version = version(services);
        Map<String, Map<String, ObjectNode>> paths = new TreeMap<>();
        Map<String, Set<String>> perServicePaths = new HashMap<>();
        services.forEach((service, doc) -> {
            Map<String, ObjectNode> kept = new LinkedHashMap<>();
            doc.path("paths").properties().forEach(p -> table.routedPath(service, p.getKey()).ifPresent(gateway -> {
                kept.put(gateway, (ObjectNode) p.getValue().deepCopy());
                if (!gateway.equals(RouteTable.PREFIX + p.getKey())) {
                    perServicePaths.computeIfAbsent(service, s -> new HashSet<>()).add(gateway);
                }
            }));
            paths.put(service, kept);
        });

        Map<String, Map<String, Map<String, String>>> renames = componentNames(services);
        ObjectNode components = JSON.createObjectNode();
        services.forEach((service, doc) -> {
            Map<String, Map<String, String>> rename = renames.get(service);
            paths.get(service).values().forEach(item -> rewriteRefs(item, rename));
            for (String kind : COMPONENT_KINDS) {
                doc.path("components").path(kind).properties().forEach(c -> {
                    JsonNode content = rewriteRefs(c.getValue().deepCopy(), rename);
                    components.withObjectProperty(kind).set(rename.get(kind).get(c.getKey()), content);
                });
            }
        });
        // the gateway's own answers refer to the services' Problem schema (the kit's), when they agree on one
        JsonNode problem = components.path("schemas").has("Problem") ? ref("schemas", "Problem")
                : JSON.createObjectNode().put("type", "object").put("description", "An RFC 9457 problem");
        ObjectNode tooManyRequests = problemResponse(
                "More requests than the gateway's rate limit allows from this client; retry after Retry-After seconds",
                JSON.createObjectNode().set("Retry-After", JSON.createObjectNode()
                        .put("description", "Seconds to wait before the next request")
                        .set("schema", JSON.createObjectNode().put("type", "integer"))), problem);
        ObjectNode upstreamTimeout = problemResponse(
                "The service did not answer the gateway in time; the problem names the service", null, problem);
        components.set("securitySchemes", JSON.createObjectNode().set(SECURITY_SCHEME, JSON.createObjectNode()
                .put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "A JWT from the configured issuer (in development: ./khet token --role ROLE --org CODE)")));

        operationIds(paths, perServicePaths);
        Map<String, ObjectNode> allPaths = new TreeMap<>();
        paths.values().forEach(allPaths::putAll);
        ObjectNode pathsNode = JSON.createObjectNode();
        allPaths.forEach((path, item) -> {
            item.remove("servers");
            for (String method : METHODS) {
                if (item.get(method) instanceof ObjectNode op) {
                    op.remove("servers");
                    ObjectNode responses = op.withObjectProperty("responses");
                    putIfAbsent(responses, "429", tooManyRequests.deepCopy());
                    putIfAbsent(responses, "504", upstreamTimeout.deepCopy());
                }
            }
            pathsNode.set(path, item);
        });

        ObjectNode out = JSON.createObjectNode();
        out.put("openapi", version);
        out.set("info", info(info, services, unavailable));
        out.putArray("servers").addObject().put("url", serverUrl).put("description", "The Khet gateway");
        out.putArray("security").addObject().set(SECURITY_SCHEME, JSON.createArrayNode());
        tags(services, paths, out);
        out.set("paths", pathsNode);
        out.set("components", sorted(used(components, pathsNode)));
        if (!unavailable.isEmpty()) {
            ArrayNode names = out.putArray("x-khet-unavailable");
            unavailable.stream().sorted().forEach(names::add);
        }
        return out;
    }

    /** The OpenAPI version every document has (3.0.x or 3.1.x alike; a mix cannot be one document). */
    private static String version(Map<String, JsonNode> services) {
        String version = null;
        String from = null;
        for (Map.Entry<String, JsonNode> e : services.entrySet()) {
            String v = e.getValue().path("openapi").asText("");
            if (!v.matches("3\\.[01]\\.\\d+")) {
                throw new NotMergeable("the " + e.getKey() + " service's document is OpenAPI '" + v + "', not 3.0.x or 3.1.x");
            }
            if (version == null) {
                version = v;
                from = e.getKey();
            } else if (!minor(v).equals(minor(version))) {
                throw new NotMergeable("the " + from + " service's document is OpenAPI " + version + " and the "
                        + e.getKey() + " service's " + v + ": one document cannot be both");
            } else if (v.compareTo(version) > 0) {
                version = v;
            }
        }
        return version == null ? "3.1.0" : version;
    }

    private static String minor(String version) {
        return version.substring(0, version.lastIndexOf('.'));
    }

    /**
     * The merged name of each service's components: service → kind → own name → merged name. Repeated until nothing
     * changes, since renaming one component changes the content of those that refer to it.
     */
    static Map<String, Map<String, Map<String, String>>> componentNames(Map<String, JsonNode> services) {
        Map<String, Map<String, Map<String, String>>> names = new TreeMap<>();
        Map<String, Set<String>> taken = new HashMap<>();
        services.forEach((service, doc) -> {
            Map<String, Map<String, String>> own = new HashMap<>();
            for (String kind : COMPONENT_KINDS) {
                Map<String, String> n = new HashMap<>();
                doc.path("components").path(kind).properties().forEach(property -> {
                    String name = property.getKey();
                    n.put(name, name);
                    taken.computeIfAbsent(kind, k -> new HashSet<>()).add(name);
                });
                own.put(kind, n);
            }
            names.put(service, own);
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String kind : COMPONENT_KINDS) {
                Set<String> all = new TreeSet<>();
                names.values().forEach(n -> all.addAll(n.get(kind).keySet()));
                for (String name : all) {
                    List<String> holders = new ArrayList<>();
                    Set<JsonNode> contents = new HashSet<>();
                    names.forEach((service, n) -> {
                        if (n.get(kind).containsKey(name)) {
                            holders.add(service);
                            contents.add(rewriteRefs(services.get(service).path("components").path(kind).get(name).deepCopy(), n));
                        }
                    });
                    if (contents.size() < 2) {
                        continue;
                    }
                    for (String service : holders) {
                        Map<String, String> n = names.get(service).get(kind);
                        if (n.get(name).equals(name)) {
                            String renamed = pascal(service) + name;
                            for (int i = 2; taken.get(kind).contains(renamed); i++) {
                                renamed = pascal(service) + name + i;
                            }
                            taken.get(kind).add(renamed);
                            n.put(name, renamed);
                            changed = true;
                        }
                    }
                }
            }
        }
        return names;
    }

    /** Points every {@code $ref} (and discriminator mapping) to a renamed component at its new name; returns {@code node}. */
    static JsonNode rewriteRefs(JsonNode node, Map<String, Map<String, String>> rename) {
        if (node instanceof ObjectNode o) {
            o.properties().forEach(f -> {
                if (f.getKey().equals("$ref") && f.getValue().isTextual()) {
                    f.setValue(TextNode.valueOf(renamedRef(f.getValue().asText(), rename)));
                } else if (f.getKey().equals("mapping") && f.getValue() instanceof ObjectNode mapping) {
                    mapping.properties().forEach(m -> {
                        if (m.getValue().isTextual()) {
                            m.setValue(TextNode.valueOf(renamedRef(m.getValue().asText(), rename)));
                        }
                    });
                } else {
                    rewriteRefs(f.getValue(), rename);
                }
            });
        } else if (node instanceof ArrayNode a) {
            a.forEach(e -> rewriteRefs(e, rename));
        }
        return node;
    }

    private static String renamedRef(String ref, Map<String, Map<String, String>> rename) {
        if (!ref.startsWith(REF_PREFIX)) {
            return ref;
        }
        String[] parts = ref.substring(REF_PREFIX.length()).split("/", 3);
        if (parts.length < 2 || !rename.containsKey(parts[0])) {
            return ref;
        }
        String name = parts[1].replace("~1", "/").replace("~0", "~");
        String renamed = rename.get(parts[0]).get(name);
        if (renamed == null || renamed.equals(name)) {
            return ref;
        }
        return REF_PREFIX + parts[0] + "/" + renamed.replace("~", "~0").replace("/", "~1")
                + (parts.length == 3 ? "/" + parts[2] : "");
    }

    /**
     * Makes every operationId unique: per-service paths' ids get the service's name after their verb
     * ({@code listBudgetChanges}), and so does every id that two services' operations share.
     */
    private static void operationIds(Map<String, Map<String, ObjectNode>> paths, Map<String, Set<String>> perServicePaths) {
        record Op(String service, ObjectNode op) {
        }
        Map<String, List<Op>> byId = new LinkedHashMap<>();
        paths.forEach((service, items) -> items.forEach((path, item) -> {
            for (String method : METHODS) {
                if (item.get(method) instanceof ObjectNode op && op.hasNonNull("operationId")) {
                    String id = op.get("operationId").asText();
                    if (perServicePaths.getOrDefault(service, Set.of()).contains(path)) {
                        id = withService(id, service);
                        op.put("operationId", id);
                    }
                    byId.computeIfAbsent(id, k -> new ArrayList<>()).add(new Op(service, op));
                }
            }
        }));
        Set<String> used = new HashSet<>(byId.keySet());
        byId.forEach((id, ops) -> {
            if (ops.size() < 2) {
                return;
            }
            for (Op o : ops) {
                String renamed = withService(id, o.service());
                for (int i = 2; used.contains(renamed); i++) {
                    renamed = withService(id, o.service()) + i;
                }
                used.add(renamed);
                o.op().put("operationId", renamed);
            }
        });
    }

    /** {@code listChanges} of budget → {@code listBudgetChanges}: the service's name after the leading verb. */
    static String withService(String operationId, String service) {
        int upper = 0;
        while (upper < operationId.length() && !Character.isUpperCase(operationId.charAt(upper))) {
            upper++;
        }
        return operationId.substring(0, upper) + pascal(service) + operationId.substring(upper);
    }

    /** {@code school} → {@code School}, {@code office-staff} → {@code OfficeStaff}. */
    static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    /** The services' tags merged by name (the first description wins), and one tag group per service. */
    private static void tags(Map<String, JsonNode> services, Map<String, Map<String, ObjectNode>> paths, ObjectNode out) {
        Map<String, ObjectNode> tags = new LinkedHashMap<>();
        ArrayNode groups = JSON.createArrayNode();
        services.forEach((service, doc) -> {
            Set<String> used = new LinkedHashSet<>();
            doc.path("tags").forEach(t -> used.add(t.path("name").asText()));
            Set<String> operationTags = new HashSet<>();
            paths.get(service).values().forEach(item -> {
                for (String method : METHODS) {
                    item.path(method).path("tags").forEach(t -> operationTags.add(t.asText()));
                }
            });
            used.retainAll(operationTags);
            new TreeSet<>(operationTags).forEach(used::add);
            for (JsonNode t : doc.path("tags")) {
                String name = t.path("name").asText();
                ObjectNode known = tags.get(name);
                if (known == null && used.contains(name)) {
                    tags.put(name, (ObjectNode) t.deepCopy());
                } else if (known != null && known.path("description").asText("").isBlank() && t.hasNonNull("description")) {
                    known.set("description", t.get("description"));
                }
            }
            used.forEach(name -> tags.computeIfAbsent(name, n -> JSON.createObjectNode().put("name", n)));
            if (!used.isEmpty()) {
                ObjectNode group = groups.addObject().put("name", doc.path("info").path("title").asText(service));
                used.forEach(group.putArray("tags")::add);
            }
        });
        ArrayNode list = out.putArray("tags");
        tags.values().forEach(list::add);
        out.set("x-tagGroups", groups);
    }

    private static ObjectNode info(Info info, Map<String, JsonNode> services, List<String> unavailable) {
        StringBuilder description = new StringBuilder(info.description().strip()).append("\n\n");
        services.forEach((service, doc) -> {
            JsonNode i = doc.path("info");
            description.append("- **").append(i.path("title").asText(service)).append("**");
            if (!i.path("description").asText("").isBlank()) {
                description.append(": ").append(i.path("description").asText().strip());
            }
            description.append('\n');
        });
        if (!unavailable.isEmpty()) {
            description.append("\nNot in this document, because they did not give their document just now: ")
                    .append(String.join(", ", new TreeSet<>(unavailable))).append(".\n");
        }
        ObjectNode out = JSON.createObjectNode().put("title", info.title()).put("version", info.version())
                .put("description", description.toString().strip());
        if (info.contactName().isPresent() || info.contactUrl().isPresent() || info.contactEmail().isPresent()) {
            ObjectNode contact = out.putObject("contact");
            info.contactName().ifPresent(v -> contact.put("name", v));
            info.contactUrl().ifPresent(v -> contact.put("url", v));
            info.contactEmail().ifPresent(v -> contact.put("email", v));
        }
        info.licenseName().ifPresent(name -> {
            ObjectNode license = out.putObject("license").put("name", name);
            info.licenseUrl().ifPresent(url -> license.put("url", url));
        });
        return out;
    }

    private static ObjectNode problemResponse(String description, ObjectNode headers, JsonNode problem) {
        ObjectNode r = JSON.createObjectNode().put("description", description);
        if (headers != null) {
            r.set("headers", headers);
        }
        r.putObject("content").putObject("application/problem+json").set("schema", problem);
        return r;
    }

    private static ObjectNode ref(String kind, String name) {
        return JSON.createObjectNode().put("$ref", REF_PREFIX + kind + "/" + name);
    }

    private static void putIfAbsent(ObjectNode node, String field, JsonNode value) {
        if (!node.has(field)) {
            node.set(field, value);
        }
    }

    /**
     * The components the paths refer to, directly or through other components: those only the left-out paths used
     * (the org replica's) go too. The security schemes stay.
     */
    private static ObjectNode used(ObjectNode components, JsonNode paths) {
        Set<String> used = new HashSet<>();
        java.util.ArrayDeque<JsonNode> todo = new java.util.ArrayDeque<>(List.of(paths));
        while (!todo.isEmpty()) {
            refs(todo.pop(), ref -> {
                String[] parts = ref.substring(REF_PREFIX.length()).split("/", 3);
                if (parts.length >= 2 && used.add(parts[0] + "/" + parts[1])) {
                    JsonNode target = components.path(parts[0]).path(parts[1].replace("~1", "/").replace("~0", "~"));
                    if (!target.isMissingNode()) {
                        todo.push(target);
                    }
                }
            });
        }
        for (String kind : COMPONENT_KINDS) {
            if (components.get(kind) instanceof ObjectNode entries) {
                List<String> unused = new ArrayList<>();
                entries.properties().forEach(e -> {
                    if (!used.contains(kind + "/" + e.getKey().replace("~", "~0").replace("/", "~1"))) {
                        unused.add(e.getKey());
                    }
                });
                entries.remove(unused);
            }
        }
        return components;
    }

    /** Every local component reference under {@code node}: {@code $ref}s and discriminator mappings. */
    private static void refs(JsonNode node, java.util.function.Consumer<String> ref) {
        if (node instanceof ObjectNode o) {
            o.properties().forEach(f -> {
                if ((f.getKey().equals("$ref") && f.getValue().isTextual())) {
                    if (f.getValue().asText().startsWith(REF_PREFIX)) {
                        ref.accept(f.getValue().asText());
                    }
                } else if (f.getKey().equals("mapping") && f.getValue() instanceof ObjectNode mapping) {
                    mapping.properties().forEach(m -> {
                        if (m.getValue().asText("").startsWith(REF_PREFIX)) {
                            ref.accept(m.getValue().asText());
                        }
                    });
                } else {
                    refs(f.getValue(), ref);
                }
            });
        } else if (node instanceof ArrayNode a) {
            a.forEach(e -> refs(e, ref));
        }
    }

    /** Components by kind, each kind's entries by name: the document reads the same whatever order the services answered in. */
    private static ObjectNode sorted(ObjectNode components) {
        ObjectNode out = JSON.createObjectNode();
        List<String> kinds = new ArrayList<>(COMPONENT_KINDS);
        kinds.add("securitySchemes");
        for (String kind : kinds) {
            if (components.get(kind) instanceof ObjectNode entries && !entries.isEmpty()) {
                ObjectNode sortedEntries = out.putObject(kind);
                new TreeMap<String, JsonNode>(toMap(entries)).forEach(sortedEntries::set);
            }
        }
        return out;
    }

    private static Map<String, JsonNode> toMap(ObjectNode node) {
        Map<String, JsonNode> map = new HashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }
}
