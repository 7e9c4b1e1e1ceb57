package org.khet.school;

import java.time.Duration;
import static org.awaitility.Awaitility.await;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.school.EnrolmentRoundStatusChanged;
import org.khet.contracts.events.school.EnrolmentSubmittedV2;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OutboxRows;
import org.khet.testkit.TopicReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** Enrolment feeds: every error class reported at once with nothing stored, re-sends are no-ops, locked rounds refuse. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class EnrolmentFeedTest {
    @Inject
    AgroalDataSource db;

    static final String HEADER = "schoolCode,academicYear,round,grade,boys,girls,classrooms,snapshotDate\n";
    static boolean ready;

    @BeforeEach
    void schools() {
        if (ready) {
            return;
        }
        Org.area("9810", "เขตทดสอบข้อมูลนักเรียน");
        Org.district("9810-01", "อำเภอจุน");
        Org.school("1098100001", "9810-01", "โรงเรียนบ้านห้วยข้าวก่ำ");
        Org.school("1098100002", "9810-01", "โรงเรียนบ้านทุ่งกล้วย");
        Org.school("1098100003", "9810-01", "โรงเรียนบ้านร่องคำหลวง");
        Org.school("1098100004", "9810-01", "โรงเรียนบ้านน้ำจุน");
        Org.school("1098100005", "9810-01", "โรงเรียนบ้านแวน");
        Org.school("1098100006", "9810-01", "โรงเรียนบ้านหนองเล็งทราย");
        Org.school("1098100007", "9810-01", "โรงเรียนบ้านพวงพยอม");
        Org.school("1098100009", "9810-01", "โรงเรียนบ้านปางป๋วย");
        close("1098100009");
        ready = true;
    }

    /** Closes a school through the API (school feeds refuse it from then on). */
    static void close(String school) {
        given().contentType(ContentType.JSON).body("{\"status\":\"closed\",\"effectiveOn\":\"2023-05-16\",\"note\":\"ยุบรวม\"}")
                .post("/v1/schools/" + school + "/status").then().statusCode(200).body("status", is("closed"));
    }

    static ValidatableResponse post(String body, String key) {
        var req = given().contentType("text/csv").body(body.getBytes(StandardCharsets.UTF_8));
        if (key != null) {
            req = req.header("Idempotency-Key", key);
        }
        return req.post("/v1/enrolment-rounds/feed").then();
    }

    static void noRound(String school) {
        given().get("/v1/enrolment-rounds/" + school + "/2566/1").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aSchoolsRoundIsStoredWithItsTotalsAndAnnouncedOnKafka() {
        String feed = HEADER
                + "1098100001,2566,1,K2,10,8,1,2023-06-10\n"
                + "1098100001,2566,1,K3,9,11,1,2023-06-10\n"
                + "1098100001,2566,1,P1,12,10,1,2023-06-10\n";
        post(feed, null).statusCode(200).body("kind", is("enrolment")).body("rows", is(3)).body("created", is(1))
                .body("updated", is(0)).body("unchanged", is(0)).body("areaCodes", contains("9810"))
                .body("years", contains(2566)).body("replayed", is(false)).body("receiptId", notNullValue());
        given().get("/v1/enrolment-rounds/1098100001/2566/1").then().statusCode(200)
                .body("students", is(60)).body("classrooms", is(3)).body("sizeClass", is("small"))
                .body("status", is("submitted")).body("snapshotDate", is("2023-06-10"))
                .body("grades.grade", contains("K2", "K3", "P1")).body("grades[2].nameTh", is("ประถมศึกษาปีที่ 1"));

        List<TopicReader.Received> got = Org.events(e -> EnrolmentSubmittedV2.TYPE.equals(e.type()) && "9810".equals(e.areacode())
                && e.data().toString().contains("1098100001"), 1);
        assertEquals("9810", got.get(0).key());
        assertEquals(2566, got.get(0).event().academicyear());
        EnrolmentSubmittedV2 ev = EventJson.data(got.get(0).event(), EnrolmentSubmittedV2.class);
        // K2 10 + 8 = 18, K3 9 + 11 = 20, P1 12 + 10 = 22: 60 in all
        assertEquals(List.of(new EnrolmentSubmittedV2.School("1098100001", 60, 3, "small", Map.of("K2", 18, "K3", 20,
                "P1", 22))), ev.schools());
        // v2's grades are one object, in the grades' order (ADR 0046)
        assertTrue(got.get(0).event().data().toString().contains("\"grades\":{\"K2\":18,\"K3\":20,\"P1\":22}"),
                got.get(0).event().data().toString());
    }

    @Test
    void aChangedRoundReplacesTheSchoolsCountsAndIsSubmittedAgain() {
        post(HEADER + "1098100003,2566,2,K2,10,8,1,2023-11-10\n1098100003,2566,2,P1,12,10,1,2023-11-10\n", null).statusCode(200);
        given().contentType(ContentType.JSON).body("{\"areaCode\":\"9810\",\"academicYear\":2566,\"round\":2,\"schoolCodes\":[\"1098100003\"]}")
                .post("/v1/enrolment-rounds/certify").then().statusCode(200);
        // the corrected round has no K2 any more: a round is replaced whole, not merged
        post(HEADER + "1098100003,2566,2,P1,13,10,1,2023-11-10\n", null).statusCode(200);
        given().get("/v1/enrolment-rounds/1098100003/2566/2").then().statusCode(200)
                .body("grades.grade", contains("P1")).body("students", is(23)).body("status", is("submitted"))
                .body("version", is(2));
    }

    static int version(String school, int round) {
        return given().get("/v1/enrolment-rounds/" + school + "/2566/" + round).then().statusCode(200).extract().jsonPath()
                .getInt("version");
    }

    long submittedEvents() {
        return OutboxRows.count(db, "type = ? and area_code = '9810'", EnrolmentSubmittedV2.TYPE);
    }

    long eventsNaming(String school) {
        return OutboxRows.count(db, "type = ? and payload::text like ?", EnrolmentSubmittedV2.TYPE, "%" + school + "%");
    }

    /**
     * The unit of the enrolment feed is a school's round: created when it was not stored, updated when its date or a
     * count differs, unchanged when the feed sends what is stored — in other bytes, so that no receipt answers it.
     */
    @Test
    void itsAnswerCountsTheSchoolRoundsCreatedUpdatedAndUnchanged() {
        post(HEADER
                + "1098100006,2566,1,K1,10,8,1,2023-06-10\n"
                + "1098100006,2566,1,P1,12,10,1,2023-06-10\n"
                + "1098100006,2566,1,P2,11,9,1,2023-06-10\n"
                + "1098100007,2566,1,P1,5,6,1,2023-06-10\n"
                + "1098100007,2566,1,P2,7,4,1,2023-06-10\n", null).statusCode(200)
                .body("rows", is(5)).body("created", is(2)).body("updated", is(0)).body("unchanged", is(0));
        int school6 = version("1098100006", 1);
        int school7 = version("1098100007", 1);
        long events = submittedEvents();

        // school 6's round 1 as stored, school 7's with one count changed, school 6's round 2 new
        post(HEADER
                + "1098100006,2566,1,K1,10,8,1,2023-06-10\n"
                + "1098100006,2566,1,P1,12,10,1,2023-06-10\n"
                + "1098100006,2566,1,P2,11,9,1,2023-06-10\n"
                + "1098100007,2566,1,P1,5,6,1,2023-06-10\n"
                + "1098100007,2566,1,P2,7,5,1,2023-06-10\n"
                + "1098100006,2566,2,P1,12,10,1,2023-11-10\n", null).statusCode(200)
                .body("rows", is(6)).body("created", is(1)).body("updated", is(1)).body("unchanged", is(1))
                .body("replayed", is(false));
        assertEquals(school6, version("1098100006", 1), "the unchanged round keeps its version");
        assertEquals(school7 + 1, version("1098100007", 1));
        given().get("/v1/enrolment-rounds/1098100007/2566/1").then().body("students", is(23));
        assertEquals(events + 2, submittedEvents(), "one event for area 9810's round 1 (school 7) and one for round 2");
        assertEquals(2, eventsNaming("1098100006"), "the first feed's, and round 2's: round 1 of school 6 did not change");
        assertEquals(2, eventsNaming("1098100007"));

        // the same facts in other bytes: rows in another order, CRLF, spaces, a count written as 10.0 … nothing changes
        post(HEADER.replace("\n", "\r\n")
                + "1098100006,2566,2,P1,12,10,1,2023-11-10\r\n"
                + "1098100007,2566,1,P2, 7 ,5,1,2023-06-10\r\n"
                + "1098100006,2566,1,P2,11,9,1,2023-06-10\r\n"
                + "1098100006,2566,1,P1,12,10.0,1,2023-06-10\r\n"
                + "1098100007,2566,1,P1,5,6,1,2023-06-10\r\n"
                + "1098100006,2566,1,K1,10,8,1,2023-06-10\r\n", null).statusCode(200)
                .body("rows", is(6)).body("created", is(0)).body("updated", is(0)).body("unchanged", is(3))
                .body("replayed", is(false)).body("areaCodes", contains("9810"));
        assertEquals(school6, version("1098100006", 1));
        assertEquals(school7 + 1, version("1098100007", 1));
        assertEquals(events + 2, submittedEvents(), "nothing published for facts sent again");
    }

    @Test
    void aClosedOrUnregisteredSchoolIsRefusedWithItsRowAndColumn() {
        post(HEADER
                + "1098100003,2567,1,P1,10,12,1,2024-06-10\n"
                + "1098100009,2567,1,P1,10,12,1,2024-06-10\n"
                + "1098100008,2567,1,P1,10,12,1,2024-06-10\n", null).statusCode(400).contentType("application/problem+json")
                .body("errors.row", contains(3, 4)).body("errors.column", contains("schoolCode", "schoolCode"))
                .body("errors[0].message", is("school 1098100009 is closed; it sends no enrolment"))
                .body("errors[1].message", is("no school 1098100008 is registered"));
        given().get("/v1/enrolment-rounds/1098100003/2567/1").then().statusCode(404);
    }

    @Test
    void aResentFeedChangesNothing() {
        String feed = HEADER + "1098100002,2566,1,P6,30,25,2,2023-06-10\n";
        post(feed, "ส่งครั้งที่-1").statusCode(200).body("replayed", is(false));
        long version = given().get("/v1/enrolment-rounds/1098100002/2566/1").then().extract().jsonPath().getLong("version");
        post(feed, "ส่งครั้งที่-1").statusCode(200).body("replayed", is(true)).body("rows", is(1));
        post(feed, null).statusCode(200).body("replayed", is(true));
        given().get("/v1/enrolment-rounds/1098100002/2566/1").then().body("version", is((int) version)).body("students", is(55));
        // the same key with other content is the sender's mistake
        post(HEADER + "1098100002,2566,1,P6,31,25,2,2023-06-10\n", "ส่งครั้งที่-1").statusCode(422)
                .contentType("application/problem+json");
        given().get("/v1/enrolment-rounds/1098100002/2566/1").then().body("students", is(55));
        List<TopicReader.Received> events = Org.events(e -> EnrolmentSubmittedV2.TYPE.equals(e.type())
                && e.data().toString().contains("1098100002"), 2);
        assertEquals(1, events.size(), "one event for the feed, none for its re-sends");
    }

    @Test
    void everyBadRowIsReportedAtOnceAndNothingIsStored() {
        String feed = HEADER
                + "1098100003,2566,1,P1,10,12,1,2023-06-10\n"   // row 2: fine
                + "10981,2566,1,P2,10,12,1,2023-06-10\n"        // row 3: bad code
                + "1098100003,2566,1,P3,-4,12,1,2023-06-10\n"   // row 4: negative count
                + "1098109999,2566,1,P4,10,12,1,2023-06-10\n"   // row 5: unknown school
                + "1098100003,2566,1,P1,11,12,1,2023-06-10\n"   // row 6: duplicate of row 2
                + "1098100003,2566,1,P7,1,1,1,2023-06-10\n"     // row 7: no such grade
                + "1098100003,2023,1,P5,1,1,1,2023-06-10\n"     // row 8: a common-era year
                + "1098100003,2566,1,P6,abc,1,1,2023-06-10\n"   // row 9: not a number
                + "1098100003,2566,2,M1,5,5,0,2023-11-01\n";    // row 10: a round with students and no classroom at all
        post(feed, null).statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("detail", containsString("nothing was stored"))
                .body("errors.row", contains(3, 4, 5, 6, 7, 8, 9, 10))
                .body("errors.column", contains("schoolCode", "boys", "schoolCode", "grade", "grade", "academicYear", "boys", "classrooms"))
                .body("errors[0].message", containsString("8 or 10 digits"))
                .body("errors[1].message", containsString("negative"))
                .body("errors[2].message", containsString("no school 1098109999"))
                .body("errors[3].message", containsString("row 2"));
        noRound("1098100003");
    }

    @Test
    void aMalformedFileOrAWrongHeaderIsRefusedWhole() {
        given().contentType("text/csv").body(new byte[]{(byte) 0xff, (byte) 0xfe, 0x41, 0x00, 0x0a})
                .post("/v1/enrolment-rounds/feed").then().statusCode(400).body("type", endsWith("/malformed-feed"));
        given().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body("ไม่ใช่ไฟล์ Excel".getBytes(StandardCharsets.UTF_8))
                .post("/v1/enrolment-rounds/feed").then().statusCode(400).body("type", endsWith("/malformed-feed"));
        given().contentType(ContentType.JSON).body("{\"rows\": [ {\"schoolCode\": ").post("/v1/enrolment-rounds/feed")
                .then().statusCode(400).body("type", endsWith("/malformed-feed"));
        post("schoolCode,academicYear,round,grade,boys,girls,ห้องเรียน\n1098100004,2566,1,P1,1,1,1\n", null).statusCode(400)
                .body("type", endsWith("/feed-header"))
                .body("errors.column", hasItems("ห้องเรียน", "classrooms"));
        given().contentType("image/png").body(new byte[]{1}).post("/v1/enrolment-rounds/feed").then().statusCode(415)
                .contentType("application/problem+json");
        noRound("1098100004");
    }

    @Test
    void xlsxAndJsonFeedsAreReadLikeCsv() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("นักเรียน");
            String[] head = {"schoolCode", "academicYear", "round", "grade", "boys", "girls", "classrooms"};
            Row h = s.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Object[][] rows = {{"1098100004", 2566, 1, "P1", 20, 21, 2}, {"1098100004", 2566, 1, "P2", 15, 14, 1}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < head.length; c++) {
                    if (rows[r][c] instanceof Integer i) {
                        row.createCell(c).setCellValue(i);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            wb.write(out);
        }
        given().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(out.toByteArray())
                .post("/v1/enrolment-rounds/feed").then().statusCode(200).body("rows", is(2));
        given().get("/v1/enrolment-rounds/1098100004/2566/1").then().body("students", is(70)).body("classrooms", is(3));

        given().contentType(ContentType.JSON).body("""
                [{"schoolCode":"1098100004","academicYear":2566,"round":2,"grade":"P1","boys":19,"girls":21,"classrooms":2,"snapshotDate":"2023-11-10"},
                 {"schoolCode":"1098100004","academicYear":2566,"round":2,"grade":"P1","boys":20,"girls":21,"classrooms":2},
                 {"schoolCode":"1098100004","academicYear":2566,"round":2,"grade":"P2","boys":-1,"girls":21,"classrooms":2}]""")
                .post("/v1/enrolment-rounds/feed").then().statusCode(400)
                .body("errors.row", contains(2, 3)).body("errors.column", contains("grade", "boys"));
        given().get("/v1/enrolment-rounds/1098100004/2566/2").then().statusCode(404);
    }

    @Test
    void aLockedRoundRefusesEveryChange() {
        post(HEADER + "1098100005,2566,1,P1,8,7,1,2023-06-10\n", null).statusCode(200);
        given().contentType(ContentType.JSON).body("{\"areaCode\":\"9810\",\"academicYear\":2566,\"round\":1,\"schoolCodes\":[\"1098100005\"]}")
                .post("/v1/enrolment-rounds/certify").then().statusCode(200).body("schoolCodes", contains("1098100005"));
        given().contentType(ContentType.JSON).body("{\"areaCode\":\"9810\",\"academicYear\":2566,\"round\":1,\"schoolCodes\":[\"1098100005\"]}")
                .post("/v1/enrolment-rounds/lock").then().statusCode(200).body("status", is("locked"));
        given().get("/v1/enrolment-rounds/1098100005/2566/1").then().body("status", is("locked"));

        // a feed touching the locked round is refused whole, the other school's rows included
        post(HEADER + "1098100003,2566,1,P1,1,1,1,2023-06-10\n1098100005,2566,1,P1,9,7,1,2023-06-10\n", null)
                .statusCode(409).contentType("application/problem+json").body("type", endsWith("/round-locked"))
                .body("errors[0].row", is(3)).body("errors[0].column", is("round"));
        given().get("/v1/enrolment-rounds/1098100005/2566/1").then().body("students", is(15));
        noRound("1098100003");
        given().contentType(ContentType.JSON).body("{\"areaCode\":\"9810\",\"academicYear\":2566,\"round\":1,\"schoolCodes\":[\"1098100005\"]}")
                .post("/v1/enrolment-rounds/certify").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"areaCode\":\"9810\",\"round\":7}")
                .post("/v1/enrolment-rounds/lock").then().statusCode(400).body("errors.field", contains("academicYear", "round"));

        List<TopicReader.Received> locked = Org.events(e -> EnrolmentRoundStatusChanged.LOCKED_TYPE.equals(e.type())
                && "9810".equals(e.areacode()), 1);
        assertEquals(List.of("1098100005"), EventJson.data(locked.get(0).event(), EnrolmentRoundStatusChanged.class).schoolCodes());
    }

    @Test
    void aLargeFeedIsAcceptedAsAJob() throws InterruptedException {
        Org.area("9811", "เขตทดสอบงานเบื้องหลัง");
        Org.district("9811-01", "อำเภอเชียงม่วน");
        StringBuilder feed = new StringBuilder(HEADER);
        for (int s = 1; s <= 50; s++) {
            String code = String.format("10981100%02d", s);
            Org.school(code, "9811-01", "โรงเรียนบ้านสระ " + s);
            for (String g : List.of("K1", "K2", "K3", "P1", "P2", "P3", "P4", "P5", "P6", "M1", "M2", "M3")) {
                feed.append(code).append(",2566,1,").append(g).append(",").append(s).append(",1,1,2023-06-10\n");
            }
        }
        String location = post(feed.toString(), null).statusCode(202).header("Location", containsString("/v1/feed-jobs/"))
                .extract().header("Location");
        String status = await("the job ends").atMost(Duration.ofSeconds(60))
                .until(() -> given().get(location).then().statusCode(200).extract().jsonPath().getString("status"),
                        s -> s.equals("succeeded") || s.equals("failed"));
        assertEquals("succeeded", status);
        given().get(location).then().body("result.rows", is(600)).body("result.created", is(50));
        // school 50: 12 grades × (50 boys + 1 girl) = 612 students: a large school
        given().get("/v1/enrolment-rounds/1098110050/2566/1").then().body("students", is(612)).body("sizeClass", is("large"));
    }
}
