package org.khet.school;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/**
 * The area's setting whether a branch campus reports on its own: by default it does (every open school expected);
 * set to false, a round opened afterwards expects only the main schools — in the area's rounds and in a national one —
 * and a branch that sends anyway counts as unexpected. Who may set it, and that a round already open keeps its list.
 * <p>
 * Area 9862: main schools M (…01) and N (…03), and branch campus B (…02) of M.
 */
@QuarkusTest
@TestProfile(SecuredRegistryFeedTest.Secured.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class BranchCampusRoundTest {
    static final String AREA = "9862";
    static final String M = "1098620001";
    static final String B = "1098620002";
    static final String N = "1098620003";
    static final String ADMIN = bearer("สพฐ.", "obec-admin", "obec");
    static final String OFFICER = bearer("นายสาขา", "area-officer", AREA);

    private static String bearer(String sub, String role, String org) {
        return "Bearer " + TestTokens.token(sub, role, org);
    }

    private static String openRound(String token, String kind, int year, String area) {
        String id = given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"kind\":\"" + kind + "\",\"academicYear\":" + year + ",\"round\":1,\"snapshotDate\":\"2023-06-10\","
                        + "\"opensOn\":\"2023-06-01\",\"closesOn\":\"2099-12-31\""
                        + (area == null ? "" : ",\"areaCode\":\"" + area + "\"") + "}")
                .post("/v1/collection-rounds").then().statusCode(201).extract().path("id");
        given().header("Authorization", token).post("/v1/collection-rounds/" + id + "/open").then().statusCode(200);
        return id;
    }

    private static String settings(String token, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .put("/v1/areas/" + AREA + "/collection-round-settings").then().extract().asString();
    }

    @Test
    void branchesAreExpectedOnlyWhereTheAreaLetsThemReportOnTheirOwn() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"nameTh\":\"เขตทดสอบสาขา\",\"level\":\"primary\"}").put("/v1/areas/" + AREA).then().statusCode(201);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"areaCode\":\"" + AREA + "\",\"nameTh\":\"อำเภอสาขา\"}").put("/v1/districts/" + AREA + "-01")
                .then().statusCode(201);
        given().header("Authorization", ADMIN).contentType("text/csv; charset=UTF-8")
                .body("code,districtCode,nameTh\n" + M + "," + AREA + "-01,โรงเรียนบ้านหลวง\n" + N + "," + AREA
                        + "-01,โรงเรียนบ้านน้อย\n").post("/v1/schools/feed").then().statusCode(200);
        given().header("Authorization", ADMIN).contentType("text/csv; charset=UTF-8")
                .body("code,districtCode,nameTh,branchOf\n" + B + "," + AREA + "-01,โรงเรียนบ้านหลวง สาขาห้วยทราย," + M + "\n")
                .post("/v1/schools/feed").then().statusCode(200);

        // the default: branches report on their own, so all three are expected
        given().header("Authorization", bearer("ผู้อ่าน", "viewer", "obec")).get("/v1/areas/" + AREA + "/collection-round-settings")
                .then().statusCode(200).body("branchesReportOnTheirOwn", is(true)).body("version", is(0))
                .body("updatedBy", nullValue());
        String enrolment = openRound(OFFICER, "enrolment", 2566, AREA);
        given().header("Authorization", OFFICER).get("/v1/collection-rounds/" + enrolment + "/completeness").then()
                .statusCode(200).body("total.expected", is(3)).body("total.missing", contains(M, B, N));

        // who may change it: the area's officer or obec-admin, not a school, not another area; and it must be said
        given().header("Authorization", bearer("ครู", "school-officer", M)).contentType(ContentType.JSON)
                .body("{\"branchesReportOnTheirOwn\":false}").put("/v1/areas/" + AREA + "/collection-round-settings").then()
                .statusCode(403).contentType("application/problem+json").body("detail", containsString("area-officer or obec-admin"));
        given().header("Authorization", bearer("เขตอื่น", "area-officer", "9899")).contentType(ContentType.JSON)
                .body("{\"branchesReportOnTheirOwn\":false}").put("/v1/areas/" + AREA + "/collection-round-settings").then()
                .statusCode(403).body("detail", containsString("outside its own org unit"));
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body("{}")
                .put("/v1/areas/" + AREA + "/collection-round-settings").then().statusCode(400)
                .body("errors[0].field", is("branchesReportOnTheirOwn"));
        given().header("Authorization", OFFICER).get("/v1/areas/9899/collection-round-settings").then().statusCode(404);
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body("{\"branchesReportOnTheirOwn\":false}")
                .put("/v1/areas/" + AREA + "/collection-round-settings").then().statusCode(200)
                .body("branchesReportOnTheirOwn", is(false)).body("version", is(1)).body("updatedBy", startsWith("นายสาขา"));
        // the same again changes nothing
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{\"branchesReportOnTheirOwn\":false}")
                .put("/v1/areas/" + AREA + "/collection-round-settings").then().statusCode(200).body("version", is(1));

        // the round already open keeps its three; a round opened now expects the main schools only
        given().header("Authorization", OFFICER).get("/v1/collection-rounds/" + enrolment + "/completeness").then()
                .body("total.expected", is(3));
        String staffing = openRound(OFFICER, "staffing", 2566, AREA);
        given().header("Authorization", OFFICER).get("/v1/collection-rounds/" + staffing + "/completeness").then()
                .statusCode(200).body("total.expected", is(2)).body("total.missing", contains(M, N));
        given().header("Authorization", OFFICER).get("/v1/collection-rounds/" + staffing + "/submissions/" + B).then()
                .statusCode(404);
        // a branch that sends anyway is taken, as unexpected
        given().header("Authorization", bearer("ครูสาขา", "school-officer", B)).contentType("text/csv; charset=UTF-8")
                .body("schoolCode,academicYear,round,staffType,count\n" + B + ",2566,1,teacher,2\n").post("/v1/staffing/feed")
                .then().statusCode(200);
        given().header("Authorization", OFFICER).get("/v1/collection-rounds/" + staffing + "/completeness").then()
                .body("total.expected", is(2)).body("total.submitted", is(0)).body("total.unexpected", is(1));

        // a national round follows each area's setting: here M and N
        String national = openRound(ADMIN, "transitions", 2563, null);
        given().header("Authorization", ADMIN).get("/v1/collection-rounds/" + national + "/completeness").then()
                .statusCode(200).body("areas.find { it.code == '" + AREA + "' }.expected", is(2))
                .body("areas.find { it.code == '" + AREA + "' }.missing", contains(M, N));
    }
}
