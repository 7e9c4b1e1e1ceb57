package org.khet.school;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OutboxRows;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The school register as one file: checked whole, stored school by school with their events, idempotent. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class SchoolRegistryFeedTest {
    static final String HEADER = "code,districtCode,nameTh,nameEn,branchOf,expansion,specialArea\n";

    @Inject
    AgroalDataSource db;

    private long registered() {
        return OutboxRows.count(db, "type = 'school.SchoolRegistered.v1' and area_code = '9831'");
    }

    private long changed() {
        return OutboxRows.count(db, "type = 'school.SchoolChanged.v1' and area_code = '9831'");
    }

    @Test
    void anAreaRegistersItsSchoolsInOneFile() {
        Org.area("9831", "เขตทดสอบทะเบียนโรงเรียน");
        Org.district("9831-01", "อำเภอเชียงม่วน");
        Org.district("9831-02", "อำเภอปง");
        // the branch comes before its main school in the file: the feed orders them
        String feed = HEADER
                + "1098310003,9831-01,โรงเรียนบ้านสระ สาขาบ้านทุ่ง,,1098310001,,highland\n"
                + "1098310001,9831-01,โรงเรียนบ้านสระ,Ban Sa School,,true,\n"
                + "1098310002,9831-02,โรงเรียนบ้านปง,,,false,remote\n";
        given().contentType("text/csv; charset=UTF-8").body(feed).post("/v1/schools/feed").then().statusCode(200)
                .body("kind", is("schools")).body("rows", is(3)).body("areaCodes", contains("9831"))
                .body("created", is(3)).body("updated", is(0)).body("unchanged", is(0));
        given().get("/v1/schools/1098310003").then().statusCode(200)
                .body("branchOf", is("1098310001")).body("specialArea", is("highland")).body("areaCode", is("9831"));
        given().get("/v1/schools/1098310001").then().body("expansion", is(true)).body("nameEn", is("Ban Sa School"));
        given().get("/v1/areas/9831/schools").then().body("total", is(3));
        given().get("/v1/org/9831-01/contains/1098310003").then().body("contains", is(true));
        assertEquals(3, registered());

        // the same file again: its receipt answers, nothing is stored or published
        given().contentType("text/csv; charset=UTF-8").body(feed).post("/v1/schools/feed").then().statusCode(200).body("replayed", is(true));
        assertEquals(3, registered());

        // one school renamed (another file: a new key): only that school changes, with one event
        long before = changed();
        String renamed = feed.replace("โรงเรียนบ้านปง,", "โรงเรียนบ้านปงใหม่,");
        given().contentType("text/csv; charset=UTF-8").body(renamed).post("/v1/schools/feed")
                .then().statusCode(200).body("created", is(0)).body("updated", is(1)).body("unchanged", is(2));
        given().get("/v1/schools/1098310002").then().body("nameTh", is("โรงเรียนบ้านปงใหม่"));
        assertEquals(before + 1, changed(), "the two unchanged schools publish nothing");
        assertEquals(3, registered());

        // the same schools in other bytes (another order, CRLF, TRUE for true): all unchanged, nothing published
        String[] lines = renamed.split("\n");
        String reordered = String.join("\r\n", lines[0], lines[3], lines[2].replace(",true,", ",TRUE,"), lines[1]) + "\r\n";
        given().contentType("text/csv; charset=UTF-8").body(reordered).post("/v1/schools/feed").then().statusCode(200)
                .body("replayed", is(false)).body("created", is(0)).body("updated", is(0)).body("unchanged", is(3));
        assertEquals(before + 1, changed());
    }

    @Test
    void everyBadRowIsReportedAndNothingIsStored() {
        Org.area("9832", "เขตทดสอบทะเบียนผิด");
        Org.district("9832-01", "อำเภอจุน");
        Org.school("1098329999", "9832-01", "โรงเรียนบ้านสาขา", null, false);
        given().contentType("text/csv; charset=UTF-8").body("code,districtCode,nameTh,branchOf\n1098329998,9832-01,โรงเรียนสาขา,1098329999\n")
                .post("/v1/schools/feed").then().statusCode(200);
        String feed = "code,districtCode,nameTh,branchOf,expansion\n"
                + "1098320001,9832-01,โรงเรียนดี,,\n"         // 2 fine, but not stored
                + "10983,9832-01,โรงเรียนรหัสสั้น,,\n"          // 3 code
                + "1098320002,9832-09,โรงเรียนอำเภอไม่มี,,\n"   // 4 district
                + "1098320001,9832-01,โรงเรียนซ้ำ,,\n"          // 5 duplicate
                + "1098320003,9832-01,โรงเรียนสาขาของสาขา,1098329998,\n" // 6 a branch of a branch
                + "1098320004,9832-01,,,maybe\n";               // 7 name, expansion
        given().contentType("text/csv; charset=UTF-8").body(feed).post("/v1/schools/feed").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.row", contains(3, 4, 5, 6, 7, 7))
                .body("errors.column", contains("code", "districtCode", "code", "branchOf", "nameTh", "expansion"));
        given().get("/v1/schools/1098320001").then().statusCode(404);
        given().get("/v1/areas/9832/schools").then().body("total", is(2));
    }
}
