package org.khet.report.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.khet.kit.problem.ProblemException;
import org.khet.report.config.ReportConfig;

import java.io.IOException;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads the services' summary endpoints over HTTP (Vert.x client, one base URL per service from
 * configuration). Never their databases. An upstream that cannot be reached or times out is a 503 that names
 * it; one that answers with an error or with something that is not JSON is a 502 that names it; 404 is "no
 * data for this area and year" and comes back as {@code null}.
 */
@ApplicationScoped
public class UpstreamClient {
    private final ReportConfig config;
    private final Vertx vertx;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Map<Upstream, URI> bases = new EnumMap<>(Upstream.class);

    public UpstreamClient(Vertx vertx, ReportConfig config) {
        this.config = config;
        this.vertx = vertx;
        // money arrives as JSON numbers with satang: read them as BigDecimal, never as double
        this.json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true)).build();
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.upstreams().connectTimeout().toMillis())
                .setMaxPoolSize(32)
                .setKeepAlive(true));
        bases.put(Upstream.SCHOOL, base(config.upstreams().school()));
        bases.put(Upstream.ASSESSMENT, base(config.upstreams().assessment()));
        bases.put(Upstream.BUDGET, base(config.upstreams().budget()));
        bases.put(Upstream.PROJECT, base(config.upstreams().project()));
    }

    private static URI base(String url) {
        return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    public URI baseUrl(Upstream upstream) {
        return bases.get(upstream);
    }

    /**
     * Starts a GET of {@code pathAndQuery}, passing the caller's {@code Authorization} header on (each service
     * checks the token again); the future completes with the JSON body, null for 404, or a ProblemException.
     */
    public CompletableFuture<JsonNode> get(Upstream upstream, String pathAndQuery, String authorization) {
        URI base = bases.get(upstream);
        long timeout = config.upstreams().requestTimeout().toMillis();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : ("https".equals(base.getScheme()) ? 443 : 80))
                .setSsl("https".equals(base.getScheme()))
                .setURI((base.getRawPath() == null ? "" : base.getRawPath()) + pathAndQuery)
                .setIdleTimeout(timeout)
                .putHeader("Accept", "application/json");
        if (authorization != null && !authorization.isBlank()) {
            options.putHeader("Authorization", authorization);
        }
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        // The whole exchange runs on a Vert.x context, and the body is asked for inside the callback that gets the
        // response: called from a worker thread, a flat request().compose(send).compose(body) chain can ask for
        // the body after the event loop has already delivered it, and then reads an empty body (Vert.x #4705).
        vertx.getOrCreateContext().runOnContext(start -> http.request(options)
                .compose(req -> req.send().compose(resp -> resp.body().map(body -> new Answer(resp.statusCode(), body))))
                .onSuccess(a -> {
                    try {
                        result.complete(decode(upstream, pathAndQuery, a));
                    } catch (ProblemException e) {
                        result.completeExceptionally(e);
                    }
                })
                .onFailure(e -> result.completeExceptionally(unavailable(upstream, base, e.getMessage()))));
        return result.orTimeout(timeout, TimeUnit.MILLISECONDS)
                .exceptionallyCompose(e -> CompletableFuture.failedFuture(
                        e instanceof java.util.concurrent.TimeoutException
                                ? unavailable(upstream, base, "no answer within " + timeout + " ms")
                                : e));
    }

    private record Answer(int status, Buffer body) {
    }

    private JsonNode decode(Upstream upstream, String path, Answer a) {
        if (a.status() == 404) {
            return null;
        }
        if (a.status() != 200) {
            throw new ProblemException(502, "upstream-error", "An upstream service failed",
                    upstream.serviceName() + " answered " + a.status() + " to GET " + path, null);
        }
        try {
            JsonNode node = json.readTree(a.body().getBytes());
            if (node == null || node.isMissingNode()) {
                // a 200 without a body is not "no data" (that is a 404): composing from it would print a report
                // with a part silently missing
                throw new ProblemException(502, "upstream-error", "An upstream service failed",
                        upstream.serviceName() + " answered GET " + path + " with 200 and an empty body", null);
            }
            return node;
        } catch (IOException e) {
            throw new ProblemException(502, "upstream-error", "An upstream service failed",
                    upstream.serviceName() + " answered GET " + path + " with a body that is not JSON", null);
        }
    }

    private static ProblemException unavailable(Upstream upstream, URI base, String why) {
        return new ProblemException(503, "upstream-unavailable", "An upstream service is unavailable",
                upstream.serviceName() + " is not available at " + base + " (" + why
                        + "); the report cannot be composed without it", null);
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
