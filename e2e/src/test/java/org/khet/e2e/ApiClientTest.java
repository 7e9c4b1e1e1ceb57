package org.khet.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.khet.e2e.client.ApiClient;
import org.khet.e2e.client.api.KhetApi;
import org.khet.e2e.client.model.AreaSummary;
import org.khet.e2e.client.model.FeedResult;
import org.khet.testkit.OpenApiRules;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The gateway's API document as a client sees it, on the demo stack ({@link DemoStack}): {@code /q/openapi} merges
 * every service's document at the gateway's paths, keeps the rules every service's document keeps, and is the
 * document the Java client in {@code org.khet.e2e.client} was generated from (the committed copy
 * {@code src/test/openapi/khet.json}; docs/adr/0012), and with that client a program reads, writes and reads back
 * through the gateway. The test writes the live document to
 * {@code target/openapi/khet.json}, which CI lints with Redocly (.ci/run).
 */
@ExtendWith(DemoStack.class)
class ApiClientTest {
    static final Path COMMITTED = Path.of("src/test/openapi/khet.json");
    static final Path WRITTEN = Path.of("target/openapi/khet.json");
    /** The gateway's address in the committed and written copies: ./khet's (each run's gateway has a port of its own). */
    static final String SERVER = "http://127.0.0.1:8080";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Stack stack;
    static String servedAt;
    static ObjectNode live;

    @BeforeAll
    static void fetchTheGatewaysDocument() throws Exception {
        stack = DemoStack.stack();
        live = (ObjectNode) JSON.readTree(get(stack.gateway() + "/q/openapi"));
        servedAt = live.at("/servers/0/url").asText();
        ((ObjectNode) live.at("/servers/0")).put("url", SERVER);
        Files.createDirectories(WRITTEN.getParent());
        Files.writeString(WRITTEN, JSON.writeValueAsString(live) + "\n");
    }

    static String get(String url) throws Exception {
        HttpResponse<String> r = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        return r.body();
    }

    @Test
    void theMergedDocumentHasEveryServicesOperationsAtTheGatewaysPaths() throws Exception {
        assertFalse(live.has("x-khet-unavailable"), "every service gave its document: " + live.path("x-khet-unavailable"));
        assertEquals(stack.gateway(), servedAt, "servers: the gateway as it was called");
        List<String> missing = new ArrayList<>();
        for (String service : Stack.SERVICES) {
            JsonNode own = JSON.readTree(get(stack.url(service) + "/q/openapi?format=json"));
            for (Iterator<Map.Entry<String, JsonNode>> it = own.path("paths").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                if (!path.getKey().startsWith("/v1/") || path.getKey().startsWith("/v1/org-replica/")) {
                    continue; // the management paths and the kit's org replica are not the gateway's API
                }
                String atGateway = "/api" + path.getKey().replaceFirst("^/v1/(changes|feed-jobs)", "/v1/" + service + "/$1");
                for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                    String method = methods.next();
                    if (!live.path("paths").path(atGateway).has(method)) {
                        missing.add(service + ": " + method.toUpperCase() + " " + path.getKey() + " (" + atGateway + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "operations of the services that the gateway's document does not have");
        assertEquals("listBudgetChanges", live.at("/paths/~1api~1v1~1budget~1changes/get/operationId").asText());
        assertEquals("getSchoolFeedJob", live.at("/paths/~1api~1v1~1school~1feed-jobs~1{id}/get/operationId").asText());
    }

    @Test
    void theMergedDocumentKeepsTheRulesOfEveryServicesDocument() {
        assertEquals(List.of(), OpenApiRules.violations(live));
    }

    /** The client is generated from the committed copy: it must be the document the gateway serves. */
    @Test
    void theCommittedCopyIsTheDocumentTheGatewayServes() throws Exception {
        JsonNode committed = JSON.readTree(COMMITTED.toFile());
        List<String> differences = new ArrayList<>();
        diff("", committed, live, differences);
        assertTrue(differences.isEmpty(), "e2e/" + COMMITTED + ", from which the e2e client is generated, is not the"
                + " gateway's /q/openapi (" + differences.size() + " differences, first: " + differences.subList(0,
                Math.min(20, differences.size())) + "). When the change to the API is meant, refresh it from this run's copy"
                + " and build again: cp e2e/" + WRITTEN + " e2e/" + COMMITTED);
    }

    /**
     * The generated client against the stack: the demo area's Part 1, an enrolment feed of one school's round of
     * academic year 2567 (a year the demo has no enrolment of, so the seed's figures stay as they are), the same
     * summary for 2567 counting exactly that feed's students, and the report's findings.
     */
    @Test
    void aClientGeneratedFromTheDocumentReadsASummarySendsAFeedAndReadsTheFindings() throws Exception {
        KhetApi viewer = api(DemoStack.viewerToken());
        AreaSummary summary = viewer.getAreaSummary("5602", 2566, null /* basis */, 1);
        JsonNode s = tree(summary);
        Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
        s.path("sizeClasses").path("rows").forEach(r -> sizes.put(r.path("sizeClass").asText(), r.path("schools").asInt()));
        assertEquals(Map.of("small", 89, "medium", 41, "large", 1, "extra-large", 0), sizes);
        assertEquals(14312, s.at("/studentsByDistrict/total/total").asInt());

        KhetApi officer = api(stack.token("เจ้าหน้าที่เขต", "area-officer", List.of("5602")));
        // the document lists text/csv first for a feed's body: the client sends the CSV text as it is
        String csv = """
                schoolCode,academicYear,round,grade,boys,girls,classrooms
                1056020001,2567,1,P1,11,9,1
                1056020001,2567,1,P2,8,12,1
                """;
        FeedResult result = officer.submitEnrolmentFeed(csv, null, null, "api-client-test-" + java.util.UUID.randomUUID(), null);
        assertEquals("enrolment", result.getKind(), result.toString());
        assertEquals(2, result.getRows());
        assertEquals(1, result.getCreated(), "one school's round of 2567, created");
        assertEquals(List.of("5602"), result.getAreaCodes());
        assertEquals(List.of(2567), result.getYears());
        assertFalse(result.getReplayed());
        JsonNode next = tree(viewer.getAreaSummary("5602", 2567, null /* basis */, 1));
        assertEquals(11 + 9 + 8 + 12, next.at("/studentsByDistrict/total/total").asInt(), "the feed's 40 students, no others");
        assertEquals(11 + 8, next.at("/studentsByDistrict/total/boys").asInt());

        JsonNode findings = tree(viewer.listReportFindings("5602", 2566));
        assertEquals(39, findings.path("findings").size(), "the services' 29 (the seed's 28 disagreements and the placeholder staff register) and report-service's own 10 checks");
    }

    /** The generated client at the stack's gateway, sending {@code token}. */
    static KhetApi api(String token) {
        ApiClient client = new ApiClient(ApiClient.createDefaultHttpClientBuilder(), ApiClient.createDefaultObjectMapper(),
                stack.gateway());
        client.setReadTimeout(Duration.ofSeconds(60));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new KhetApi(client);
    }

    /** An answer of the generated client as JSON, by the client's own mapper (its models' property names). */
    static JsonNode tree(Object answer) {
        return ApiClient.createDefaultObjectMapper().valueToTree(answer);
    }

    /** JSON pointers where {@code a} and {@code b} differ (key order aside). */
    static void diff(String at, JsonNode a, JsonNode b, List<String> out) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> keys = new java.util.TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                String p = at + "/" + k.replace("~", "~0").replace("/", "~1");
                if (!a.has(k)) {
                    out.add("+" + p);
                } else if (!b.has(k)) {
                    out.add("-" + p);
                } else {
                    diff(p, a.get(k), b.get(k), out);
                }
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                diff(at + "/" + i, a.get(i), b.get(i), out);
            }
        } else {
            out.add("~" + at);
        }
    }
}
