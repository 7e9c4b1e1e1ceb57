package org.khet.report;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.report.support.StubUpstreamsResource;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TestTokens;

import java.sql.Connection;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With tokens checked: the area's officer and obec-admin publish, another area's officer and a viewer get 403 and
 * publish nothing, no token 401; a published edition, the list and the comparison are read without a token, while the
 * live draft, the findings and the texts still answer 401 without one.
 */
@QuarkusTest
@TestProfile(ReportTextsAccessTest.Secured.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class EditionsAccessTest {
    private static final String EDITIONS = "/v1/reports/editions/5682/2566";

    @Inject
    AgroalDataSource db;

    private static String bearer(String sub, String role, String org) {
        return "Bearer " + TestTokens.token(sub, role, org);
    }

    @Test
    void theAreasOfficerPublishesAndAnyoneReadsWhatWasPublishedOnly() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into org_unit (code, kind) values ('5682', 'AREA'), ('5693', 'AREA') on conflict do nothing");
            s.execute("insert into org_closure (ancestor, descendant, depth) values ('5682', '5682', 0), "
                    + "('5693', '5693', 0) on conflict do nothing");
        }
        given().post(EDITIONS).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", bearer("ผู้ชม", "viewer", "5682")).post(EDITIONS).then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", bearer("เจ้าหน้าที่เขตอื่น", "area-officer", "5693")).post(EDITIONS)
                .then().statusCode(403);
        // nothing was published by the refused calls
        assertEquals(0, given().get(EDITIONS).then().statusCode(200).extract().jsonPath().getInt("count"));
        given().get(EDITIONS + "/1").then().statusCode(404);

        JsonPath e = given().header("Authorization", bearer("เจ้าหน้าที่เขต", "area-officer", "5682")).post(EDITIONS)
                .then().statusCode(201).extract().jsonPath();
        assertEquals(1, e.getInt("number"));
        assertEquals("เจ้าหน้าที่เขต (area-officer @ 5682)", e.getString("publishedBy"));
        // obec-admin publishes for any area; numbers run per area and year
        assertEquals(1, given().header("Authorization", bearer("สพฐ.", "obec-admin", "obec"))
                .post("/v1/reports/editions/5682/2565").then().statusCode(201).extract().jsonPath().getInt("number"));

        // the public copy: no token
        given().get(EDITIONS + "/1?format=json").then().statusCode(200).header("X-Khet-Edition", "1");
        given().get(EDITIONS + "/1?format=html").then().statusCode(200).contentType("text/html");
        assertEquals(1, given().get(EDITIONS).then().statusCode(200).extract().jsonPath().getInt("count"));
        assertEquals(0, given().get(EDITIONS + "/1/diff?against=1").then().statusCode(200).extract().jsonPath()
                .getInt("changes"));

        // everything else keeps its token
        given().get("/v1/reports/annual?area=5682&fiscalYear=2566").then().statusCode(401)
                .contentType("application/problem+json");
        given().get("/v1/reports/findings?area=5682&fiscalYear=2566").then().statusCode(401);
        given().get("/v1/reports/texts/5682/2566/foreword").then().statusCode(401);
        given().get("/v1/changes?after=0&limit=1").then().statusCode(401);
    }
}
