package org.khet.gateway;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the gateway says about all services at once:
 * <ul>
 * <li>{@code GET /q/openapi} — the API a client of the gateway calls: every service's document merged at the
 * gateway's paths ({@link ApiDocument}); the Swagger UI at {@code /q/swagger-ui} shows it ({@code /openapi}, its
 * earlier address, redirects there);</li>
 * <li>{@code GET /openapi/<service>} — one service's part of it, merged the same way;</li>
 * <li>{@code GET /health} — every service's {@code /q/health}: 200 when all are UP, 503 naming those that are not.</li>
 * </ul>
 * These answer without a token: API descriptions and liveness are not data.
 */
@ApplicationScoped
public class ServiceDocs {
    private static final Logger LOG = Logger.getLogger(ServiceDocs.class);
    private final GatewayConfig config;
    private final RouteTable table;
    private final ApiDocument.Info info;
    private HttpClient client;

    public ServiceDocs(GatewayConfig config, RouteTable table) {
        this.config = config;
        this.table = table;
        GatewayConfig.ApiConfig api = config.api();
        this.info = new ApiDocument.Info(api.title(), api.version(), api.description(), api.contactName(),
                api.contactUrl(), api.contactEmail(), api.licenseName(), api.licenseUrl());
    }

    void install(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
                .setConnectTimeout((int) config.connectTimeout().toMillis()));
        router.get("/q/openapi").order(1).handler(this::merged);
        router.get("/openapi").order(1).handler(rc -> rc.response().setStatusCode(308)
                .putHeader("Location", "/q/openapi").end());
        router.get("/openapi/:service").order(1).handler(this::single);
        router.get("/health").order(1).handler(this::health);
    }

    private Map<String, URI> services() {
        return new TreeMap<>(config.services());
    }

    /** A service's answer: its status and body. */
    private record Answer(int status, Buffer body) {
    }

    private Future<Answer> fetch(URI base, String path) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : 80).setURI(path)
                .putHeader("Accept", "application/json").setTimeout(config.probeTimeout().toMillis());
        // the body is asked for inside the callback that gets the response, never in a later stage (Vert.x #4705)
        return client.request(options).compose(req -> req.send().compose(resp -> resp.body()
                .map(body -> new Answer(resp.statusCode(), body))));
    }

    private Future<JsonNode> openApi(URI base) {
        return fetch(base, "/q/openapi?format=json").compose(a -> {
            if (a.status() != 200) {
                return Future.failedFuture("HTTP " + a.status());
            }
            try {
                return Future.succeededFuture(ApiDocument.JSON.readTree(a.body().getBytes()));
            } catch (java.io.IOException e) {
                return Future.failedFuture("not JSON: " + e.getMessage());
            }
        });
    }

    private void single(RoutingContext rc) {
        String service = rc.pathParam("service");
        URI base = config.services().get(service);
        if (base == null) {
            Problems.send(rc, 404, "not-found", "Not found", "no service named '" + service + "'; known: "
                    + String.join(", ", services().keySet()));
            return;
        }
        Future<JsonNode> doc = openApi(base);
        doc.onComplete(ar -> {
            if (ar.failed()) {
                Problems.send(rc, 503, "unavailable", "Service unavailable",
                        "the " + service + " service did not give its OpenAPI document: " + ar.cause().getMessage(), service);
                return;
            }
            respond(rc, Map.of(service, doc));
        });
    }

    private void merged(RoutingContext rc) {
        Map<String, Future<JsonNode>> docs = new LinkedHashMap<>();
        services().forEach((name, base) -> docs.put(name, openApi(base)));
        Future.join(new ArrayList<>(docs.values())).onComplete(done -> respond(rc, docs));
    }

    /** The merged document of the services' documents (those that did not come are named in it). */
    private void respond(RoutingContext rc, Map<String, Future<JsonNode>> docs) {
        Map<String, JsonNode> answered = new LinkedHashMap<>();
        List<String> unavailable = new ArrayList<>();
        docs.forEach((service, f) -> {
            if (f.succeeded()) {
                answered.put(service, f.result());
            } else {
                LOG.warnf("the %s service gave no OpenAPI document: %s", service, f.cause().toString());
                unavailable.add(service);
            }
        });
        String server = (rc.request().scheme() == null ? "http" : rc.request().scheme()) + "://"
                + (rc.request().authority() == null ? "localhost" : rc.request().authority().toString());
        try {
            byte[] body = ApiDocument.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(
                    ApiDocument.merge(answered, unavailable, table, info, server));
            rc.response().setStatusCode(200).putHeader("Content-Type", "application/json").end(Buffer.buffer(body));
        } catch (ApiDocument.NotMergeable e) {
            Problems.send(rc, 502, "not-mergeable", "The services' API documents cannot be merged", e.getMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            Problems.send(rc, 500, "internal", "Internal error", e.getMessage());
        }
    }

    private void health(RoutingContext rc) {
        Map<String, Future<JsonObject>> probes = new LinkedHashMap<>();
        services().forEach((name, base) -> probes.put(name, fetch(base, "/q/health").map(a -> {
            JsonObject json = a.body().length() == 0 ? new JsonObject() : new JsonObject(a.body());
            return json.containsKey("status") ? json : json.put("status", a.status() == 200 ? "UP" : "DOWN");
        })));
        Future.join(new ArrayList<>(probes.values())).onComplete(done -> {
            JsonObject services = new JsonObject();
            List<String> down = new ArrayList<>();
            probes.forEach((name, f) -> {
                JsonObject s = new JsonObject().put("url", config.services().get(name).toString());
                if (f.succeeded()) {
                    s.put("status", f.result().getString("status"));
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
