package org.khet.school;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;
import org.khet.contracts.read.ComputedTable;
import org.khet.kit.sql.Sql;
import org.khet.school.service.summary.AreaTable;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/**
 * An area's summary says how complete it is. Area 9863 has four schools; an enrolment round of 2571 round 1 takes all
 * four, the area acknowledges three (A 20 pupils, B 10, C 15) and D's (60 pupils in 2 rooms) is certified but not yet
 * acknowledged. By default only acknowledged figures count; {@code ?basis=submitted} counts everything; staffing, with
 * no round of its own, counts every stored figure either way; round 2, without a collection round, is as before. A table
 * of {@code moreTables} ({@link PupilsBySchoolTable}, an {@link AreaTable} bean of this test) counts on the same basis.
 */
@QuarkusTest
@TestProfile(SecuredRegistryFeedTest.Secured.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class SummaryCompletenessTest {
    static final String AREA = "9863";
    static final String A = "1098630001";
    static final String B = "1098630002";
    static final String C = "1098630003";
    static final String D = "1098630004";
    static final String ADMIN = bearer("สพฐ.", "obec-admin", "obec");
    static final String OFFICER = bearer("นางครบถ้วน", "area-officer", AREA);

    /** Area 9863's pupils per school of the summary's round, counting the enrolment the summary counts. */
    @ApplicationScoped
    static class PupilsBySchoolTable implements AreaTable {
        final Sql sql;

        PupilsBySchoolTable(Sql sql) {
            this.sql = sql;
        }

        @Override
        public Optional<ComputedTable> compute(String areaCode, int academicYear, int round, Counted counted) {
            if (!areaCode.equals(AREA)) {
                return Optional.empty();
            }
            Object[] enrolled = counted.bind("enrolment");
            List<ComputedTable.Row> rows = new ArrayList<>(sql.query("""
                    select g.school_code, sum(g.boys + g.girls) from enrolment_grade g
                      join school s on s.code = g.school_code
                     where s.area_code = ? and g.academic_year = ? and g.round = ? and """ + Counted.condition("s.code") + """
                     group by g.school_code order by g.school_code""",
                    rs -> ComputedTable.Row.of(rs.getString(1), rs.getLong(2)), areaCode, academicYear, round,
                    enrolled[0], enrolled[1]));
            return Optional.of(new ComputedTable("t9.9.9", "9.9.9 นักเรียนรายโรงเรียน", "9.9.9 Pupils by school",
                    List.of(new ComputedTable.Column("school", "โรงเรียน", "School", ComputedTable.Kind.TEXT),
                            new ComputedTable.Column("pupils", "นักเรียน", "Pupils", ComputedTable.Kind.INTEGER)),
                    rows));
        }
    }

    private static String bearer(String sub, String role, String org) {
        return "Bearer " + TestTokens.token(sub, role, org);
    }

    private static void send(String school, String path, String csv) {
        given().header("Authorization", bearer("ครูธุรการ", "school-officer", school)).contentType("text/csv; charset=UTF-8")
                .body(csv).post("/v1/" + path + "/feed").then().statusCode(200);
    }

    private static String enrolment(String school, int round, int boys, int girls, int rooms) {
        return "schoolCode,academicYear,round,grade,boys,girls,classrooms\n" + school + ",2571," + round + ",P1," + boys
                + "," + girls + "," + rooms + "\n";
    }

    @Test
    void theSummaryCountsAcknowledgedFiguresAndSaysWhoIsMissing() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"nameTh\":\"เขตทดสอบความครบถ้วน\",\"level\":\"primary\"}").put("/v1/areas/" + AREA).then().statusCode(201);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"areaCode\":\"" + AREA + "\",\"nameTh\":\"อำเภอครบ\"}").put("/v1/districts/" + AREA + "-01")
                .then().statusCode(201);
        given().header("Authorization", ADMIN).contentType("text/csv; charset=UTF-8")
                .body("code,districtCode,nameTh\n" + A + "," + AREA + "-01,โรงเรียนบ้านก\n" + B + "," + AREA
                        + "-01,โรงเรียนบ้านข\n" + C + "," + AREA + "-01,โรงเรียนบ้านค\n" + D + "," + AREA
                        + "-01,โรงเรียนบ้านง\n").post("/v1/schools/feed").then().statusCode(200);
        String round = given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body("{\"kind\":\"enrolment\",\"academicYear\":2571,\"round\":1,\"snapshotDate\":\"2028-06-10\","
                        + "\"opensOn\":\"2028-06-01\",\"closesOn\":\"2099-12-31\",\"areaCode\":\"" + AREA + "\"}")
                .post("/v1/collection-rounds").then().statusCode(201).extract().path("id");
        // a planned round covers nothing yet: the summary is as without rounds
        given().header("Authorization", OFFICER).get("/v1/areas/" + AREA + "/summary?academicYear=2571").then()
                .statusCode(200).body("completeness", nullValue());
        given().header("Authorization", OFFICER).post("/v1/collection-rounds/" + round + "/open").then().statusCode(200);

        send(A, "enrolment-rounds", enrolment(A, 1, 10, 10, 1));
        send(B, "enrolment-rounds", enrolment(B, 1, 5, 5, 1));
        send(C, "enrolment-rounds", enrolment(C, 1, 8, 7, 1));
        send(D, "enrolment-rounds", enrolment(D, 1, 30, 30, 2));
        for (String school : List.of(A, B, C, D)) {
            given().header("Authorization", bearer("ผอ.", "school-director", school))
                    .post("/v1/collection-rounds/" + round + "/submissions/" + school + "/certify").then().statusCode(200);
        }
        for (String school : List.of(A, B, C)) {
            given().header("Authorization", OFFICER)
                    .post("/v1/collection-rounds/" + round + "/submissions/" + school + "/acknowledge").then().statusCode(200);
        }
        // staffing has no round: A's 2 teachers and D's 3 count whatever the basis
        send(A, "staffing", "schoolCode,academicYear,round,staffType,count\n" + A + ",2571,1,teacher,2\n");
        send(D, "staffing", "schoolCode,academicYear,round,staffType,count\n" + D + ",2571,1,teacher,3\n");

        // by default, acknowledged only: A + B + C = 20 + 10 + 15 = 45 pupils (boys 10 + 5 + 8 = 23, girls 22), 3 rooms
        given().header("Authorization", OFFICER).get("/v1/areas/" + AREA + "/summary?academicYear=2571").then()
                .statusCode(200)
                .body("studentsByGrade.students", is(45)).body("studentsByGrade.classrooms", is(3))
                .body("studentsByDistrict.total.boys", is(23)).body("studentsByDistrict.total.girls", is(22))
                .body("sizeClasses.totalSchools", is(3))
                .body("rounds.schoolsWithRound", is(3)).body("rounds.schoolsWithoutRound", contains(D))
                .body("staffByDistrict.total.teachers", is(5))
                .body("moreTables.find { it.id == 't9.9.9' }.rows.cells", contains(List.of(A, "20"), List.of(B, "10"),
                        List.of(C, "15")))
                .body("completeness.basis", is("acknowledged"))
                .body("completeness.rounds.kind", contains("enrolment"))
                .body("completeness.rounds[0].roundId", is(round))
                .body("completeness.rounds[0].tables", contains("1.1.1", "1.1.2", "1.1.3"))
                .body("completeness.rounds[0].expected", is(4)).body("completeness.rounds[0].submitted", is(4))
                .body("completeness.rounds[0].certified", is(4)).body("completeness.rounds[0].acknowledged", is(3))
                .body("completeness.rounds[0].counted", is(3))
                .body("completeness.rounds[0].missing.code", contains(D))
                .body("completeness.rounds[0].missing[0].nameTh", is("โรงเรียนบ้านง"))
                .body("completeness.rounds[0].missing[0].status", is("certified"))
                .body("completeness.rounds[0].textEn", is("3 of 4 schools acknowledged; missing: " + D + " โรงเรียนบ้านง"))
                .body("completeness.rounds[0].textTh", is("รับทราบแล้ว 3 จาก 4 โรงเรียน ยังขาด: " + D + " โรงเรียนบ้านง"))
                .body("findings.code", hasItem("school.round-incomplete"))
                .body("findings.code", not(hasItem("school.schools-without-enrolment")))
                .body("findings.find { it.code == 'school.round-incomplete' }.table", is("1.1.1"))
                .body("findings.find { it.code == 'school.round-incomplete' }.reported", is("4"))
                .body("findings.find { it.code == 'school.round-incomplete' }.computed", is("3"));

        // everything submitted: 45 + 60 = 105 pupils, 5 rooms, nobody missing
        given().header("Authorization", OFFICER).get("/v1/areas/" + AREA + "/summary?academicYear=2571&basis=submitted")
                .then().statusCode(200)
                .body("studentsByGrade.students", is(105)).body("studentsByGrade.classrooms", is(5))
                .body("sizeClasses.totalSchools", is(4)).body("rounds.schoolsWithoutRound", empty())
                .body("staffByDistrict.total.teachers", is(5))
                .body("moreTables.find { it.id == 't9.9.9' }.rows.cells", contains(List.of(A, "20"), List.of(B, "10"),
                        List.of(C, "15"), List.of(D, "60")))
                .body("completeness.basis", is("submitted")).body("completeness.rounds[0].counted", is(4))
                .body("completeness.rounds[0].missing", empty())
                .body("completeness.rounds[0].textEn", is("4 of 4 schools submitted"))
                .body("findings.findAll { it.code == 'school.round-incomplete' }", empty());
        given().header("Authorization", OFFICER).get("/v1/areas/" + AREA + "/summary?academicYear=2571&basis=everything")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("basis"));

        // once the area acknowledges D, the default counts all four
        given().header("Authorization", OFFICER)
                .post("/v1/collection-rounds/" + round + "/submissions/" + D + "/acknowledge").then().statusCode(200);
        given().header("Authorization", OFFICER).get("/v1/areas/" + AREA + "/summary?academicYear=2571").then()
                .body("studentsByGrade.students", is(105)).body("completeness.rounds[0].textEn", is("4 of 4 schools acknowledged"));

        // round 2 has no collection round: every stored figure, no completeness
        send(B, "enrolment-rounds", enrolment(B, 2, 6, 6, 1));
        given().header("Authorization", OFFICER).get("/v1/areas/" + AREA + "/summary?academicYear=2571&round=2").then()
                .statusCode(200).body("studentsByGrade.students", is(12)).body("completeness", nullValue())
                .body("findings.code", hasItem("school.schools-without-enrolment"));
    }
}
