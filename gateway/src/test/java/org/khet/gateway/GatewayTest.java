package org.khet.gateway;

import org.khet.testkit.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** The gateway in front of stub services: tokens, request ids, rate limit, failures, Location, docs, health, CORS. */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class GatewayTest {

    private static RequestSpecification as(String subject) {
        return given().header("Authorization", "Bearer " + TestTokens.token(subject, "area-officer", "5602"));
    }

    // --- authentication -----------------------------------------------------------------------------------------

    @Test
    void noTokenIs401Problem() {
        given().get("/api/v1/schools").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", endsWith("/unauthorized"))
                .body("detail", containsString("bearer token is required"));
    }

    @Test
    void expiredWrongIssuerWrongAudienceAndTamperedTokensAre401() {
        var expired = TestTokens.sign(TestTokens.expired(TestTokens.claims("สมชาย", "area-officer", "5602")), TestTokens.privateKey());
        var otherIssuer = TestTokens.claims("สมชาย", "area-officer", "5602");
        otherIssuer.setIssuer("https://evil.example/realms/khet");
        var otherAudience = TestTokens.claims("สมชาย", "area-officer", "5602");
        otherAudience.setAudience("another-app");
        String viewer = TestTokens.token("สมหญิง", "viewer", "5602");
        Map<String, String> cases = Map.of(
                TestTokens.sign(otherIssuer, TestTokens.privateKey()), "not issued by https://khet.local/test",
                TestTokens.sign(otherAudience, TestTokens.privateKey()), "audience",
                expired, "expired",
                TestTokens.tampered(viewer, "\"viewer\"", "\"obec-admin\""), "signature",
                "garbage", "not a well-formed");
        cases.forEach((token, why) -> given().header("Authorization", "Bearer " + token).get("/api/v1/schools")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("detail", containsString(why)));
    }

    @Test
    void aValidTokenIsPassedOnWithTheRequestId() {
        String token = TestTokens.token("ครูสมศรี", "school-officer", "56020041");
        Response r = given().header("Authorization", "Bearer " + token).get("/api/v1/schools/56020041?include=staff");
        r.then().statusCode(200)
                .body("service", equalTo("school"))
                .body("path", equalTo("/v1/schools/56020041"))
                .body("query", equalTo("include=staff"))
                .body("authorization", equalTo("Bearer " + token))
                .body("forwardedFor", equalTo("127.0.0.1"));
        String id = r.header("X-Request-Id");
        assertNotNull(id, "the gateway makes a request id");
        assertEquals(id, r.jsonPath().getString("requestId"), "the service got the same id");

        as("ผู้ติดตาม").header("X-Request-Id", "trace-5602-0001").get("/api/v1/projects").then().statusCode(200)
                .header("X-Request-Id", "trace-5602-0001").body("requestId", equalTo("trace-5602-0001"));
    }

    @Test
    void publicPathsNeedNoToken() {
        given().get("/api/v1/reports/public/2566").then().statusCode(200).body("service", equalTo("report"));
    }

    // --- routing and Location ------------------------------------------------------------------------------------

    @Test
    void locationIsRewrittenToTheGateway() {
        Response created = as("ผู้บันทึก").contentType("application/json").body("{\"nameTh\":\"โรงเรียนบ้านจุน\"}")
                .post("/api/v1/schools");
        created.then().statusCode(201).body("body", containsString("บ้านจุน"));
        String location = created.header("Location");
        assertTrue(location.matches("http://localhost:\\d+/api/v1/schools/42\\?view=full"), location);

        String job = as("ผู้บันทึก").contentType("text/csv").body("a,b\n1,2\n").post("/api/v1/allocations?job=1")
                .then().statusCode(202).extract().header("Location");
        assertTrue(job.endsWith("/api/v1/budget/feed-jobs/7"), job);
        as("ผู้บันทึก").get(job.replaceFirst("http://localhost:\\d+", "")).then().statusCode(200)
                .body("service", equalTo("budget")).body("path", equalTo("/v1/feed-jobs/7"));
        as("ผู้บันทึก").get("/api/v1/assessment/changes?after=10").then().statusCode(200)
                .body("service", equalTo("assessment")).body("path", equalTo("/v1/changes")).body("query", equalTo("after=10"));
    }

    @Test
    void answersArriveWholeSmallOnesInOneWriteWithTheirLengthLargeOnesStreamed() {
        int small = 10 * 1024, large = 3 * Forwarder.BUFFERED_ANSWER_LIMIT + 123;
        // a small answer the service sent in chunks: collected, sent with its length
        Response r = as("ผู้อ่าน").get("/api/v1/projects/bytes/" + small + "?chunked=1");
        r.then().statusCode(200).header("Content-Length", String.valueOf(small)).header("Transfer-Encoding", nullValue());
        assertArrayEquals(StubServices.body(small), r.asByteArray());
        // a large one in chunks: streamed, chunked
        r = as("ผู้อ่าน").get("/api/v1/projects/bytes/" + large + "?chunked=1");
        r.then().statusCode(200).header("Transfer-Encoding", equalToIgnoringCase("chunked")).header("Content-Length", nullValue());
        assertArrayEquals(StubServices.body(large), r.asByteArray());
        // a large one with its length: streamed with that length
        r = as("ผู้อ่าน").get("/api/v1/projects/bytes/" + large);
        r.then().statusCode(200).header("Content-Length", String.valueOf(large));
        assertArrayEquals(StubServices.body(large), r.asByteArray());
        // exactly at the limit, and empty
        r = as("ผู้อ่าน").get("/api/v1/projects/bytes/" + Forwarder.BUFFERED_ANSWER_LIMIT + "?chunked=1");
        r.then().statusCode(200).header("Content-Length", String.valueOf(Forwarder.BUFFERED_ANSWER_LIMIT));
        assertArrayEquals(StubServices.body(Forwarder.BUFFERED_ANSWER_LIMIT), r.asByteArray());
        as("ผู้อ่าน").get("/api/v1/projects/bytes/0?chunked=1").then().statusCode(200).body(equalTo(""));
        // an ETag and a 304 without a body pass through
        as("ผู้อ่าน").get("/api/v1/projects/7/etag").then().statusCode(200).header("ETag", "\"v1\"")
                .body("path", equalTo("/v1/projects/7/etag"));
        as("ผู้อ่าน").header("If-None-Match", "\"v1\"").get("/api/v1/projects/7/etag").then().statusCode(304)
                .header("ETag", "\"v1\"").body(equalTo(""));
    }

    @Test
    void unknownPathIsA404Problem() {
        as("ผู้หลงทาง").get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("/api/v1/nothing-here"));
        as("ผู้หลงทาง").get("/api/v1/org-replica/5602").then().statusCode(404)
                .contentType("application/problem+json").body("service", nullValue());
    }

    // --- rate limit ------------------------------------------------------------------------------------------------

    /**
     * 60 requests at once from one client (burst 20, 5 per second): the burst is let through, the rest beyond what
     * refilled meanwhile get 429. Sent together, so that a slow machine (fewer requests a second than the refill)
     * cannot keep the client under its rate; to a path no service owns, so that what is let through is the gateway's
     * own 404 and no stub's speed (or circuit) comes into it.
     */
    @Test
    void aClientOverItsRateGets429WithRetryAfter() throws Exception {
        String token = TestTokens.token("ผู้ส่งถี่", "area-officer", "5602");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/v1/nothing-here"))
                .header("Authorization", "Bearer " + token).build();
        long start = System.nanoTime();
        List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            sent.add(http.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofString()));
        }
        List<java.net.http.HttpResponse<String>> answers = new ArrayList<>();
        for (var f : sent) {
            answers.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Integer> statuses = answers.stream().map(java.net.http.HttpResponse::statusCode).toList();
        long through = statuses.stream().filter(s -> s == 404).count();
        assertTrue(through >= 20, "the burst of 20 is let through: " + statuses);
        assertTrue(through <= 20 + Math.ceil(5 * seconds), through + " let through in " + seconds + " s: " + statuses);
        assertEquals(60 - through, statuses.stream().filter(s -> s == 429).count(), "the others are refused: " + statuses);
        var limited = answers.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertTrue(limited.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(limited.body().contains("too-many-requests") && limited.body().contains("\"status\":429"), limited.body());
        assertTrue(Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        as("ผู้ใช้อื่น").get("/api/v1/projects").then().statusCode(200);
    }

    // --- failures ----------------------------------------------------------------------------------------------------

    @Test
    void aStoppedServiceIs503NamingItThenTheCircuitOpens() {
        for (int i = 0; i < 3; i++) {
            as("ผู้รอ").get("/api/v1/dead/things").then().statusCode(503)
                    .time(lessThan(2500L))
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("service", equalTo("dead"))
                    .body("detail", containsString("the dead service is not reachable"));
        }
        as("ผู้รอ").get("/api/v1/dead/things").then().statusCode(503)
                .header("Retry-After", notNullValue())
                .body("service", equalTo("dead"))
                .body("detail", containsString("tries it again"));
        as("ผู้รอ").get("/api/v1/projects").then().statusCode(200);
    }

    @Test
    void aConnectionClosedUnderAGetIsRetriedOnceButABodyIsNeverSentTwice() {
        as("ผู้ส่งซ้ำ").get("/api/v1/schools/drop-once").then().statusCode(200)
                .body("path", equalTo("/v1/schools/drop-once"));
        as("ผู้ส่งซ้ำ").contentType("application/json").body("{\"code\":\"1056020001\"}").post("/api/v1/schools/drop-once")
                .then().statusCode(503).contentType("application/problem+json").body("service", equalTo("school"));
        as("ผู้ส่งซ้ำ").contentType("application/json").body("{\"code\":\"1056020001\"}").post("/api/v1/schools/drop-once")
                .then().statusCode(201);
    }

    @Test
    void aSlowServiceIsA504ProblemAfterTheTimeout() {
        as("ผู้ใจร้อน").get("/api/v1/projects/slow").then().statusCode(504)
                .time(allOf(greaterThan(900L), lessThan(2900L)))
                .contentType("application/problem+json")
                .body("service", equalTo("project"))
                .body("detail", containsString("project service did not answer within 1000 ms"));
    }

    @Test
    void aFeedUploadWaitsForItsAnswerLongerThanOtherRequests() {
        // the service takes 2.5 s to answer a feed with its job: past the 1 s of every other request, within the 6 s
        // of a feed upload; the sender gets the 202 and its job's address, not a 504 while the feed is being stored
        String feed = "schoolCode,academicYear,round,grade,boys,girls,classrooms\n1056020001,2566,1,P1,10,9,1\n";
        as("ผู้ส่งข้อมูลทั้งประเทศ").contentType("text/csv").body(feed).post("/api/v1/schools/feed?delay=2500")
                .then().statusCode(202)
                .header("Location", matchesPattern("http://localhost:\\d+/api/v1/school/feed-jobs/8"))
                .body("bytes", equalTo(feed.getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        // the same wait on a path that is not a feed upload is a 504 after the service's 1 s
        as("ผู้ส่งข้อมูลทั้งประเทศ").contentType("text/csv").body(feed).post("/api/v1/schools/feed-notes?delay=2500")
                .then().statusCode(504).contentType("application/problem+json")
                .body("detail", containsString("school service did not answer within 1000 ms"));
        assertTrue(Forwarder.isFeedUpload(io.vertx.core.http.HttpMethod.PUT, "/v1/areas/5602/projects/feed"));
        assertFalse(Forwarder.isFeedUpload(io.vertx.core.http.HttpMethod.GET, "/v1/enrolment-rounds/feed"));
    }

    // --- docs, health, CORS ----------------------------------------------------------------------------------------

    @Test
    void swaggerUiShowsTheMergedDocumentAndEachServicesPart() {
        String html = given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertTrue(html.contains("/q/openapi"), "the merged document is in the Swagger UI");
        for (String service : StubServices.NAMES) {
            assertTrue(html.contains("/openapi/" + service), service + " missing from the Swagger UI");
        }
        given().redirects().follow(false).get("/").then().statusCode(302).header("Location", endsWith("/q/swagger-ui/"));
    }

    @Test
    void qOpenapiIsEveryServicesDocumentMergedAtGatewayPaths() {
        var doc = given().get("/q/openapi").then().statusCode(200).contentType("application/json").extract().jsonPath();
        Map<String, Object> paths = doc.getMap("paths");
        for (String service : StubServices.NAMES) {
            assertTrue(paths.containsKey("/api" + StubServices.API_PATH.get(service)), service + ": " + paths.keySet());
            assertTrue(paths.containsKey("/api/v1/" + service + "/changes"), service + " change feed: " + paths.keySet());
            String page = ApiDocument.pascal(service) + "Page";
            assertEquals("#/components/schemas/" + page, doc.getString("paths.'/api/v1/" + service
                    + "/changes'.get.responses.'200'.content.'application/json'.schema.'$ref'"));
            assertEquals(service + " page", doc.getString("components.schemas." + page + ".description"));
        }
        assertFalse(paths.keySet().stream().anyMatch(p -> p.contains("/q/")), "management paths stay out");
        assertEquals("bearer", doc.getString("components.securitySchemes.bearerJwt.scheme"));
        assertTrue(doc.getString("servers[0].url").matches("http://localhost:\\d+"), doc.getString("servers[0].url"));
        assertEquals(List.of("dead"), doc.getList("x-khet-unavailable"));
        given().redirects().follow(false).get("/openapi").then().statusCode(308).header("Location", "/q/openapi");

        var budget = given().get("/openapi/budget").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Data"), budget.getList("paths.'/api/v1/areas/{areaCode}/budget'.get.tags"));
        assertEquals("budget page", budget.getString("components.schemas.Page.description"), "alone, nothing collides");
        assertEquals(doc.getString("servers[0].url"), budget.getString("servers[0].url"));
        given().get("/openapi/dead").then().statusCode(503).contentType("application/problem+json");
        given().get("/openapi/nobody").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aggregatedHealthNamesTheServiceThatIsDown() {
        var health = given().get("/health").then().statusCode(503).extract().jsonPath();
        assertEquals("DOWN", health.getString("status"));
        for (String service : StubServices.NAMES) {
            assertEquals("UP", health.getString("services." + service + ".status"), service);
        }
        assertEquals("DOWN", health.getString("services.dead.status"));
        assertEquals(List.of("dead"), health.getList("down"));
    }

    @Test
    void corsPreflightFromALocalFrontEndIsAllowed() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type")
                .options("/api/v1/schools").then().statusCode(anyOf(is(200), is(204)))
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        as("เบราว์เซอร์").header("Origin", "http://localhost:5173").get("/api/v1/schools").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Expose-Headers", containsString("Location"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/schools").then().header("Access-Control-Allow-Origin", nullValue());
    }
}
