package org.khet.assessment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.*;

/** An area that only has its schools' results: its mean is their takers-weighted mean, computed from the stored rows. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class SchoolWeightedAreaTest {
    static final String SCHOOLS_FINDING = "findings.findAll { it.code == 'assessment.area-mean-schools' }";

    @Test
    void anAreaOfSchoolsOnly() {
        Directory.unit("obec", OrgUnitChanged.OBEC, null, null, "สพฐ.");
        Directory.unit("5688", OrgUnitChanged.AREA, "obec", "5688", "สพป.ทดสอบ เขต 8");
        Directory.unit("5688-01", OrgUnitChanged.DISTRICT, "5688", "5688", "อำเภอจุน");
        Directory.unit("56880001", OrgUnitChanged.SCHOOL, "5688-01", "5688", "โรงเรียนบ้านจุน");
        Directory.unit("56880002", OrgUnitChanged.SCHOOL, "5688-01", "5688", "โรงเรียนบ้านห้วยงิ้ว");
        String csv = "academicYear,test,subject,level,orgCode,meanPercent,takers\n"
                + "2565,NT-P3,MATH,SCHOOL,56880001,60.00,30\n"
                + "2565,NT-P3,THAI,SCHOOL,56880001,70.00,30\n"
                + "2565,NT-P3,MATH,SCHOOL,56880002,40.00,10\n"
                + "2565,NT-P3,THAI,SCHOOL,56880002,50.00,10\n"
                + "2565,NT-P3,MATH,OBEC,,48.81,\n"
                + "2565,NT-P3,THAI,OBEC,,55.33,\n";
        given().contentType("text/csv").body(csv).post("/v1/test-statistics/feed").then().statusCode(200);
        JsonPath j = given().get("/v1/areas/5688/tests?academicYear=2565").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("NT-P3"), j.getList("tests.test"));
        assertEquals(List.of(55.00f, 65.00f), j.getList("tests[0].subjects.area", Float.class));
        assertEquals(List.of("schools", "schools"), j.getList("tests[0].subjects.areaSource"));
        assertEquals(40, j.getInt("tests[0].takers"));
        assertEquals(6.19f, j.getFloat("tests[0].subjects[0].diffObec"), "55.00 − 48.81");
        assertEquals(60.00f, j.getFloat("tests[0].overall.area"));
        // (OBEC's and the nation's rows are shared by every area: another test's printed national totals may be findings)
        assertEquals(List.of(), j.getList(SCHOOLS_FINDING), "no published area mean, nothing to disagree with");

        // the area's own published figure arrives later and disagrees with its schools
        given().contentType("text/csv").body("academicYear,test,subject,level,orgCode,meanPercent,takers\n"
                + "2565,NT-P3,MATH,AREA,5688,58.00,40\n").post("/v1/test-statistics/feed").then().statusCode(200);
        JsonPath k = given().get("/v1/areas/5688/tests?academicYear=2565").then().statusCode(200).extract().jsonPath();
        assertEquals(58.00f, k.getFloat("tests[0].subjects[0].area"));
        assertEquals(55.00f, k.getFloat("tests[0].subjects[0].schoolsWeightedMean"));
        assertEquals(1, k.getList(SCHOOLS_FINDING).size(), k.getList("findings").toString());
        assertEquals(3.00f, k.getFloat(SCHOOLS_FINDING + "[0].difference"));
        assertEquals("58.00", k.getString(SCHOOLS_FINDING + "[0].reported"));
        assertEquals("55.00", k.getString(SCHOOLS_FINDING + "[0].computed"));
        assertEquals("MATH ด้านคณิตศาสตร์", k.getString(SCHOOLS_FINDING + "[0].row"));

        // the same fact with another value is an update; facts sent again as stored are unchanged
        given().contentType("text/csv").body("academicYear,test,subject,level,orgCode,meanPercent,takers\n"
                        + "2565,NT-P3,MATH,AREA,5688,58.50,40\n").post("/v1/test-statistics/feed").then().statusCode(200)
                .body("created", is(0)).body("updated", is(1)).body("unchanged", is(0));
        given().contentType("text/csv").body("academicYear,test,subject,level,orgCode,meanPercent,takers\n"
                        + "2565,NT-P3,THAI,SCHOOL,56880001,70.00,30\n"
                        + "2565,NT-P3,MATH,AREA,5688,58.50,40\n").post("/v1/test-statistics/feed").then().statusCode(200)
                .body("created", is(0)).body("updated", is(0)).body("unchanged", is(2)).body("replayed", is(false))
                .body("areaCodes", contains("5688")).body("years", contains(2565));
    }
}
