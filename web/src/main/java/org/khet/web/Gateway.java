package org.khet.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.FeedResult;
import org.khet.web.client.ApiClient;
import org.khet.web.client.ApiException;
import org.khet.web.client.api.KhetApi;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The console's only way to the services: the gateway's {@code /api/v1/...}, with the signed-in user's token. JSON
 * answers through the client generated from the gateway's API document ({@link KhetApi}, typed models); files (a
 * template, a report's PDF/DOCX/XLSX/HTML, an uploaded feed) through the same HTTP client by path, since the generated
 * client cannot carry bytes. Every refusal is an {@link ApiException} carrying the problem+json body.
 */
@ApplicationScoped
public class Gateway {
    static final ObjectMapper JSON = ApiClient.createDefaultObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Duration timeout;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Gateway(WebConfig config) {
        this.timeout = config.gatewayTimeout();
        String url = config.gatewayUrl().toString();
        this.base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** The API as {@code session}'s user. */
    public KhetApi api(Session session) {
        ApiClient client = new ApiClient(ApiClient.createDefaultHttpClientBuilder(), JSON, base.toString());
        client.setReadTimeout(timeout);
        client.setRequestInterceptor(r -> r.header("Authorization", "Bearer " + session.token())
                .header("Accept-Language", "th"));
        return new KhetApi(client);
    }

    /** A file the API answers (its bytes, type and file name). */
    public record Download(byte[] body, String contentType, Optional<String> disposition) {
    }

    /** GETs {@code path} ({@code /api/v1/...}) with {@code query} as {@code session}'s user. */
    public Download download(Session session, String path, Map<String, String> query) throws ApiException {
        HttpRequest request = authorized(session, path, query).GET().build();
        HttpResponse<byte[]> r = send(request);
        if (r.statusCode() / 100 != 2) {
            throw refusal(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        }
        return new Download(r.body(), r.headers().firstValue("Content-Type").orElse("application/octet-stream"),
                r.headers().firstValue("Content-Disposition"));
    }

    /** Sends a filled template (CSV or XLSX) to a feed as {@code session}'s user; the feed's answer. */
    public FeedResult sendFeed(Session session, String path, byte[] body, String contentType) throws ApiException {
        HttpRequest request = authorized(session, path, Map.of())
                .header("Content-Type", contentType)
                .header("Idempotency-Key", "web-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<byte[]> r = send(request);
        String text = new String(r.body(), StandardCharsets.UTF_8);
        if (r.statusCode() / 100 != 2) {
            throw refusal(r.statusCode(), text);
        }
        try {
            return JSON.readValue(r.body(), FeedResult.class);
        } catch (IOException e) {
            throw new ApiException(r.statusCode(), "the feed's answer could not be read: " + e.getMessage());
        }
    }

    private HttpRequest.Builder authorized(Session session, String path, Map<String, String> query) {
        Map<String, String> q = new LinkedHashMap<>(query);
        q.values().removeIf(v -> v == null || v.isBlank());
        String qs = q.isEmpty() ? "" : "?" + q.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path + qs)).timeout(timeout)
                .header("Authorization", "Bearer " + session.token());
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws ApiException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ApiException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(e);
        }
    }

    private static ApiException refusal(int status, String body) {
        return new ApiException(status, "HTTP " + status, null, body);
    }

    /** A path segment, encoded. */
    public static String seg(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
