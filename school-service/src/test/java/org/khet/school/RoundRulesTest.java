package org.khet.school;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TestTokens;

import java.sql.Connection;
import java.sql.ResultSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The school-level feeds' remaining rules as data, each on a small hand-made feed of area 9861 (schools P, a primary
 * school, and Q): classrooms without students and students without classrooms (enrolment), pupils per teacher against
 * the school's enrolment of the same round (staffing), admissions above the plan (admissions), destinations that do
 * not add up to the graduates (transitions); national defaults, area overrides of severity and parameters, a hard
 * rule refusing the feed, and a warning stored with the school's submission to a collection round.
 */
@QuarkusTest
@TestProfile(SecuredRegistryFeedTest.Secured.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class RoundRulesTest {
    static final String AREA = "9861";
    static final String P = "1098610001";
    static final String Q = "1098610002";
    static final String ADMIN = bearer("สพฐ.", "obec-admin", "obec");
    static final String OFFICER = bearer("นางสาวกฎเกณฑ์", "area-officer", AREA);

    @Inject
    AgroalDataSource db;

    private static String bearer(String sub, String role, String org) {
        return "Bearer " + TestTokens.token(sub, role, org);
    }

    private static synchronized void setUpArea() {
        if (given().header("Authorization", ADMIN).get("/v1/areas/" + AREA).statusCode() == 200) {
            return;
        }
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"nameTh\":\"เขตทดสอบกฎ\",\"level\":\"primary\"}").put("/v1/areas/" + AREA).then().statusCode(201);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"areaCode\":\"" + AREA + "\",\"nameTh\":\"อำเภอกฎ\"}").put("/v1/districts/" + AREA + "-01")
                .then().statusCode(201);
        given().header("Authorization", ADMIN).contentType("text/csv; charset=UTF-8")
                .body("code,districtCode,nameTh\n" + P + "," + AREA + "-01,โรงเรียนบ้านป่า\n" + Q + "," + AREA
                        + "-01,โรงเรียนบ้านนา\n").post("/v1/schools/feed").then().statusCode(200);
    }

    private static ValidatableResponse feed(String path, String csv, boolean dryRun) {
        return given().header("Authorization", OFFICER).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/v1/" + path + "/feed" + (dryRun ? "?dryRun=true" : "")).then();
    }

    private static void override(String kind, String code, String body) {
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(body)
                .put("/v1/validation-rules/" + kind + "/" + code + "?areaCode=" + AREA).then().statusCode(200)
                .body("areaCode", is(AREA));
    }

    private int count(String sql) throws Exception {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void enrolmentClassroomsWithoutStudentsAndStudentsWithoutClassrooms() throws Exception {
        setUpArea();
        String header = "schoolCode,academicYear,round,grade,boys,girls,classrooms\n";
        // row 2: K2's 9 pupils and no pre-primary room; row 4: a P2 room and nobody in it. P1's 18 in one room is fine.
        String csv = header + P + ",2567,1,K2,5,4,0\n" + P + ",2567,1,P1,10,8,1\n" + P + ",2567,1,P2,0,0,1\n";
        feed("enrolment-rounds", csv, true).statusCode(200)
                .body("warnings.rule", contains("classrooms-without-students", "students-without-classrooms"))
                .body("warnings[0].ruleVersion", is(1)).body("warnings[0].schoolCode", is(P))
                .body("warnings[0].row", is(4)).body("warnings[0].column", is("classrooms"))
                .body("warnings[0].reported", is("1 classroom(s) of P2 and 0 students"))
                .body("warnings[1].row", is(2)).body("warnings[1].column", is("classrooms"))
                .body("warnings[1].reported", is("9 students in pre-primary grades and 0 classrooms"))
                .body("warnings[1].messageTh", is("ระดับก่อนประถมศึกษา มีนักเรียน 9 คน แต่ไม่มีห้องเรียน"));

        // the area turns the pre-primary check off (K and P1 share a room there) and makes an empty room a hard error
        override("enrolment", "students-without-classrooms", "{\"severity\":\"off\"}");
        override("enrolment", "classrooms-without-students", "{\"severity\":\"hard\"}");
        feed("enrolment-rounds", csv, false).statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1)).body("errors[0].row", is(4)).body("errors[0].column", is("classrooms"))
                .body("errors[0].message", startsWith("classrooms-without-students: P2 has 1 classroom(s) and no students"));
        assertEquals(0, count("select count(*) from enrolment_grade where school_code = '" + P + "' and academic_year = 2567"));
        feed("enrolment-rounds", header + P + ",2567,1,K2,5,4,0\n" + P + ",2567,1,P1,10,8,1\n", true).statusCode(200)
                .body("warnings", empty());
    }

    @Test
    void kindergartenAtASchoolWhoseRegisterListsNone() {
        setUpArea();
        String r = "1098610003";
        String s = "1098610004";
        // the register says R teaches kindergarten and primary, S primary only; P's levels are unknown
        given().header("Authorization", OFFICER).contentType("text/csv; charset=UTF-8")
                .body("code,districtCode,nameTh,levels\n" + r + "," + AREA + "-01,โรงเรียนบ้านดอย,kindergarten primary\n"
                        + s + "," + AREA + "-01,โรงเรียนบ้านห้วย,primary\n").post("/v1/schools/feed").then().statusCode(200);
        given().header("Authorization", OFFICER).get("/v1/schools/" + r).then().statusCode(200)
                .body("levels", contains("kindergarten", "primary"));
        given().header("Authorization", OFFICER).get("/v1/schools/" + P).then().statusCode(200)
                .body("levels", nullValue());
        // a level the register does not know is the row's error, and nothing is stored
        given().header("Authorization", OFFICER).contentType("text/csv; charset=UTF-8")
                .body("code,districtCode,nameTh,levels\n" + s + "," + AREA + "-01,โรงเรียนบ้านห้วย,primary nursery\n")
                .post("/v1/schools/feed").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].row", is(2)).body("errors[0].column", is("levels"))
                .body("errors[0].message", startsWith("unknown level 'nursery'"));

        String csv = "schoolCode,academicYear,round,grade,boys,girls,classrooms\n" + r + ",2569,1,K1,6,5,1\n"
                + s + ",2569,1,K1,6,5,1\n" + s + ",2569,1,P1,10,10,1\n" + P + ",2569,1,K2,3,3,1\n";
        // row 3: S's 6 + 5 = 11 K1 pupils; R teaches kindergarten, P's register is silent: no warning for either
        feed("enrolment-rounds", csv, true).statusCode(200)
                .body("warnings", hasSize(1)).body("warnings[0].rule", is("kindergarten-not-taught"))
                .body("warnings[0].ruleVersion", is(1)).body("warnings[0].schoolCode", is(s))
                .body("warnings[0].row", is(3)).body("warnings[0].column", is("grade"))
                .body("warnings[0].reported", is("11 students in K1"))
                .body("warnings[0].limit", is("K1–K3 only at a school whose register lists kindergarten (it lists primary)"))
                .body("warnings[0].messageTh", is("ทะเบียนโรงเรียนระบุว่าไม่มีระดับอนุบาล แต่มีนักเรียนชั้น K1 11 คน"));

        // a PUT without levels keeps them; an empty list makes S's unknown again, and the rule says nothing
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body("{\"code\":\"" + s + "\",\"districtCode\":\"" + AREA + "-01\",\"nameTh\":\"โรงเรียนบ้านห้วย\"}")
                .put("/v1/schools/" + s).then().statusCode(200).body("levels", contains("primary"));
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body("{\"code\":\"" + s + "\",\"districtCode\":\"" + AREA + "-01\",\"nameTh\":\"โรงเรียนบ้านห้วย\","
                        + "\"levels\":[\"upper-secondary\",\"bogus\"]}")
                .put("/v1/schools/" + s).then().statusCode(400).body("errors[0].field", is("levels"));
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body("{\"code\":\"" + s + "\",\"districtCode\":\"" + AREA + "-01\",\"nameTh\":\"โรงเรียนบ้านห้วย\","
                        + "\"levels\":[]}")
                .put("/v1/schools/" + s).then().statusCode(200).body("levels", nullValue());
        feed("enrolment-rounds", csv, true).statusCode(200).body("warnings", empty());

        // back to primary only, and the area turns the rule off
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body("{\"code\":\"" + s + "\",\"districtCode\":\"" + AREA + "-01\",\"nameTh\":\"โรงเรียนบ้านห้วย\","
                        + "\"levels\":[\"primary\"]}")
                .put("/v1/schools/" + s).then().statusCode(200);
        feed("enrolment-rounds", csv, true).statusCode(200).body("warnings.rule", contains("kindergarten-not-taught"));
        override("enrolment", "kindergarten-not-taught", "{\"severity\":\"off\"}");
        feed("enrolment-rounds", csv, true).statusCode(200).body("warnings", empty());
    }

    @Test
    void staffingPupilsPerTeacherAgainstTheRoundsEnrolment() {
        setUpArea();
        // Q's enrolment of round 1 of 2566: 30 + 30 = 60 pupils
        feed("enrolment-rounds", "schoolCode,academicYear,round,grade,boys,girls,classrooms\n" + Q + ",2566,1,P1,15,15,1\n"
                + Q + ",2566,1,P2,16,14,1\n", false).statusCode(200);
        String header = "schoolCode,academicYear,round,staffType,count\n";
        // 60 pupils / 1 teacher = 60.0, above 40; round 2 has no enrolment stored, so it is not checked
        feed("staffing", header + Q + ",2566,1,director,1\n" + Q + ",2566,1,teacher,1\n" + Q + ",2566,1,janitor,1\n"
                + Q + ",2566,2,teacher,1\n", true).statusCode(200)
                .body("warnings", hasSize(1)).body("warnings[0].rule", is("pupils-per-teacher"))
                .body("warnings[0].ruleVersion", is(1)).body("warnings[0].schoolCode", is(Q))
                .body("warnings[0].row", is(3)).body("warnings[0].column", is("count"))
                .body("warnings[0].reported", is("60 pupils / 1 teaching staff = 60.0 pupils per teacher"))
                .body("warnings[0].limit", is("from 5 to 40 pupils per teacher (teacher, government-employee, crisis-teacher)"));
        // 2 teachers and a crisis teacher: 60 / 3 = 20.0, in range
        feed("staffing", header + Q + ",2566,1,teacher,2\n" + Q + ",2566,1,crisis-teacher,1\n", true).statusCode(200)
                .body("warnings", empty());
        // 13 teachers: 60 / 13 = 4.615… = 4.6, below 5
        feed("staffing", header + Q + ",2566,1,teacher,13\n", true).statusCode(200)
                .body("warnings[0].reported", is("60 pupils / 13 teaching staff = 4.6 pupils per teacher"));
        // nobody who teaches: the row is the round's first
        feed("staffing", header + Q + ",2566,1,director,1\n" + Q + ",2566,1,janitor,1\n", true).statusCode(200)
                .body("warnings[0].row", is(2)).body("warnings[0].reported", is("60 pupils and 0 teaching staff"));

        // the area counts its directors as teaching staff: director + teacher = 2, 60 / 2 = 30.0, in range
        override("staffing", "pupils-per-teacher",
                "{\"severity\":\"warning\",\"params\":{\"min\":5,\"max\":40,\"staffTypes\":[\"teacher\",\"director\"]}}");
        feed("staffing", header + Q + ",2566,1,director,1\n" + Q + ",2566,1,teacher,1\n", true).statusCode(200)
                .body("warnings", empty());
    }

    @Test
    void admissionsAboveThePlan() {
        setUpArea();
        String header = "schoolCode,academicYear,level,plannedRooms,plannedStudents,admittedRooms,admittedStudents\n";
        // row 3: M1 admitted 33 of 30 planned students and 2 of 1 planned rooms
        String csv = header + Q + ",2565,P1,1,30,1,30\n" + Q + ",2565,M1,1,30,2,33\n" + P + ",2565,kindergarten,0,0,0,0\n";
        feed("admissions", csv, true).statusCode(200)
                .body("warnings.rule", contains("admissions-above-plan", "admissions-above-plan"))
                .body("warnings.row", contains(3, 3)).body("warnings.column", contains("admittedStudents", "admittedRooms"))
                .body("warnings[0].reported", is("33 students admitted to M1, 30 planned"))
                .body("warnings[0].limit", is("at most the 30 planned"))
                .body("warnings[1].reported", is("2 rooms admitted to M1, 1 planned"));
        // the area allows 10 % above the plan: 33 ≤ 30 × 1.10 = 33 passes, 2 rooms > 1 × 1.10 does not
        override("admissions", "admissions-above-plan", "{\"severity\":\"warning\",\"params\":{\"maxPercentOver\":10}}");
        feed("admissions", csv, true).statusCode(200)
                .body("warnings.column", contains("admittedRooms"))
                .body("warnings[0].ruleVersion", is(1))
                .body("warnings[0].limit", is("at most 10 % above the 1 planned"));
    }

    @Test
    void transitionsThatDoNotAddUpToTheGraduates() throws Exception {
        setUpArea();
        String header = "schoolCode,academicYear,stage,graduates,notContinuing,continued,general,vocational,equivalent\n";
        // row 2: 19 + 1 = 20 adds up; row 3: 13 + 1 = 14 of 15; row 4: 5 + 3 + 2 + 1 = 11 of 10
        String csv = header + Q + ",2564,P6,20,1,19,,,\n" + P + ",2564,P6,15,1,13,,,\n" + Q + ",2564,M3,10,1,,5,3,2\n";
        feed("transitions", csv, true).statusCode(200)
                .body("warnings.rule", contains("transitions-add-up", "transitions-add-up"))
                .body("warnings.schoolCode", contains(P, Q)).body("warnings.row", contains(3, 4))
                .body("warnings.column", contains("graduates", "graduates"))
                .body("warnings[0].reported", is("15 graduates of P6, continued + notContinuing = 14"))
                .body("warnings[1].reported", is("10 graduates of M3, general + vocational + equivalent + notContinuing = 11"))
                .body("warnings[1].limit", is("the destinations add up to the graduates"));
        // hard in this area: the feed is refused whole, both rows named, nothing stored
        override("transitions", "transitions-add-up", "{\"severity\":\"hard\",\"params\":{\"maxDifference\":0}}");
        feed("transitions", csv, false).statusCode(400).contentType("application/problem+json")
                .body("errors.row", contains(3, 4)).body("errors.column", contains("graduates", "graduates"));
        assertEquals(0, count("select count(*) from transition where school_code in ('" + P + "', '" + Q + "')"));
        // a difference of 1 allowed: both pass, and the feed is stored
        override("transitions", "transitions-add-up", "{\"severity\":\"hard\",\"params\":{\"maxDifference\":1}}");
        feed("transitions", csv, false).statusCode(200).body("created", is(3));
    }

    @Test
    void aStaffingWarningIsStoredWithTheSchoolsSubmission() {
        setUpArea();
        feed("enrolment-rounds", "schoolCode,academicYear,round,grade,boys,girls,classrooms\n" + P + ",2568,1,P1,25,25,2\n",
                false).statusCode(200);
        String round = given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body("{\"kind\":\"staffing\",\"academicYear\":2568,\"round\":1,\"snapshotDate\":\"2025-06-10\","
                        + "\"opensOn\":\"2025-06-01\",\"closesOn\":\"2099-12-31\",\"areaCode\":\"" + AREA + "\"}")
                .post("/v1/collection-rounds").then().statusCode(201).extract().path("id");
        given().header("Authorization", OFFICER).post("/v1/collection-rounds/" + round + "/open").then().statusCode(200);
        // 50 pupils / 1 teacher = 50.0
        given().header("Authorization", bearer("ครูธุรการ ป", "school-officer", P)).contentType("text/csv; charset=UTF-8")
                .body("schoolCode,academicYear,round,staffType,count\n" + P + ",2568,1,teacher,1\n").post("/v1/staffing/feed")
                .then().statusCode(200);
        given().header("Authorization", OFFICER).get("/v1/collection-rounds/" + round + "/submissions/" + P).then()
                .statusCode(200).body("status", is("submitted"))
                .body("warnings.warning.rule", contains("pupils-per-teacher"))
                .body("warnings[0].warning.reported", is("50 pupils / 1 teaching staff = 50.0 pupils per teacher"));
    }
}
