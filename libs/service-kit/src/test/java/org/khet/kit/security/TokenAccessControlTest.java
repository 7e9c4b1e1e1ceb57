package org.khet.kit.security;

import static org.awaitility.Awaitility.await;
import org.khet.testkit.TestTokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.org.OrgDirectory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Token authentication and hierarchy-scoped authorization in a service, against the real org directory
 * (PostgreSQL closure table): Phayao areas 1 and 2, a district of area 2 and three schools.
 */
@QuarkusTest
@TestProfile(SecuredProfile.class)
class TokenAccessControlTest {
    static final String AREA_1 = "5601", AREA_2 = "5602";
    static final String CHUN = "560201";
    static final String BAN_CHUN = "56020041", BAN_HUAI = "56020042", PHAYAO_1_SCHOOL = "56010007";

    @Inject
    OrgDirectory directory;
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void seedDirectory() {
        QuarkusTransaction.requiringNew().run(() -> {
            directory.apply(new OrgUnitChanged(AREA_1, OrgUnitChanged.AREA, "obec", AREA_1, "สพป.พะเยา เขต 1", null, "open"));
            directory.apply(new OrgUnitChanged(AREA_2, OrgUnitChanged.AREA, "obec", AREA_2, "สพป.พะเยา เขต 2", null, "open"));
            directory.apply(new OrgUnitChanged(CHUN, OrgUnitChanged.DISTRICT, AREA_2, AREA_2, "อำเภอจุน", null, "open"));
            directory.apply(new OrgUnitChanged(BAN_CHUN, OrgUnitChanged.SCHOOL, CHUN, AREA_2, "โรงเรียนบ้านจุน", null, "open"));
            directory.apply(new OrgUnitChanged(BAN_HUAI, OrgUnitChanged.SCHOOL, CHUN, AREA_2, "โรงเรียนบ้านห้วยงิ้ว", null, "open"));
            directory.apply(new OrgUnitChanged(PHAYAO_1_SCHOOL, OrgUnitChanged.SCHOOL, AREA_1, AREA_1, "โรงเรียนบ้านต๋อม", null, "open"));
        });
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json");
    }

    private static ValidatableResponse write(String token, String org) {
        return as(token).body("{\"text\":\"บันทึกการนิเทศ\"}").post("/v1/test-notes/orgs/" + org).then();
    }

    private long notesOf(String org) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from note where org_code = ?")) {
            ps.setString(1, org);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // --- authentication -------------------------------------------------------------------------------------

    @Test
    void noTokenIs401ProblemAndStoresNothing() throws Exception {
        long before = notesOf(AREA_2);
        given().get("/v1/test-notes/summary").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", endsWith("/unauthorized"))
                .body("detail", containsString("bearer token is required"));
        given().contentType("application/json").body("{\"text\":\"x\"}").post("/v1/test-notes/orgs/" + AREA_2)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Basic dXNlcjpwYXNz").get("/v1/test-notes/summary").then().statusCode(401)
                .body("detail", containsString("Bearer"));
        assertEquals(before, notesOf(AREA_2));
    }

    @Test
    void expiredTokenIs401() {
        String token = TestTokens.sign(TestTokens.expired(TestTokens.claims("สมชาย", "area-officer", AREA_2)),
                TestTokens.privateKey());
        as(token).get("/v1/test-notes/summary").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("expired"));
    }

    @Test
    void tokenOfAnotherIssuerIs401() {
        var claims = TestTokens.claims("สมชาย", "obec-admin", "obec");
        claims.setIssuer("https://evil.example/realms/khet");
        as(TestTokens.sign(claims, TestTokens.privateKey())).get("/v1/test-notes/summary").then().statusCode(401)
                .body("detail", containsString("not issued by " + TestTokens.ISSUER));
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        var claims = TestTokens.claims("สมชาย", "obec-admin", "obec");
        claims.setAudience("another-app");
        as(TestTokens.sign(claims, TestTokens.privateKey())).get("/v1/test-notes/summary").then().statusCode(401)
                .body("detail", containsString("audience"));
    }

    @Test
    void tamperedTokenIs401AndWritesNothing() throws Exception {
        // a viewer rewrites its own role to obec-admin, keeping the signature
        String viewer = TestTokens.token("สมหญิง", "viewer", AREA_2);
        String forged = TestTokens.tampered(viewer, "\"viewer\"", "\"obec-admin\"");
        assertNotEquals(viewer, forged);
        long before = notesOf(AREA_1);
        write(forged, AREA_1).statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("signature"));
        assertEquals(before, notesOf(AREA_1));
    }

    @Test
    void tokenSignedByAnotherKeyIs401() throws Exception {
        String token = TestTokens.sign(TestTokens.claims("สมชาย", "obec-admin", "obec"), TestTokens.newPair().getPrivate());
        as(token).get("/v1/test-notes/summary").then().statusCode(401).body("detail", containsString("signature"));
    }

    @Test
    void unsignedOrGarbageTokenIs401() {
        String header = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        String payload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(TestTokens.claims("สมชาย", "obec-admin", "obec").toJson().getBytes());
        as(header + "." + payload + ".").get("/v1/test-notes/summary").then().statusCode(401);
        as("not-a-jwt").get("/v1/test-notes/summary").then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("well-formed"));
    }

    @Test
    void publicPathNeedsNoToken() {
        given().get("/v1/test-notes/public-count").then().statusCode(200);
    }

    // --- authorization: role × own / other org unit × read / write ----------------------------------------------

    @Test
    void everyRoleReadsPublishedAggregates() {
        for (String[] who : new String[][]{{"obec-admin", "obec"}, {"area-officer", AREA_1}, {"school-officer", BAN_CHUN},
                {"viewer", AREA_2}}) {
            String token = TestTokens.token("ผู้ใช้", who[0], who[1]);
            as(token).get("/v1/test-notes/summary").then()
                    .statusCode(200).body("reader", equalTo("ผู้ใช้ (" + who[0] + " @ " + who[1] + ")"))
                    .body("onwardToken", equalTo(token.substring(0, 12)));
        }
    }

    @Test
    void obecAdminWritesEverywhere() {
        String admin = TestTokens.token("ผอ.สพฐ.", "obec-admin", "obec");
        write(admin, AREA_1).statusCode(201);
        write(admin, BAN_CHUN).statusCode(201);
        as(admin).body("{\"text\":\"หมวดงบประมาณใหม่\"}").post("/v1/test-notes/national").then().statusCode(201);
    }

    @Test
    void areaOfficerWritesItsAreaAndWhatIsUnderItOnly() throws Exception {
        String officer = TestTokens.token("สมชาย", "area-officer", AREA_2);
        write(officer, AREA_2).statusCode(201);
        write(officer, CHUN).statusCode(201);
        write(officer, BAN_CHUN).statusCode(201);
        long before = notesOf(AREA_1) + notesOf(PHAYAO_1_SCHOOL);
        write(officer, AREA_1).statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/forbidden")).body("detail", containsString(AREA_1));
        write(officer, PHAYAO_1_SCHOOL).statusCode(403);
        write(officer, "99999999").statusCode(403);
        as(officer).body("{\"text\":\"x\"}").post("/v1/test-notes/national").then().statusCode(403);
        assertEquals(before, notesOf(AREA_1) + notesOf(PHAYAO_1_SCHOOL), "a refused write stores nothing");
    }

    @Test
    void schoolOfficerWritesItsOwnSchoolOnly() {
        String officer = TestTokens.token("ครูสมศรี", "school-officer", BAN_CHUN);
        write(officer, BAN_CHUN).statusCode(201);
        write(officer, BAN_HUAI).statusCode(403);
        write(officer, PHAYAO_1_SCHOOL).statusCode(403);
        write(officer, CHUN).statusCode(403);
        write(officer, AREA_2).statusCode(403).body("detail", containsString(AREA_2));
    }

    @Test
    void viewerAndRolelessTokensWriteNothing() {
        String viewer = TestTokens.token("สมหญิง", "viewer", AREA_2);
        write(viewer, AREA_2).statusCode(403).body("detail", containsString("may only read"));
        write(viewer, BAN_CHUN).statusCode(403);
        String roleless = TestTokens.token("someone", null, AREA_2);
        write(roleless, AREA_2).statusCode(403);
        as(roleless).get("/v1/test-notes/summary").then().statusCode(200);
    }

    @Test
    void anAreaOfficerOfTwoAreasWritesBoth() {
        String officer = TestTokens.token("สมชาย", "area-officer", AREA_1, AREA_2);
        write(officer, PHAYAO_1_SCHOOL).statusCode(201);
        write(officer, BAN_HUAI).statusCode(201);
    }

    // --- audit ------------------------------------------------------------------------------------------------

    @Test
    void theActorIsRecordedInTheRowAndInTheEvent() throws Exception {
        String officer = TestTokens.token("สมชาย ใจดี", "area-officer", AREA_2);
        String marker = UUID.randomUUID().toString();
        var out = as(officer).body("{\"text\":\"" + marker + "\"}").post("/v1/test-notes/orgs/" + BAN_CHUN).then()
                .statusCode(201).extract().jsonPath();
        String expected = "สมชาย ใจดี (area-officer @ 5602)";
        assertEquals(expected, out.getString("createdBy"));
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("select created_by from note where text = ?")) {
                ps.setString(1, marker);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(expected, rs.getString(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select payload->>'actor' from outbox_event where id = ?")) {
                ps.setObject(1, UUID.fromString(out.getString("eventId")));
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(expected, rs.getString(1));
                }
            }
        }
    }

    @Test
    void theRequestIdIsKeptEchoedAndLogged() throws Exception {
        java.util.List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                lines.add(java.text.MessageFormat.format(r.getMessage(), r.getParameters() == null ? new Object[0] : r.getParameters())
                        + " " + java.util.Arrays.toString(r.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger access = java.util.logging.Logger.getLogger("org.khet.access");
        access.addHandler(capture);
        try {
            String id = "req-" + UUID.randomUUID();
            as(TestTokens.token("สมชาย", "viewer", AREA_2)).header("X-Request-Id", id)
                    .get("/v1/test-notes/summary").then().statusCode(200).header("X-Request-Id", id);
            await("the access line is written").atMost(java.time.Duration.ofSeconds(5)).pollInterval(java.time.Duration.ofMillis(20))
                    .until(() -> lines.stream().anyMatch(l -> l.contains(id)));
            assertTrue(lines.stream().anyMatch(l -> l.contains(id) && l.contains("/v1/test-notes/summary")), lines.toString());
        } finally {
            access.removeHandler(capture);
        }
        given().get("/v1/test-notes/public-count").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "bad id with spaces\u0000").get("/v1/test-notes/public-count").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
