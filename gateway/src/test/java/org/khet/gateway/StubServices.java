package org.khet.gateway;

import org.khet.testkit.TestTokens;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The five services as small Vert.x HTTP servers on free ports, for the gateway's own tests. Each one echoes what
 * it received (path, token, request id), answers a POST with a Location in its own address space, serves a tiny
 * OpenAPI document and a health check, is slow on paths ending in /slow (and a POST with {@code ?delay=<ms>} answers
 * 202 with a job after that long), and closes the connection instead of
 * answering the first request (of each method) to a path ending in /drop-once. {@code .../bytes/<n>} answers
 * {@link #body(int)} ({@code ?chunked=1}: in 8 KB chunks without a length); {@code .../etag} answers 304 to
 * {@code If-None-Match: "v1"}.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {
    static final List<String> NAMES = List.of("school", "assessment", "budget", "project", "report");
    static final Map<String, String> API_PATH = Map.of("school", "/v1/schools", "assessment", "/v1/test-statistics",
            "budget", "/v1/areas/{areaCode}/budget", "project", "/v1/projects", "report", "/v1/reports/annual");
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        TestTokens.privateKey();
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String name : NAMES) {
            HttpServer server = vertx.createHttpServer().requestHandler(req -> handle(name, req));
            try {
                server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the " + name + " stub", e);
            }
            config.put("khet.gateway.services." + name, "http://127.0.0.1:" + server.actualPort());
        }
        config.put("khet.security.key-location", TestTokens.PUBLIC.toAbsolutePath().toString());
        return config;
    }

    /** "METHOD path" of requests to a path ending in /drop-once that were answered by closing the connection. */
    private final java.util.Set<String> dropped = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private void handle(String name, HttpServerRequest req) {
        String path = req.path();
        if (path.endsWith("/drop-once") && dropped.add(req.method().name() + " " + path)) {
            req.connection().close(); // as a service closing an idle keep-alive connection, or restarting, would
            return;
        }
        if (path.equals("/q/health")) {
            json(req, 200, new JsonObject().put("status", "UP").put("checks", new JsonArray()));
        } else if (path.equals("/q/openapi")) {
            json(req, 200, openapi(name));
        } else if (path.contains("/bytes/")) {
            Buffer body = Buffer.buffer(body(Integer.parseInt(path.substring(path.lastIndexOf('/') + 1))));
            HttpServerResponse res = req.response().putHeader("Content-Type", "application/octet-stream");
            if ("1".equals(req.getParam("chunked"))) {
                res.setChunked(true);
                for (int at = 0; at < body.length(); at += 8192) {
                    res.write(body.getBuffer(at, Math.min(body.length(), at + 8192)));
                }
                res.end();
            } else {
                res.end(body);
            }
        } else if (path.endsWith("/etag")) {
            if ("\"v1\"".equals(req.getHeader("If-None-Match"))) {
                req.response().setStatusCode(304).putHeader("ETag", "\"v1\"").end();
            } else {
                req.response().putHeader("ETag", "\"v1\"").putHeader("Content-Type", "application/json")
                        .setChunked(true).end(echo(name, req).encode());
            }
        } else if (req.method().name().equals("POST") && req.getParam("delay") != null) {
            req.body().onSuccess(body -> vertx.setTimer(Long.parseLong(req.getParam("delay")), t ->
                    req.response().setStatusCode(202).putHeader("Location", "/v1/feed-jobs/8")
                            .putHeader("Content-Type", "application/json")
                            .end(new JsonObject().put("jobId", "8").put("bytes", body.length()).encode())));
        } else if (path.endsWith("/slow")) {
            vertx.setTimer(3000, t -> json(req, 200, new JsonObject().put("late", true)));
        } else if (req.method().name().equals("POST")) {
            req.body().onSuccess(body -> {
                if ("1".equals(req.getParam("job"))) {
                    req.response().setStatusCode(202).putHeader("Location", "/v1/feed-jobs/7").end();
                } else {
                    req.response().setStatusCode(201)
                            .putHeader("Location", "http://127.0.0.1:" + req.localAddress().port() + path + "/42?view=full")
                            .putHeader("Content-Type", "application/json")
                            .end(echo(name, req).put("body", body.toString()).encode());
                }
            });
        } else {
            json(req, 200, echo(name, req));
        }
    }

    /** n bytes of Thai and ASCII text, the same for the same n. */
    static byte[] body(int n) {
        byte[] line = "ข้อมูลโรงเรียน 0123456789\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = line[i % line.length];
        }
        return out;
    }

    private static JsonObject echo(String name, HttpServerRequest req) {
        return new JsonObject().put("service", name).put("method", req.method().name()).put("path", req.path())
                .put("query", req.query()).put("authorization", req.getHeader("Authorization"))
                .put("requestId", req.getHeader("X-Request-Id")).put("forwardedHost", req.getHeader("X-Forwarded-Host"))
                .put("forwardedFor", req.getHeader("X-Forwarded-For"));
    }

    private static JsonObject openapi(String name) {
        JsonObject ok = new JsonObject().put("responses", new JsonObject().put("200", new JsonObject()
                .put("description", "OK").put("content", new JsonObject().put("application/json", new JsonObject()
                        .put("schema", new JsonObject().put("$ref", "#/components/schemas/Page"))))));
        return new JsonObject().put("openapi", "3.0.3")
                .put("info", new JsonObject().put("title", name + "-service API").put("version", "1"))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "http://" + name + ":8080")))
                .put("paths", new JsonObject()
                        .put(API_PATH.get(name), new JsonObject().put("get", ok.copy().put("tags", new JsonArray().add("Data"))))
                        .put("/v1/changes", new JsonObject().put("get", ok.copy()))
                        .put("/q/health", new JsonObject().put("get", ok.copy())))
                .put("components", new JsonObject().put("schemas", new JsonObject()
                        .put("Page", new JsonObject().put("type", "object").put("description", name + " page"))));
    }

    private static void json(HttpServerRequest req, int status, JsonObject body) {
        req.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
