package org.khet.assessment.national;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TestTokens;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who reads the national roll-ups (ADR 0015), with tokens checked: obec-admin and viewer every row; an area or school
 * officer the whole ITA ranking (OBEC publishes it to every area) but, of the test roll-up, the national figures and
 * its own area's rows only — in JSON and in a download; a token without a Khet role 403; no token 401.
 */
@QuarkusTest
@TestProfile(NationalAccessTest.Secured.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class NationalAccessTest {

    public static class Secured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            TestTokens.privateKey();
            return Map.of("khet.security.enabled", "true", "khet.security.issuer", TestTokens.ISSUER,
                    "khet.security.key-location", TestTokens.PUBLIC.toAbsolutePath().toString());
        }
    }

    private static String bearer(String sub, String role, String org) {
        return "Bearer " + TestTokens.token(sub, role, org);
    }

    private static JsonPath read(String token, String path) {
        return given().header("Authorization", token).get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void eachRoleReadsWhatOBECPublishesToIt() {
        NationalAreas.load(bearer("สพฐ.", "obec-admin", "obec"));
        String ita = "/v1/national/ita?fiscalYear=2591";
        String tests = "/v1/national/tests?academicYear=2590&test=ONET-P6";

        given().get(ita).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", bearer("ใครก็ได้", "guest", "7701")).get(tests).then().statusCode(403)
                .contentType("application/problem+json");

        String viewer = bearer("ผู้ชม", "viewer", "obec");
        assertEquals(4, read(viewer, ita).getInt("areas.total"));
        assertEquals(7, read(viewer, tests).getInt("areas.total"));

        String officer = bearer("นางสาวกาญจนา", "area-officer", "7702");
        assertEquals(List.of("7701", "7702", "7703", "7704"), read(officer, ita).getList("areas.items.areaCode"),
                "the whole ranking, as OBEC publishes it");
        JsonPath own = read(officer, tests);
        assertEquals(List.of("7702", "7702"), own.getList("areas.items.areaCode"), "its own area's rows only");
        assertEquals(List.of(4, 1), own.getList("areas.items.rank"), "ranks among every area");
        assertEquals(53.41f, own.getFloat("national[0].weightedMean"), "the national figures are over every area");
        assertEquals(1, own.getList("findings").size());
        String csv = new String(given().header("Authorization", officer).get(tests + "&format=csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertEquals(3, csv.lines().count(), "the header and its two rows: " + csv);

        String school = bearer("ครูสมศรี", "school-officer", "77030001");
        assertEquals(List.of("7703"), read(school, tests).getList("areas.items.areaCode"), "its school's area");
        assertEquals(4, read(school, ita).getInt("areas.total"));
    }
}
