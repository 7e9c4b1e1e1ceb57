package org.khet.budget;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TestTokens;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

/**
 * With tokens checked, a budget feed is authorized per area its rows name, on the request and before anything stored
 * is looked at (403, nothing stored); a code that is not an area is a 400 naming its row, not a 403; and a feed taken
 * as a background job writes as the officer who sent it.
 */
@QuarkusTest
@TestProfile(SecuredFeedsTest.Secured.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class SecuredFeedsTest {
    static final String AREA = "5681";
    static final String OTHER = "5682";

    public static class Secured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            TestTokens.privateKey();
            return Map.of("khet.security.enabled", "true", "khet.security.issuer", TestTokens.ISSUER,
                    "khet.security.key-location", TestTokens.PUBLIC.toAbsolutePath().toString());
        }
    }

    @Inject
    OrgDirectory directory;

    private static String bearer(String sub, String role, String org) {
        return "Bearer " + TestTokens.token(sub, role, org);
    }

    private static String allotments(String... areas) {
        StringBuilder csv = new StringBuilder("areaCode,fiscalYear,category,date,amount,documentNo\n");
        for (int i = 0; i < areas.length; i++) {
            csv.append(areas[i]).append(",2566,operating,2022-10-0").append(i + 1).append(",1000.00,ศธ 0568/").append(i + 1).append('\n');
        }
        return csv.toString();
    }

    @Test
    void aFeedIsAuthorizedPerAreaBeforeAnythingIsStoredAndAJobWritesAsItsSender() {
        TestData.init();
        TestData.areas(directory, AREA, OTHER);
        String admin = bearer("สพฐ.", "obec-admin", "obec");
        String officer = bearer("นางสาวกาญจนา", "area-officer", AREA);

        // a row of another area: 403 on the request, and the officer's own rows are not stored either
        given().header("Authorization", officer).contentType("text/csv; charset=UTF-8").body(allotments(AREA, OTHER))
                .post("/v1/allocations/feed").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", officer).contentType("text/csv; charset=UTF-8")
                .body("areaCode,fiscalYear,asOf,category,disbursed\n" + OTHER + ",2566,2023-03-31,operating,10.00\n")
                .post("/v1/execution-reports/feed").then().statusCode(403);
        given().header("Authorization", officer).contentType("text/csv; charset=UTF-8")
                .body("areaCode,fiscalYear,rowType,lineNo,section,group,item,planned,spent\n"
                        + OTHER + ",2566,item,1,ก,ข,ค,10.00,5.00\n")
                .post("/v1/operating-plans/feed").then().statusCode(403);
        given().header("Authorization", admin).get("/v1/allocations?areaCode=" + AREA).then().statusCode(200).body("total", is(0));

        // a code that is not an area is the sender's mistake to fix: a 400 naming the row, not a 403
        given().header("Authorization", officer).contentType("text/csv; charset=UTF-8").body(allotments(AREA, "9999"))
                .post("/v1/allocations/feed").then().statusCode(400)
                .body("errors[0].row", is(3)).body("errors[0].column", is("areaCode"));

        // the area's own officer, as a background job: the allotments name the officer who sent them
        String job = given().header("Authorization", officer).header("Prefer", "respond-async")
                .contentType("text/csv; charset=UTF-8").body(allotments(AREA, AREA))
                .post("/v1/allocations/feed").then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> given()
                .header("Authorization", admin).get(job).then().statusCode(200).extract().<String>path("status"),
                s -> s.equals("succeeded") || s.equals("failed"));
        given().header("Authorization", admin).get(job).then().body("status", is("succeeded"))
                .body("result.kind", is("allocations")).body("result.created", is(2))
                .body("result.areaCodes", contains(AREA));
        given().header("Authorization", admin).get("/v1/allocations?areaCode=" + AREA).then().statusCode(200)
                .body("total", is(2)).body("items.createdBy", everyItem(startsWith("นางสาวกาญจนา")));
    }
}
