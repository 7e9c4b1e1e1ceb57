package org.khet.school.templates;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The school-level feeds' templates: downloaded, filled in as a school would (with Apache POI, or as CSV text), and
 * uploaded unchanged to the feed's endpoint; the figures stored are the ones filled in. The hint (the previous round)
 * is never taken for a submission: a template sent back unfilled is refused, naming the empty cells.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class TemplateRoundTripTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String AREA = "9861";
    static final String PLAIN = "1098610001";
    static final String EXPANSION = "1098610002";
    static final String CLOSED = "1098610009";
    static boolean ready;

    @BeforeEach
    void area() {
        if (ready) {
            return;
        }
        area(AREA, "เขตทดสอบแบบฟอร์ม");
        district(AREA + "-01", "อำเภอจุน");
        school(PLAIN, AREA + "-01", "โรงเรียนบ้านห้วยข้าวก่ำ", false);
        school(EXPANSION, AREA + "-01", "โรงเรียนบ้านทุ่งรวงทอง", true);
        school(CLOSED, AREA + "-01", "โรงเรียนบ้านร่องปอ", false);
        given().contentType(ContentType.JSON).body("{\"status\":\"closed\",\"effectiveOn\":\"2023-05-16\",\"note\":\"ยุบรวม\"}")
                .post("/v1/schools/" + CLOSED + "/status").then().statusCode(200);
        // the plain school's round 1: the hint of round 2's template
        given().contentType("text/csv").body(("schoolCode,academicYear,round,grade,boys,girls,classrooms\n"
                        + PLAIN + ",2566,1,K1,10,8,1\n" + PLAIN + ",2566,1,P1,12,11,1\n").getBytes(StandardCharsets.UTF_8))
                .post("/v1/enrolment-rounds/feed").then().statusCode(200).body("created", is(1));
        ready = true;
    }

    static void area(String code, String nameTh) {
        given().contentType(ContentType.JSON).body("{\"nameTh\":\"" + nameTh + "\",\"level\":\"primary\",\"province\":\"พะเยา\"}")
                .put("/v1/areas/" + code).then().statusCode(201);
    }

    static void district(String code, String nameTh) {
        given().contentType(ContentType.JSON).body("{\"areaCode\":\"" + code.substring(0, 4) + "\",\"nameTh\":\"" + nameTh + "\"}")
                .put("/v1/districts/" + code).then().statusCode(201);
    }

    static void school(String code, String district, String nameTh, boolean expansion) {
        given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",\"districtCode\":\"" + district
                + "\",\"nameTh\":\"" + nameTh + "\",\"expansion\":" + expansion + "}").post("/v1/schools").then().statusCode(201);
    }

    static byte[] download(String area, String kind, String query) {
        return given().get("/v1/areas/" + area + "/templates/" + kind + "?" + query).then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\"" + kind + "-"))
                .extract().asByteArray();
    }

    /** Downloads round 2's enrolment template of the area, checks it as a school would see it, fills and sends it. */
    @Test
    void enrolmentXlsxRoundTrip() throws IOException {
        byte[] file = given().get("/v1/areas/" + AREA + "/templates/enrolment?academicYear=2566&round=2").then()
                .statusCode(200).contentType(XLSX)
                .header("Content-Disposition", is("attachment; filename=\"enrolment-9861-2566-2.xlsx\""))
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("จำนวนนักเรียน", sheet.getSheetName());
            Row header = sheet.getRow(0);
            assertEquals("รหัสโรงเรียน\nschoolCode", header.getCell(0).getStringCellValue());
            assertEquals("ชื่อโรงเรียน\nschoolNameTh", header.getCell(1).getStringCellValue());
            assertEquals("ชั้น\ngrade", header.getCell(4).getStringCellValue());
            assertEquals("นักเรียนชาย\nboys", header.getCell(5).getStringCellValue());
            assertEquals("ห้องเรียน\nclassrooms", header.getCell(7).getStringCellValue());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), "the header row is frozen");
            assertTrue(sheet.getPaneInformation().isFreezePane());

            // the plain school: the grades of its round 1 (K1, P1); the expansion school without a round: K1–K3,
            // P1–P6, M1–M3; the school closed before the snapshot date is not expected
            List<String> lines = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                lines.add(row.getCell(0).getStringCellValue() + "/" + row.getCell(4).getStringCellValue());
                assertEquals("2566", row.getCell(2).getStringCellValue());
                assertEquals("2", row.getCell(3).getStringCellValue());
                for (int c = 5; c <= 7; c++) {
                    assertEquals(CellType.BLANK, row.getCell(c).getCellType(), "figures are left empty: row " + (r + 1));
                }
            }
            List<String> expected = new ArrayList<>(List.of(PLAIN + "/K1", PLAIN + "/P1"));
            for (String g : List.of("K1", "K2", "K3", "P1", "P2", "P3", "P4", "P5", "P6", "M1", "M2", "M3")) {
                expected.add(EXPANSION + "/" + g);
            }
            assertEquals(expected, lines);
            assertEquals("โรงเรียนบ้านห้วยข้าวก่ำ", sheet.getRow(1).getCell(1).getStringCellValue());

            // the hint: round 1's figures in a comment on the empty cell and on the second sheet, never in the cell
            Cell k1Boys = sheet.getRow(1).getCell(5);
            assertNotNull(k1Boys.getCellComment(), "K1 boys carries its hint");
            assertEquals("ข้อมูลรอบก่อน (ปีการศึกษา 2566 รอบที่ 1): 10", k1Boys.getCellComment().getString().getString());
            assertEquals("ข้อมูลรอบก่อน (ปีการศึกษา 2566 รอบที่ 1): 11", sheet.getRow(2).getCell(6).getCellComment().getString().getString());
            assertNull(sheet.getRow(3).getCell(5).getCellComment(), "the expansion school has no previous round");
            Sheet hints = wb.getSheetAt(1);
            assertEquals("ข้อมูลรอบก่อน", hints.getSheetName());
            assertEquals("12", hints.getRow(3).getCell(5).getStringCellValue(), "P1 boys of round 1");
            assertEquals("1", hints.getRow(3).getCell(7).getStringCellValue());

            // Excel checks: whole numbers ≥ 0 in boys, girls, classrooms; the grade from its list
            List<? extends DataValidation> checks = sheet.getDataValidations();
            for (int c = 5; c <= 7; c++) {
                DataValidation v = validationOf(checks, c);
                assertEquals(DataValidationConstraint.ValidationType.INTEGER, v.getValidationConstraint().getValidationType());
                assertEquals(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, v.getValidationConstraint().getOperator());
                assertEquals("0", v.getValidationConstraint().getFormula1());
            }
            DataValidation grade = validationOf(checks, 4);
            assertEquals(DataValidationConstraint.ValidationType.LIST, grade.getValidationConstraint().getValidationType());
            assertArrayEquals(new String[]{"K1", "K2", "K3", "P1", "P2", "P3", "P4", "P5", "P6", "M1", "M2", "M3", "M4",
                    "M5", "M6"}, grade.getValidationConstraint().getExplicitListValues());
        }

        // sent back unfilled, the template is refused: the hints are not figures
        given().contentType(XLSX).body(file).post("/v1/enrolment-rounds/feed").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.row == 2 && it.column == 'boys' }", notNullValue());
        given().get("/v1/enrolment-rounds/" + PLAIN + "/2566/2").then().statusCode(404);

        // filled in: the plain school K1 11+9 in 1 room, P1 13+10 in 1; the expansion school's i-th grade (from 0)
        // i+1 boys, i+2 girls, 1 room
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            fill(sheet.getRow(1), 11, 9, 1);
            fill(sheet.getRow(2), 13, 10, 1);
            for (int i = 0; i < 12; i++) {
                fill(sheet.getRow(3 + i), i + 1, i + 2, 1);
            }
            wb.write(out);
            filled = out.toByteArray();
        }
        given().contentType(XLSX).body(filled).post("/v1/enrolment-rounds/feed").then().statusCode(200)
                .body("rows", is(14)).body("created", is(2)).body("updated", is(0));
        given().get("/v1/enrolment-rounds/" + PLAIN + "/2566/2").then().statusCode(200)
                .body("grades.grade", contains("K1", "P1")).body("grades.boys", contains(11, 13))
                .body("grades.girls", contains(9, 10)).body("grades.classrooms", contains(1, 1))
                .body("students", is(43)).body("classrooms", is(2));
        // boys 1 + … + 12 = 78, girls 2 + … + 13 = 90
        given().get("/v1/enrolment-rounds/" + EXPANSION + "/2566/2").then().statusCode(200)
                .body("grades", hasSize(12)).body("students", is(168)).body("classrooms", is(12))
                .body("grades.find { it.grade == 'M3' }.boys", is(12)).body("grades.find { it.grade == 'M3' }.girls", is(13));
    }

    private static void fill(Row row, int boys, int girls, int rooms) {
        row.getCell(5).setCellValue(boys);
        row.getCell(6).setCellValue(girls);
        row.getCell(7).setCellValue(rooms);
    }

    private static DataValidation validationOf(List<? extends DataValidation> checks, int column) {
        for (DataValidation v : checks) {
            for (CellRangeAddress a : v.getRegions().getCellRangeAddresses()) {
                if (a.getFirstColumn() <= column && column <= a.getLastColumn() && a.getFirstRow() == 1) {
                    return v;
                }
            }
        }
        throw new AssertionError("no data validation on column " + column);
    }

    /** One school's staffing template as CSV: its header reads back, and the filled lines are stored. */
    @Test
    void staffingCsvRoundTrip() throws IOException {
        byte[] file = given().get("/v1/areas/" + AREA + "/templates/staffing?academicYear=2566&round=1&school=" + PLAIN
                + "&format=csv").then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", is("attachment; filename=\"staffing-" + PLAIN + "-2566-1.csv\""))
                .extract().asByteArray();
        assertEquals(0xEF, file[0] & 0xff, "UTF-8 with a byte-order mark");
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertEquals(List.of("รหัสโรงเรียน\nschoolCode", "ชื่อโรงเรียน\nschoolNameTh", "ปีการศึกษา\nacademicYear",
                "รอบ\nround", "ประเภทบุคลากร\nstaffType", "จำนวน (คน)\ncount"), records.get(0).toList());
        // no staffing yet: the positions every school has
        assertEquals(List.of(PLAIN + ",โรงเรียนบ้านห้วยข้าวก่ำ,2566,1,director,", PLAIN + ",โรงเรียนบ้านห้วยข้าวก่ำ,2566,1,deputy,",
                PLAIN + ",โรงเรียนบ้านห้วยข้าวก่ำ,2566,1,teacher,"), records.subList(1, 4).stream()
                .map(r -> String.join(",", r.toList())).toList());
        assertEquals(4, records.size());

        Map<String, String> counts = Map.of("director", "1", "deputy", "0", "teacher", "7");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter p = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            p.printRecord(records.get(0).toList());
            for (CSVRecord r : records.subList(1, records.size())) {
                List<String> cells = new ArrayList<>(r.toList());
                cells.set(5, counts.get(cells.get(4)));
                p.printRecord(cells);
            }
        }
        given().contentType("text/csv").body(out.toByteArray()).post("/v1/staffing/feed").then().statusCode(200)
                .body("rows", is(3)).body("created", is(1));
        given().get("/v1/staffing/" + PLAIN + "/2566/1").then().statusCode(200)
                .body("find { it.staffType == 'director' }.count", is(1))
                .body("find { it.staffType == 'deputy' }.count", is(0))
                .body("find { it.staffType == 'teacher' }.count", is(7));
    }

    /** The expansion school's transitions: a P6 and an M3 line; the M3 columns stay empty on the P6 line. */
    @Test
    void transitionsXlsxRoundTrip() throws IOException {
        byte[] file = download(AREA, "transitions", "academicYear=2566&school=" + EXPANSION);
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum(), "P6 and M3");
            assertEquals("P6", sheet.getRow(1).getCell(3).getStringCellValue());
            assertEquals("M3", sheet.getRow(2).getCell(3).getStringCellValue());
            assertEquals("ไม่ศึกษาต่อ\nnotContinuing", sheet.getRow(0).getCell(9).getStringCellValue());
            assertEquals(1, wb.getNumberOfSheets(), "no previous year: no hints' sheet");
            // graduates, continued, general, vocational, equivalent, notContinuing from column 4
            Row p6 = sheet.getRow(1);
            p6.getCell(4).setCellValue(20);
            p6.getCell(5).setCellValue(19);
            p6.getCell(9).setCellValue(1);
            Row m3 = sheet.getRow(2);
            m3.getCell(4).setCellValue(10);
            m3.getCell(6).setCellValue(6);
            m3.getCell(7).setCellValue(3);
            m3.getCell(8).setCellValue(0);
            m3.getCell(9).setCellValue(1);
            wb.write(out);
            filled = out.toByteArray();
        }
        given().contentType(XLSX).body(filled).post("/v1/transitions/feed").then().statusCode(200)
                .body("rows", is(2)).body("created", is(2));
        given().get("/v1/areas/" + AREA + "/transitions?academicYear=2566").then().statusCode(200)
                .body("find { it.stage == 'P6' }.graduates", is(20)).body("find { it.stage == 'P6' }.continued", is(19))
                .body("find { it.stage == 'P6' }.general", nullValue())
                .body("find { it.stage == 'M3' }.general", is(6)).body("find { it.stage == 'M3' }.vocational", is(3))
                .body("find { it.stage == 'M3' }.equivalent", is(0)).body("find { it.stage == 'M3' }.notContinuing", is(1));
    }

    @Test
    void refusals() {
        given().get("/v1/areas/" + AREA + "/templates/grades?academicYear=2566").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("enrolment"));
        given().get("/v1/areas/" + AREA + "/templates/enrolment?academicYear=2566&school=" + CLOSED).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(CLOSED));
        given().get("/v1/areas/" + AREA + "/templates/admissions?academicYear=2566&round=2&format=pdf").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", containsInAnyOrder("round", "format"));
        given().get("/v1/areas/" + AREA + "/templates/enrolment").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/v1/areas/9869/templates/enrolment?academicYear=2566").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** An open collection round fixes its expected schools: a school registered after it opened is not in its template. */
    @Test
    void collectionRoundsExpectedSchools() throws IOException {
        String area = "9862";
        area(area, "เขตทดสอบแบบฟอร์มรอบ");
        district(area + "-01", "อำเภอปง");
        school("1098620001", area + "-01", "โรงเรียนบ้านน้ำปุก", false);
        String id = given().contentType(ContentType.JSON).body("{\"kind\":\"staffing\",\"academicYear\":2566,\"round\":2,"
                        + "\"snapshotDate\":\"2023-11-10\",\"opensOn\":\"2023-11-01\",\"closesOn\":\"2023-11-30\",\"areaCode\":\"" + area + "\"}")
                .post("/v1/collection-rounds").then().statusCode(201).extract().path("id");
        given().post("/v1/collection-rounds/" + id + "/open").then().statusCode(200).body("expected", is(1));
        school("1098620002", area + "-01", "โรงเรียนบ้านขุนควร", false);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download(area, "staffing", "academicYear=2566&round=2")))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertEquals("1098620001", sheet.getRow(r).getCell(0).getStringCellValue());
            }
        }
        // no collection round of enrolment: the register's open schools, the new one too
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download(area, "enrolment", "academicYear=2566&round=2")))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("1098620002", sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue());
            assertEquals(18, sheet.getLastRowNum(), "K1–K3 and P1–P6 for each of the two schools");
        }
    }
}
