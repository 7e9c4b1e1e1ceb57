package org.khet.school.templates;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** With tokens checked, a template is downloaded by whoever may send its feed for the area or the school, no one else. */
@QuarkusTest
@TestProfile(TemplateAccessTest.Secured.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class TemplateAccessTest {
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

    static int status(String token, String query) {
        var req = given();
        if (token != null) {
            req = req.header("Authorization", token);
        }
        return req.get("/v1/areas/9863/templates/enrolment?academicYear=2566" + query).then().extract().statusCode();
    }

    @Test
    void theFeedsWritersDownloadItsTemplate() {
        String admin = bearer("สพฐ.", "obec-admin", "obec");
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body("{\"nameTh\":\"เขตทดสอบสิทธิ์แบบฟอร์ม\",\"level\":\"primary\"}").put("/v1/areas/9863").then().statusCode(201);
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body("{\"areaCode\":\"9863\",\"nameTh\":\"อำเภอภูซาง\"}").put("/v1/districts/9863-01").then().statusCode(201);
        for (String code : new String[]{"1098630001", "1098630002"}) {
            given().header("Authorization", admin).contentType(ContentType.JSON)
                    .body("{\"code\":\"" + code + "\",\"districtCode\":\"9863-01\",\"nameTh\":\"โรงเรียนบ้านสบบง " + code + "\"}")
                    .post("/v1/schools").then().statusCode(201);
        }
        String officer = bearer("นายสมชาย", "area-officer", "9863");
        String school = bearer("ครูธุรการ", "school-officer", "1098630001");
        String director = bearer("ผู้อำนวยการ", "school-director", "1098630001");

        org.junit.jupiter.api.Assertions.assertAll(
                () -> org.junit.jupiter.api.Assertions.assertEquals(200, status(officer, "")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(200, status(admin, "&format=csv")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(200, status(school, "&school=1098630001")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(200, status(director, "&school=1098630001")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(403, status(school, "")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(403, status(school, "&school=1098630002")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(403, status(bearer("ผู้ชม", "viewer", "obec"), "")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(403, status(bearer("เขตอื่น", "area-officer", "9899"), "")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(401, status(null, "")));
        given().header("Authorization", school).get("/v1/areas/9863/templates/enrolment?academicYear=2566").then()
                .statusCode(403).contentType("application/problem+json").body("detail", containsString("may not write data of org unit 9863,"));
    }
}
