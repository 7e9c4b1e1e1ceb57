package org.khet.school;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.khet.contracts.codes.StaffCategory;
import org.khet.contracts.read.school.OfficeStaffMember;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Part-1 summary of a small hand-made area whose every total is worked out by hand here:
 * district จุน: อนุบาลจุน 171 students (medium), ห้วยงิ้ว 42 (small), its branch ป่าแขม 9 (small);
 * district เชียงคำ: อนุบาลเชียงคำ 615 (large), บ้านแวน sent nothing.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class AreaSummaryTest {
    static boolean loaded;

    static void csv(String path, String body) {
        given().contentType("text/csv").body(body.getBytes(StandardCharsets.UTF_8)).post(path).then().statusCode(200);
    }

    static void json(String path, String body, int status) {
        given().contentType(ContentType.JSON).body(body).put(path).then().statusCode(status);
    }

    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        Org.area("9820", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบสรุป");
        json("/v1/districts/9820-01", """
                {"areaCode":"9820","nameTh":"จุน","subDistricts":7,"villages":86,"municipalities":5,"subDistrictAdministrations":2,
                 "areaKm2":571.23,"population":48129,"reportedSchools":3}""", 201);
        json("/v1/districts/9820-02", """
                {"areaCode":"9820","nameTh":"เชียงคำ","subDistricts":10,"villages":135,"municipalities":4,"subDistrictAdministrations":7,
                 "areaKm2":707.35,"population":74826,"reportedSchools":3}""", 201);
        Org.school("1098200001", "9820-01", "โรงเรียนอนุบาลจุน");
        Org.school("1098200002", "9820-01", "โรงเรียนบ้านห้วยงิ้ว");
        Org.school("1098200003", "9820-01", "โรงเรียนบ้านห้วยงิ้ว สาขาบ้านป่าแขม", "1098200002", false);
        Org.school("1098200004", "9820-02", "โรงเรียนอนุบาลเชียงคำ", null, true);
        Org.school("1098200005", "9820-02", "โรงเรียนบ้านแวน");

        csv("/v1/enrolment-rounds/feed", """
                schoolCode,academicYear,round,grade,boys,girls,classrooms,snapshotDate
                1098200001,2566,1,K2,20,18,1,2023-06-10
                1098200001,2566,1,P1,40,35,2,2023-06-10
                1098200001,2566,1,P6,30,28,2,2023-06-10
                1098200002,2566,1,P1,10,9,1,2023-06-10
                1098200002,2566,1,P2,12,11,1,2023-06-10
                1098200003,2566,1,K3,5,4,1,2023-06-10
                1098200004,2566,1,K2,50,45,2,2023-06-10
                1098200004,2566,1,P1,100,95,4,2023-06-10
                1098200004,2566,1,P6,110,100,4,2023-06-10
                1098200004,2566,1,M1,60,55,2,2023-06-10
                """);
        csv("/v1/staffing/feed", """
                schoolCode,academicYear,round,staffType,count
                1098200001,2566,1,director,1
                1098200001,2566,1,teacher,8
                1098200001,2566,1,janitor,1
                1098200001,2566,1,school-clerk,1
                1098200002,2566,1,director,1
                1098200002,2566,1,teacher,3
                1098200003,2566,1,teacher,1
                1098200004,2566,1,director,1
                1098200004,2566,1,deputy,2
                1098200004,2566,1,teacher,30
                1098200004,2566,1,government-employee,2
                1098200004,2566,1,school-clerk,1
                1098200004,2566,1,special-needs-assistant,1
                """);
        csv("/v1/admissions/feed", """
                schoolCode,academicYear,level,plannedRooms,plannedStudents,admittedRooms,admittedStudents
                1098200001,2566,kindergarten,1,20,1,18
                1098200001,2566,P1,2,50,2,40
                1098200004,2566,kindergarten,2,60,2,45
                1098200004,2566,P1,120,1997,119,1304
                1098200004,2566,M1,31,671,30,419
                """);
        csv("/v1/transitions/feed", """
                schoolCode,academicYear,stage,graduates,continued,general,vocational,equivalent,notContinuing
                1098200001,2565,P6,58,58,,,,0
                1098200004,2565,P6,200,198,,,,2
                1098200004,2565,M3,50,,30,15,2,2
                """);
        String[][] units = {{"director", "ผอ.สพป.", "executive", "1"}, {"deputies", "รอง ผอ.สพป.", "executive", "2"},
                {"administration", "กลุ่มอำนวยการ", "group", "3"}, {"policy-planning", "กลุ่มนโยบายและแผน", "group", "4"},
                {"internal-audit", "หน่วยตรวจสอบภายใน", "unit", "5"}};
        for (String[] u : units) {
            given().contentType(ContentType.JSON).body("{\"nameTh\":\"" + u[1] + "\",\"kind\":\"" + u[2] + "\",\"sortOrder\":" + u[3] + "}")
                    .put("/v1/areas/9820/offices/" + u[0]).then().statusCode(200);
        }
        String[][] people = {{"director", "38kh", "นายสำเนียง ทดสอบ"}, {"deputies", "38kh", "นายนิคม ทดสอบ"},
                {"deputies", "38kh", "นางนพมาศ ทดสอบ"}, {"administration", "38c2", "นางสาวจิตติมา ทดสอบ"},
                {"administration", "38c2", "นายก้อง ทดสอบ"}, {"administration", "permanent", "นายขจร ทดสอบ"},
                {"administration", "temporary", "นางสาวคำแก้ว ทดสอบ"}, {"administration", "temporary", "นายงาม ทดสอบ"},
                {"policy-planning", "38c2", "นางกรณิการ์ ทดสอบ"}, {"policy-planning", "government-employee", "นายจักร ทดสอบ"},
                {"internal-audit", "38c2", "นางชนัดดา ทดสอบ"}};
        for (String[] p : people) {
            given().contentType(ContentType.JSON).body("{\"areaCode\":\"9820\",\"nameTh\":\"" + p[2] + "\",\"category\":\""
                    + p[1] + "\",\"unitCode\":\"" + p[0] + "\"}").post("/v1/office-staff").then().statusCode(201);
        }
        json("/v1/areas/9820/summary/reported-figures?academicYear=2566", """
                {"figures":[{"figure":"3.1/P1/admittedStudentsPercent","value":65.65,"source":"รายงานประจำปี 2566 ตาราง 3.1"},
                            {"figure":"3.1/P1/admittedRoomsPercent","value":99.18},
                            {"figure":"1.1.1/small/schools","value":2},
                            {"figure":"1.1.6/total/38c2","value":4}]}""", 200);
        loaded = true;
    }

    @Test
    void table1CountsTheDistrictsSchools() {
        given().get("/v1/areas/9820/summary?academicYear=2566&round=1").then().statusCode(200)
                .body("areaNameTh", is("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบสรุป"))
                .body("table1.districts.nameTh", contains("จุน", "เชียงคำ"))
                .body("table1.districts[0].schools", is(3)).body("table1.districts[0].branches", is(1))
                .body("table1.districts[1].schools", is(2))
                .body("table1.total.subDistricts", is(17)).body("table1.total.villages", is(221))
                .body("table1.total.population", is(122955)).body("table1.total.areaKm2", is(1278.58f))
                .body("table1.total.schools", is(5)).body("table1.total.mainSchools", is(4));
    }

    @Test
    void sizeClassesStudentsAndClassroomsAreComputedFromTheRounds() {
        given().get("/v1/areas/9820/summary?academicYear=2566&round=1").then().statusCode(200)
                .body("snapshotDates", contains("2023-06-10"))
                .body("rounds.schoolsWithRound", is(4)).body("rounds.schoolsWithoutRound", contains("1098200005"))
                .body("sizeClasses.rows.sizeClass", contains("small", "medium", "large", "extra-large"))
                .body("sizeClasses.rows.schools", contains(2, 1, 1, 0))
                .body("sizeClasses.rows.percent", contains(50.00f, 25.00f, 25.00f, 0.00f))
                .body("sizeClasses.rows[0].students", is("0-120"))
                .body("sizeClasses.totalSchools", is(4))
                .body("studentsByDistrict.rows.nameTh", contains("จุน", "เชียงคำ"))
                .body("studentsByDistrict.rows.boys", contains(117, 320))
                .body("studentsByDistrict.rows.girls", contains(105, 295))
                .body("studentsByDistrict.total.total", is(837))
                .body("studentsByGrade.levels.students", contains(142, 580, 115))
                .body("studentsByGrade.levels.classrooms", contains(4, 14, 2))
                .body("studentsByGrade.levels[1].grades.find { it.grade == 'P1' }.students", is(289))
                .body("studentsByGrade.levels[1].grades.find { it.grade == 'P1' }.classrooms", is(7))
                .body("studentsByGrade.students", is(837)).body("studentsByGrade.classrooms", is(20));
    }

    @Test
    void theOfficeStaffListReadsAsTheContractReportServiceReadsByUnitThenInThaiOrder() throws Exception {
        String body = given().get("/v1/areas/9820/staff").then().statusCode(200).extract().asString();
        // strictly, as report-service's UpstreamJson reads it: every component of the record must be in the answer
        OfficeStaffMember[] staff = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .readValue(body, OfficeStaffMember[].class);
        assertEquals(List.of("นายสำเนียง ทดสอบ", "นางนพมาศ ทดสอบ", "นายนิคม ทดสอบ", "นางสาวคำแก้ว ทดสอบ",
                "นางสาวจิตติมา ทดสอบ", "นายก้อง ทดสอบ", "นายขจร ทดสอบ", "นายงาม ทดสอบ", "นางกรณิการ์ ทดสอบ", "นายจักร ทดสอบ",
                "นางชนัดดา ทดสอบ"), Arrays.stream(staff).map(OfficeStaffMember::nameTh).toList());
        assertEquals(StaffCategory.PERMANENT, staff[6].category());
        assertEquals("administration", staff[6].unitCode());
        assertEquals("9820", staff[6].areaCode());
        given().get("/v1/areas/9899/staff").then().statusCode(404);
    }

    @Test
    void staffTablesAreComputedFromStaffingAndTheOfficesPeople() {
        given().get("/v1/areas/9820/summary?academicYear=2566&round=1").then().statusCode(200)
                .body("staffByDistrict.rows.directors", contains(2, 1))
                .body("staffByDistrict.rows.deputies", contains(0, 2))
                .body("staffByDistrict.rows.teachers", contains(12, 30))
                .body("staffByDistrict.total.total", is(47))
                .body("contractStaff.rows.type", hasItems("government-employee", "boarding-teacher"))
                .body("contractStaff.rows.find { it.type == 'school-clerk' }.count", is(2))
                .body("contractStaff.rows.find { it.type == 'boarding-teacher' }.count", is(0))
                .body("contractStaff.rows[0].nameTh", is("พนักงานราชการ"))
                .body("contractStaff.total", is(6))
                .body("officeStaff.rows.unitCode", contains("director", "deputies", "administration", "policy-planning", "internal-audit"))
                .body("officeStaff.rows.total", contains(1, 2, 5, 2, 1))
                .body("officeStaff.rows[2].byCategory.temporary", is(2))
                .body("officeStaff.total.byCategory.38kh", is(3))
                .body("officeStaff.total.byCategory.38c2", is(4))
                .body("officeStaff.total.total", is(11));
    }

    @Test
    void admissionsAndTransitionsWithPercentagesRoundedHalfUp() {
        given().get("/v1/areas/9820/summary?academicYear=2566&round=1").then().statusCode(200)
                .body("admissions.rows.level", contains("kindergarten", "P1", "M1"))
                .body("admissions.rows.schools", contains(2, 2, 1))
                .body("admissions.rows[1].plannedStudents", is(2047)).body("admissions.rows[1].admittedStudents", is(1344))
                .body("admissions.rows.admittedRoomsPercent", contains(100.00f, 99.18f, 96.77f))
                .body("admissions.rows.admittedStudentsPercent", contains(78.75f, 65.66f, 62.44f))
                .body("p6Transitions.graduationYear", is(2565)).body("p6Transitions.graduates", is(258))
                .body("p6Transitions.continued", is(256)).body("p6Transitions.continuedPercent", is(99.22f))
                .body("m3Transitions.general", is(30)).body("m3Transitions.vocational", is(15))
                .body("m3Transitions.total", is(49)).body("m3Transitions.continuedPercent", is(95.92f));
    }

    @Test
    void disagreementsAreFindings() {
        String printed = "findings.find { it.code == 'school.reported-figure' }";
        String district = "findings.find { it.code == 'school.district-schools' }";
        String graduates = "findings.find { it.code == 'school.graduates' }";
        String without = "findings.find { it.code == 'school.schools-without-enrolment' }";
        given().get("/v1/areas/9820/summary?academicYear=2566&round=1").then().statusCode(200)
                .body("findings.code", containsInAnyOrder("school.district-schools", "school.schools-without-enrolment",
                        "school.graduates", "school.reported-figure"))
                .body("findings.source", everyItem(is("school-service")))
                // the seed printed 65.65 % for P1 admissions: 1,344 of 2,047 planned is 65.66 %, a rounding slip
                .body(printed + ".table", is("3.1")).body(printed + ".row", is("ประถมศึกษาปีที่ 1"))
                .body(printed + ".column", is("admittedStudentsPercent"))
                .body(printed + ".reported", is("65.65")).body(printed + ".computed", is("65.66"))
                .body(printed + ".difference", is(-0.01f)).body(printed + ".severity", is("minor"))
                .body(printed + ".subject.kind", is("area")).body(printed + ".subject.code", is("9820"))
                .body(printed + ".messageEn", containsString("3.1/P1/admittedStudentsPercent"))
                .body(printed + ".messageTh", containsString("รายงานประจำปี 2566 ตาราง 3.1"))
                // เชียงคำ was reported with 3 schools; 2 open schools are registered in it
                .body(district + ".table", is("1")).body(district + ".row", is("เชียงคำ")).body(district + ".column", is("schools"))
                .body(district + ".reported", is("3")).body(district + ".computed", is("2")).body(district + ".difference", is(1))
                .body(district + ".severity", is("major"))
                .body(district + ".subject.kind", is("district")).body(district + ".subject.code", is("9820-02"))
                // อนุบาลเชียงคำ reported 50 M3 graduates; 30 + 15 + 2 went on and 2 did not: 49
                .body(graduates + ".table", is("3.3")).body(graduates + ".row", is("มัธยมศึกษาปีที่ 3"))
                .body(graduates + ".difference", is(1)).body(graduates + ".subject.kind", is("school"))
                .body(graduates + ".subject.code", is("1098200004"))
                .body(graduates + ".messageTh", containsString("โรงเรียนอนุบาลเชียงคำ"))
                .body(graduates + ".messageEn", containsString("49"))
                // บ้านแวน sent no enrolment: 4 of the 5 open schools have a round
                .body(without + ".table", is("1.1.1")).body(without + ".computed", is("4"))
                .body(without + ".reported", nullValue()).body(without + ".messageTh", containsString("1098200005"))
                .body("figures.'1.1.3/P6/students'", is(268));
    }

    @Test
    void badSummaryRequestsAndFactFeedsAreProblems() {
        given().get("/v1/areas/9820/summary").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("academicYear"));
        given().get("/v1/areas/9820/summary?academicYear=2023").then().statusCode(400)
                .body("errors[0].field", is("academicYear")).body("errors[0].message", containsString("2566"));
        given().get("/v1/areas/9820/summary?academicYear=2566&round=3").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("round"));
        given().get("/v1/areas/9820/summary?academicYear=2566&round=abc").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("round"));
        given().get("/v1/areas/98-20/summary?academicYear=2566").then().statusCode(400).body("errors[0].field", is("code"));
        given().get("/v1/areas/9899/summary?academicYear=2566").then().statusCode(404);
        given().get("/v1/areas/9820/transitions").then().statusCode(400).body("errors[0].field", is("academicYear"));
        given().get("/v1/areas/9820/schools?status=shut").then().statusCode(400).body("errors[0].field", is("status"));
        given().get("/v1/areas/9820/schools?status=open").then().statusCode(200).body("total", is(5));
        given().get("/v1/enrolment-rounds/1098200001/2023/1").then().statusCode(400).body("errors[0].field", is("year"));
        given().get("/v1/staffing/1098200001/2566/0").then().statusCode(400).body("errors[0].field", is("round"));
        given().get("/v1/org/9820/units?kind=province").then().statusCode(400).body("errors[0].field", is("kind"));
        given().get("/v1/org/9820/units?kind=district").then().statusCode(200).body("code", contains("9820-01", "9820-02"));
        json("/v1/areas/9820/summary/reported-figures?academicYear=2566", "{\"figures\":[{\"figure\":\"ร้อยละ\",\"value\":1}]}", 400);
        given().contentType("text/csv").body("""
                schoolCode,academicYear,round,staffType,count
                1098200001,2566,1,ภารโรง,1
                1098200001,2566,1,teacher,-8
                """.getBytes(StandardCharsets.UTF_8)).post("/v1/staffing/feed").then().statusCode(400)
                .body("errors.column", contains("staffType", "count"));
        given().contentType("text/csv").body("""
                schoolCode,academicYear,stage,graduates,continued,general,vocational,equivalent,notContinuing
                1098200002,2565,P6,20,18,2,,,0
                1098200002,2565,M3,20,5,10,5,0,0
                """.getBytes(StandardCharsets.UTF_8)).post("/v1/transitions/feed").then().statusCode(400)
                .body("errors.row", contains(2, 3)).body("errors.column", contains("general", "continued"));
        given().get("/v1/areas/9820/transitions?academicYear=2565").then().statusCode(200)
                .body("schoolCode", not(hasItem("1098200002")));
        given().get("/v1/staffing/1098200001/2566/1").then().statusCode(200)
                .body("find { it.staffType == 'teacher' }.count", is(8));
    }
}
