package org.khet.gateway;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the gateway says about all services at once:
 * <ul>
 * <li>{@code GET /openapi} — one OpenAPI document of every service's API at its gateway paths (each service's
 * component names prefixed with the service, so that two services' {@code Page} do not collide);</li>
 * <li>{@code GET /openapi/<service>} — one service's document at gateway paths (the Swagger UI at
 * {@code /q/swagger-ui} offers all of them);</li>
 * <li>{@code GET /health} — every service's {@code /q/health}: 200 when all are UP, 503 naming those that are not.</li>
 * </ul>
 * These answer without a token: API descriptions and liveness are not data.
 */
@ApplicationScoped
public class ServiceDocs {
    private static final List<String> COMPONENT_KINDS = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "links", "callbacks");
    private final GatewayConfig config;
    private HttpClient client;

    public ServiceDocs(GatewayConfig config) {
        this.config = config;
    }

    void install(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
                .setConnectTimeout((int) config.connectTimeout().toMillis()));
        router.get("/openapi").order(1).handler(this::aggregated);
        router.get("/openapi/:service").order(1).handler(this::single);
        router.get("/health").order(1).handler(this::health);
    }

    private Map<String, URI> services() {
        return new TreeMap<>(config.services());
    }

    private Future<JsonObject> fetch(URI base, String path) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : 80).setURI(path)
                .putHeader("Accept", "application/json").setTimeout(config.probeTimeout().toMillis());
        // the body is asked for inside the callback that gets the response, never in a later stage (Vert.x #4705)
        return client.request(options).compose(req -> req.send().compose(resp -> resp.body().map(body -> {
            JsonObject json = body.length() == 0 ? new JsonObject() : new JsonObject(body);
            return json.put("__status", resp.statusCode());
        })));
    }

    private void single(RoutingContext rc) {
        String service = rc.pathParam("service");
        URI base = config.services().get(service);
        if (base == null) {
            Problems.send(rc, 404, "not-found", "Not found", "no service named '" + service + "'; known: "
                    + String.join(", ", services().keySet()));
            return;
        }
        fetch(base, "/q/openapi?format=json").onComplete(ar -> {
            if (ar.failed()) {
                Problems.send(rc, 503, "unavailable", "Service unavailable",
                        "the " + service + " service did not give its OpenAPI document: " + ar.cause().getMessage(), service);
                return;
            }
            JsonObject doc = atGatewayPaths(service, ar.result(), false);
            json(rc, 200, withBearer(doc));
        });
    }

    private void aggregated(RoutingContext rc) {
        Map<String, Future<JsonObject>> docs = new LinkedHashMap<>();
        services().forEach((name, base) -> docs.put(name, fetch(base, "/q/openapi?format=json")));
        Future.join(new ArrayList<>(docs.values())).onComplete(done -> {
            JsonObject paths = new JsonObject();
            JsonObject components = new JsonObject();
            JsonArray tags = new JsonArray();
            JsonArray unavailable = new JsonArray();
            docs.forEach((service, f) -> {
                if (f.failed()) {
                    unavailable.add(service);
                    return;
                }
                JsonObject doc = atGatewayPaths(service, f.result(), true);
                doc.getJsonObject("paths", new JsonObject()).forEach(e -> paths.put(e.getKey(), e.getValue()));
                JsonObject comps = doc.getJsonObject("components", new JsonObject());
                for (String kind : COMPONENT_KINDS) {
                    JsonObject from = comps.getJsonObject(kind);
                    if (from != null) {
                        JsonObject into = components.getJsonObject(kind);
                        if (into == null) {
                            into = new JsonObject();
                            components.put(kind, into);
                        }
                        into.mergeIn(from);
                    }
                }
                tags.add(new JsonObject().put("name", service).put("description", "the " + service + " service ("
                        + doc.getJsonObject("info", new JsonObject()).getString("title", service) + ")"));
                doc.getJsonArray("tags", new JsonArray()).forEach(tags::add);
            });
            String description = "Every Khet service's API at its gateway path (/api/v1/...). Authenticate with a bearer"
                    + " token (./khet token --role <role> --org <code> in the dev stack)."
                    + (unavailable.isEmpty() ? "" : " Unavailable now: " + String.join(", ", unavailable.getList()) + ".");
            JsonObject doc = new JsonObject()
                    .put("openapi", "3.0.3")
                    .put("info", new JsonObject().put("title", "Khet API").put("version", "1").put("description", description))
                    .put("tags", tags)
                    .put("paths", paths)
                    .put("components", components);
            if (!unavailable.isEmpty()) {
                doc.put("x-khet-unavailable", unavailable);
            }
            json(rc, 200, withBearer(doc));
        });
    }

    /**
     * A service's document at the gateway's paths: /v1/x → /api/v1/x (per-service paths such as /v1/changes get
     * the service's name), only its /v1 API, every operation tagged with the service; with {@code prefix} its
     * component names become {@code <service>_<name>}.
     */
    static JsonObject atGatewayPaths(String service, JsonObject original, boolean prefix) {
        JsonObject doc = original.copy();
        doc.remove("__status");
        if (prefix) {
            String text = doc.encode();
            for (String kind : COMPONENT_KINDS) {
                text = text.replace("\"#/components/" + kind + "/", "\"#/components/" + kind + "/" + service + "_");
            }
            doc = new JsonObject(text);
            JsonObject comps = doc.getJsonObject("components");
            if (comps != null) {
                for (String kind : COMPONENT_KINDS) {
                    JsonObject from = comps.getJsonObject(kind);
                    if (from != null) {
                        JsonObject renamed = new JsonObject();
                        from.forEach(e -> renamed.put(service + "_" + e.getKey(), e.getValue()));
                        comps.put(kind, renamed);
                    }
                }
                comps.remove("securitySchemes");
            }
        }
        JsonObject paths = new JsonObject();
        doc.getJsonObject("paths", new JsonObject()).forEach(e -> {
            if (!e.getKey().startsWith("/v1/") || !(e.getValue() instanceof JsonObject item)) {
                return;
            }
            item.forEach(op -> {
                if (op.getValue() instanceof JsonObject operation && !op.getKey().equals("parameters")) {
                    JsonArray opTags = operation.getJsonArray("tags");
                    if (opTags == null) {
                        operation.put("tags", new JsonArray().add(service));
                    } else if (!opTags.contains(service)) {
                        opTags.add(0, service);
                    }
                    operation.remove("security");
                }
            });
            paths.put(RouteTable.gatewayPath(service, e.getKey()), item);
        });
        doc.put("paths", paths);
        doc.remove("servers");
        doc.remove("security");
        return doc;
    }

    private static JsonObject withBearer(JsonObject doc) {
        JsonObject comps = doc.getJsonObject("components");
        if (comps == null) {
            comps = new JsonObject();
            doc.put("components", comps);
        }
        comps.put("securitySchemes", new JsonObject().put("bearer",
                new JsonObject().put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")));
        doc.put("security", new JsonArray().add(new JsonObject().put("bearer", new JsonArray())));
        return doc;
    }

    private void health(RoutingContext rc) {
        Map<String, Future<JsonObject>> probes = new LinkedHashMap<>();
        services().forEach((name, base) -> probes.put(name, fetch(base, "/q/health")));
        Future.join(new ArrayList<>(probes.values())).onComplete(done -> {
            JsonObject services = new JsonObject();
            List<String> down = new ArrayList<>();
            probes.forEach((name, f) -> {
                JsonObject s = new JsonObject().put("url", config.services().get(name).toString());
                if (f.succeeded()) {
                    String status = f.result().getString("status", f.result().getInteger("__status") == 200 ? "UP" : "DOWN");
                    s.put("status", status);
                    if (f.result().containsKey("checks")) {
                        s.put("checks", f.result().getValue("checks"));
                    }
                } else {
                    s.put("status", "DOWN").put("error", String.valueOf(f.cause().getMessage()));
                }
                if (!"UP".equals(s.getString("status"))) {
                    down.add(name);
                }
                services.put(name, s);
            });
            JsonObject body = new JsonObject().put("status", down.isEmpty() ? "UP" : "DOWN")
                    .put("gateway", "UP").put("services", services);
            if (!down.isEmpty()) {
                body.put("down", new JsonArray(down));
            }
            json(rc, down.isEmpty() ? 200 : 503, body);
        });
    }

    private static void json(RoutingContext rc, int status, JsonObject body) {
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(Buffer.buffer(body.encode()));
    }
}
