package org.khet.school;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.school.SchoolFactsSubmitted;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OutboxRows;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The staffing, admissions and transitions feeds: what each answers as created, updated and unchanged (a first send,
 * a changed re-send, the same facts again in other bytes, which no receipt recognises), the events only for what
 * changed, and the one registered-and-open-school check the enrolment feed makes.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class SchoolFactsFeedTest {
    static final String AREA = "9812";
    static final String SCHOOL_1 = "1098120001";
    static final String SCHOOL_2 = "1098120002";
    static final String CLOSED = "1098120009";
    static boolean ready;

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void schools() {
        if (ready) {
            return;
        }
        Org.area(AREA, "เขตทดสอบข้อมูลโรงเรียน");
        Org.district(AREA + "-01", "อำเภอภูกามยาว");
        Org.school(SCHOOL_1, AREA + "-01", "โรงเรียนบ้านดงเจน");
        Org.school(SCHOOL_2, AREA + "-01", "โรงเรียนบ้านแม่อิง");
        Org.school(CLOSED, AREA + "-01", "โรงเรียนบ้านร่องไฮ");
        EnrolmentFeedTest.close(CLOSED);
        ready = true;
    }

    static ValidatableResponse csv(String path, String body) {
        return given().contentType("text/csv").body(body.getBytes(StandardCharsets.UTF_8)).post(path).then();
    }

    static ValidatableResponse json(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    static void counts(ValidatableResponse answer, int rows, int created, int updated, int unchanged) {
        answer.statusCode(200).body("rows", is(rows)).body("created", is(created)).body("updated", is(updated))
                .body("unchanged", is(unchanged)).body("replayed", is(false)).body("areaCodes", contains(AREA))
                .body("years", contains(2566));
    }

    long events(String type) {
        return OutboxRows.count(db, "type = ? and area_code = ?", type, AREA);
    }

    long events(String type, String school) {
        return OutboxRows.count(db, "type = ? and area_code = ? and payload::text like ?", type, AREA, "%" + school + "%");
    }

    /** Its unit is a school's round, replaced whole: a staff type not sent again is gone. */
    @Test
    void staffingCountsSchoolRounds() {
        String header = "schoolCode,academicYear,round,staffType,count\n";
        String path = "/v1/staffing/feed";
        counts(csv(path, header
                + SCHOOL_1 + ",2566,1,director,1\n" + SCHOOL_1 + ",2566,1,teacher,8\n"
                + SCHOOL_2 + ",2566,1,director,1\n" + SCHOOL_2 + ",2566,1,teacher,5\n" + SCHOOL_2 + ",2566,1,janitor,1\n"),
                5, 2, 0, 0);
        long before = events(SchoolFactsSubmitted.STAFFING_TYPE);

        counts(csv(path, header
                + SCHOOL_1 + ",2566,1,director,1\n" + SCHOOL_1 + ",2566,1,teacher,8\n"
                + SCHOOL_2 + ",2566,1,director,1\n" + SCHOOL_2 + ",2566,1,teacher,5\n"
                + SCHOOL_1 + ",2566,2,director,1\n" + SCHOOL_1 + ",2566,2,teacher,9\n"),
                6, 1, 1, 1);
        given().get("/v1/staffing/" + SCHOOL_2 + "/2566/1").then().statusCode(200)
                .body("staffType", contains("director", "teacher")).body("count", contains(1, 5));
        given().get("/v1/staffing/" + SCHOOL_1 + "/2566/1").then().body("count", contains(1, 8));
        assertEquals(before + 2, events(SchoolFactsSubmitted.STAFFING_TYPE), "round 1 naming school 2, round 2 naming school 1");
        assertEquals(2, events(SchoolFactsSubmitted.STAFFING_TYPE, SCHOOL_2), "the first feed's and school 2's change");

        counts(json(path, """
                [{"schoolCode":"%1$s","academicYear":2566,"round":2,"staffType":"teacher","count":9},
                 {"schoolCode":"%2$s","academicYear":2566,"round":1,"staffType":"teacher","count":5},
                 {"schoolCode":"%1$s","academicYear":2566,"round":1,"staffType":"teacher","count":8},
                 {"schoolCode":"%1$s","academicYear":2566,"round":2,"staffType":"director","count":1},
                 {"schoolCode":"%2$s","academicYear":2566,"round":1,"staffType":"director","count":"1"},
                 {"schoolCode":"%1$s","academicYear":2566,"round":1,"staffType":"director","count":1.0}]"""
                .formatted(SCHOOL_1, SCHOOL_2)), 6, 0, 0, 3);
        assertEquals(before + 2, events(SchoolFactsSubmitted.STAFFING_TYPE), "nothing published for facts sent again");
    }

    /** Its unit is a school's year and level. */
    @Test
    void admissionsCountSchoolYearLevels() {
        String header = "schoolCode,academicYear,level,plannedRooms,plannedStudents,admittedRooms,admittedStudents\n";
        String path = "/v1/admissions/feed";
        counts(csv(path, header
                + SCHOOL_1 + ",2566,kindergarten,1,20,1,18\n" + SCHOOL_1 + ",2566,P1,1,25,1,25\n" + SCHOOL_2 + ",2566,P1,2,60,2,55\n"),
                3, 3, 0, 0);
        long before = events(SchoolFactsSubmitted.ADMISSIONS_TYPE);

        counts(csv(path, header
                + SCHOOL_1 + ",2566,kindergarten,1,20,1,19\n" + SCHOOL_1 + ",2566,P1,1,25,1,25\n" + SCHOOL_2 + ",2566,P1,2,60,2,55\n"
                + SCHOOL_2 + ",2566,M1,1,30,1,12\n"),
                4, 1, 1, 2);
        given().get("/v1/areas/" + AREA + "/admissions?academicYear=2566").then().statusCode(200)
                .body("find { it.schoolCode == '" + SCHOOL_1 + "' && it.level == 'kindergarten' }.admittedStudents", is(19));
        assertEquals(before + 1, events(SchoolFactsSubmitted.ADMISSIONS_TYPE), "one event for the area's year");
        assertEquals(2, events(SchoolFactsSubmitted.ADMISSIONS_TYPE, SCHOOL_2), "the first feed's, and the one naming M1");

        counts(csv(path, header.replace("\n", "\r\n")
                + SCHOOL_2 + ",2566,M1,1,30,1,12\r\n" + SCHOOL_2 + ",2566,P1,2,60,2,55\r\n"
                + SCHOOL_1 + ",2566,P1, 1 ,25,1,25\r\n" + SCHOOL_1 + ",2566,KINDERGARTEN,1,20,1,19\r\n"),
                4, 0, 0, 4);
        assertEquals(before + 1, events(SchoolFactsSubmitted.ADMISSIONS_TYPE), "nothing published for facts sent again");
    }

    /** Its unit is a school's year and stage; a destination that is not sent is null, and null equals null. */
    @Test
    void transitionsCountSchoolYearStages() {
        String header = "schoolCode,academicYear,stage,graduates,continued,general,vocational,equivalent,notContinuing\n";
        String path = "/v1/transitions/feed";
        counts(csv(path, header
                + SCHOOL_1 + ",2566,P6,20,19,,,,1\n" + SCHOOL_2 + ",2566,M3,10,,5,4,0,1\n"),
                2, 2, 0, 0);
        long before = events(SchoolFactsSubmitted.TRANSITIONS_TYPE);

        counts(csv(path, header
                + SCHOOL_1 + ",2566,P6,20,19,,,,1\n" + SCHOOL_2 + ",2566,M3,10,,5,3,1,1\n"),
                2, 0, 1, 1);
        given().get("/v1/areas/" + AREA + "/transitions?academicYear=2566").then().statusCode(200)
                .body("find { it.schoolCode == '" + SCHOOL_2 + "' }.equivalent", is(1));
        assertEquals(before + 1, events(SchoolFactsSubmitted.TRANSITIONS_TYPE));

        counts(json(path, """
                {"rows": [{"schoolCode":"%2$s","academicYear":2566,"stage":"M3","graduates":10,"general":5,"vocational":3,
                           "equivalent":1,"notContinuing":1},
                          {"schoolCode":"%1$s","academicYear":2566,"stage":"P6","graduates":20,"continued":19,"notContinuing":1}]}"""
                .formatted(SCHOOL_1, SCHOOL_2)), 2, 0, 0, 2);
        assertEquals(before + 1, events(SchoolFactsSubmitted.TRANSITIONS_TYPE), "nothing published for facts sent again");
    }

    /** The enrolment feed's check, through the kit's one FeedErrors.registeredOpenSchool: row, column and reason. */
    @Test
    void aClosedOrUnregisteredSchoolIsRefusedByEveryFactFeed() {
        String[][] feeds = {
                {"/v1/staffing/feed", "schoolCode,academicYear,round,staffType,count\n", ",2567,1,teacher,3\n", "staffing"},
                {"/v1/admissions/feed", "schoolCode,academicYear,level,plannedRooms,plannedStudents,admittedRooms,admittedStudents\n",
                        ",2567,P1,1,20,1,20\n", "admissions"},
                {"/v1/transitions/feed", "schoolCode,academicYear,stage,graduates,continued,notContinuing\n", ",2567,P6,9,9,0\n",
                        "transitions"}};
        for (String[] f : feeds) {
            csv(f[0], f[1] + SCHOOL_1 + f[2] + CLOSED + f[2] + "1098129999" + f[2] + "10981" + f[2])
                    .statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("nothing was stored"))
                    .body("errors.row", contains(3, 4, 5))
                    .body("errors.column", contains("schoolCode", "schoolCode", "schoolCode"))
                    .body("errors.message", contains("school " + CLOSED + " is closed; it sends no " + f[3],
                            "no school 1098129999 is registered", "must be an OBEC school code of 8 or 10 digits, got '10981'"));
        }
        given().get("/v1/staffing/" + SCHOOL_1 + "/2567/1").then().statusCode(404);
        given().get("/v1/areas/" + AREA + "/admissions?academicYear=2567").then().statusCode(200).body("$", empty());
        given().get("/v1/areas/" + AREA + "/transitions?academicYear=2567").then().statusCode(200).body("$", empty());
    }
}
