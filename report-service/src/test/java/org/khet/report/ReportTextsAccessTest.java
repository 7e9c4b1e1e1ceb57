package org.khet.report;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.report.support.StubUpstreamsResource;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TestTokens;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who writes the office's texts, with tokens checked: the area-officer of the area and obec-admin; an area-officer of
 * another area and a viewer get 403 and store nothing; any authenticated caller reads; no token 401.
 */
@QuarkusTest
@TestProfile(ReportTextsAccessTest.Secured.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class ReportTextsAccessTest {
    public static class Secured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            TestTokens.privateKey();
            return Map.of("khet.security.enabled", "true", "khet.security.issuer", TestTokens.ISSUER,
                    "khet.security.key-location", TestTokens.PUBLIC.toAbsolutePath().toString());
        }
    }

    @Inject
    AgroalDataSource db;

    private static String bearer(String sub, String role, String org) {
        return "Bearer " + TestTokens.token(sub, role, org);
    }

    private static io.restassured.response.Response put(String token, String text) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"elements\": [{\"kind\": \"paragraph\", \"text\": \"" + text + "\"}]}")
                .put("/v1/reports/texts/5694/2566/mandate");
    }

    @Test
    void theAreasOfficerAndObecAdminWriteOthersRead() throws SQLException {
        // the org directory replica (filled from school-service's events in a running stack): two areas
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into org_unit (code, kind) values ('5694', 'AREA'), ('5693', 'AREA') on conflict do nothing");
            s.execute("insert into org_closure (ancestor, descendant, depth) values ('5694', '5694', 0), "
                    + "('5693', '5693', 0) on conflict do nothing");
        }
        String path = "/v1/reports/texts/5694/2566/mandate";

        put(bearer("เจ้าหน้าที่เขตอื่น", "area-officer", "5693"), "เขตอื่น").then().statusCode(403)
                .contentType("application/problem+json");
        put(bearer("ผู้ชม", "viewer", "5694"), "ผู้ชม").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"elements\": []}").put(path).then().statusCode(401);
        given().header("Authorization", bearer("ผู้ชม", "viewer", "obec")).get(path).then().statusCode(404);

        put(bearer("เจ้าหน้าที่เขต", "area-officer", "5694"), "อำนาจหน้าที่ของเขต").then().statusCode(200)
                .header("ETag", "\"1\"");
        assertEquals("อำนาจหน้าที่ของเขต", given().header("Authorization", bearer("ผู้ชม", "viewer", "obec")).get(path)
                .then().statusCode(200).extract().jsonPath().getString("elements[0].text"));
        put(bearer("สพฐ.", "obec-admin", "obec"), "แก้โดย สพฐ.").then().statusCode(200).header("ETag", "\"2\"");
        given().get(path).then().statusCode(401);

        // the area officer of another area reads (reading is open to every authenticated caller) and sees the
        // obec-admin's change: its own refused write stored nothing
        assertEquals("แก้โดย สพฐ.", given().header("Authorization", bearer("เจ้าหน้าที่เขตอื่น", "area-officer", "5693"))
                .get(path).then().statusCode(200).extract().jsonPath().getString("elements[0].text"));
    }
}
