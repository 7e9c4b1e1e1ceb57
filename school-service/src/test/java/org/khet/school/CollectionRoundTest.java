package org.khet.school;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.Topics;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OutboxRows;
import org.khet.testkit.TestTokens;
import org.khet.testkit.TopicReader;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A collection round of a hand-made area through the whole ritual, with tokens checked: every transition, every
 * refusal (role, scope, state), reopening with a reason, certification refused while a warning is unacknowledged, a
 * dry run that stores and publishes nothing, completeness by area and district, and the events read back from Kafka.
 * <p>
 * Area 9851 has districts 9851-01 (schools …01, …02) and 9851-02 (…03, …04, and …05, closed on 1 May 2023, before
 * the snapshot date 10 June 2023, so not expected).
 */
@QuarkusTest
@TestProfile(SecuredRegistryFeedTest.Secured.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class CollectionRoundTest {
    static final String AREA = "9851";
    static final String A = "1098510001";
    static final String B = "1098510002";
    static final String C = "1098510003";
    static final String D = "1098510004";
    static final String E = "1098510005";

    @Inject
    AgroalDataSource db;

    private static String bearer(String sub, String role, String org) {
        return "Bearer " + TestTokens.token(sub, role, org);
    }

    static final String ADMIN = bearer("สพฐ.", "obec-admin", "obec");
    static final String OFFICER = bearer("นางสาวจิตติมา", "area-officer", AREA);
    static final String OTHER_OFFICER = bearer("เจ้าหน้าที่เขตอื่น", "area-officer", "9899");
    static final String A_OFFICER = bearer("ครูธุรการ ก", "school-officer", A);
    static final String A_DIRECTOR = bearer("ผอ. ก", "school-director", A);
    static final String B_DIRECTOR = bearer("ผอ. ข", "school-director", B);

    private static void setUpArea() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"nameTh\":\"เขตทดสอบรอบการจัดเก็บ\",\"level\":\"primary\"}").put("/v1/areas/" + AREA).then().statusCode(201);
        for (String d : List.of("01", "02")) {
            given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                    .body("{\"areaCode\":\"" + AREA + "\",\"nameTh\":\"อำเภอทดสอบ " + d + "\"}")
                    .put("/v1/districts/" + AREA + "-" + d).then().statusCode(201);
        }
        String feed = "code,districtCode,nameTh\n" + A + ",9851-01,โรงเรียนบ้านเหนือ\n" + B + ",9851-01,โรงเรียนบ้านใต้\n"
                + C + ",9851-02,โรงเรียนบ้านดอย\n" + D + ",9851-02,โรงเรียนบ้านน้ำ\n" + E + ",9851-02,โรงเรียนบ้านร้าง\n";
        given().header("Authorization", ADMIN).contentType("text/csv; charset=UTF-8").body(feed).post("/v1/schools/feed")
                .then().statusCode(200).body("created", is(5));
        String etag = given().header("Authorization", ADMIN).get("/v1/schools/" + E).then().statusCode(200).extract().header("ETag");
        given().header("Authorization", ADMIN).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"status\":\"closed\",\"effectiveOn\":\"2023-05-01\",\"note\":\"ยุบรวม\"}")
                .post("/v1/schools/" + E + "/status").then().statusCode(200);
    }

    private static String enrolment(String school, int p1, int p1Rooms, int p2) {
        return "schoolCode,academicYear,round,grade,boys,girls,classrooms\n"
                + school + ",2566,1,P1," + (p1 - p1 / 2) + "," + (p1 / 2) + "," + p1Rooms + "\n"
                + school + ",2566,1,P2," + (p2 - p2 / 2) + "," + (p2 / 2) + ",1\n";
    }

    private static ValidatableResponse send(String token, String csv) {
        return given().header("Authorization", token).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/v1/enrolment-rounds/feed").then();
    }

    private static ValidatableResponse step(String token, String round, String school, String action, String body) {
        var req = given().header("Authorization", token);
        if (body != null) {
            req = req.contentType(ContentType.JSON).body(body);
        }
        return req.post("/v1/collection-rounds/" + round + "/submissions/" + school + "/" + action).then();
    }

    private static ValidatableResponse refused(ValidatableResponse r, int status, String detailPart) {
        return r.statusCode(status).contentType("application/problem+json").body("detail", containsString(detailPart));
    }

    @Test
    void anAreasRoundGoesThroughTheWholeRitual() throws Exception {
        setUpArea();
        String newRound = "{\"kind\":\"enrolment\",\"academicYear\":2566,\"round\":1,\"snapshotDate\":\"2023-06-10\","
                + "\"opensOn\":\"2023-06-01\",\"closesOn\":\"2099-12-31\",\"areaCode\":\"" + AREA + "\"}";
        // who may plan it: not a school, not another area, and a national round only OBEC
        refused(given().header("Authorization", A_OFFICER).contentType(ContentType.JSON).body(newRound)
                .post("/v1/collection-rounds").then(), 403, "lacks the role this needs: area-officer or obec-admin");
        refused(given().header("Authorization", OTHER_OFFICER).contentType(ContentType.JSON).body(newRound)
                .post("/v1/collection-rounds").then(), 403, "outside its own org unit");
        refused(given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(newRound.replace(",\"areaCode\":\"" + AREA + "\"", "")).post("/v1/collection-rounds").then(), 403, "obec-admin");
        String round = given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(newRound)
                .post("/v1/collection-rounds").then().statusCode(201).body("state", is("planned"))
                .extract().path("id");
        refused(given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(newRound)
                .post("/v1/collection-rounds").then(), 409, "exists already");

        // a planned round takes no feed, and the refused feed stores nothing
        refused(send(A_OFFICER, enrolment(A, 30, 1, 20)), 409, "is planned and opens on 2023-06-01");
        given().header("Authorization", ADMIN).get("/v1/enrolment-rounds/" + A + "/2566/1").then().statusCode(404);

        // opening fixes the expected schools: the four open at the snapshot date, not the one closed before it
        given().header("Authorization", OFFICER).post("/v1/collection-rounds/" + round + "/open").then().statusCode(200)
                .body("state", is("open")).body("expected", is(4));
        refused(given().header("Authorization", OFFICER).post("/v1/collection-rounds/" + round + "/open").then(),
                409, "it is open, and only a planned round can be");
        given().header("Authorization", ADMIN).get("/v1/collection-rounds/" + round + "/submissions/" + E).then().statusCode(404);

        // A submits: 45 pupils in one P1 room is above the national default of 40 per classroom
        send(A_OFFICER, enrolment(A, 45, 1, 20)).statusCode(200).body("created", is(1));
        given().header("Authorization", A_OFFICER).get("/v1/collection-rounds/" + round + "/submissions/" + A).then()
                .statusCode(200).body("status", is("submitted")).body("submissions", is(1))
                .body("warnings", hasSize(1)).body("warnings[0].seq", is(1))
                .body("warnings[0].warning.rule", is("students-per-classroom"))
                .body("warnings[0].warning.schoolCode", is(A)).body("warnings[0].warning.row", is(2))
                .body("warnings[0].warning.column", is("classrooms"))
                .body("warnings[0].warning.reported", is("45 students in 1 classroom(s) of P1 = 45.0 per classroom"))
                .body("warnings[0].warning.limit", is("at most 40 per classroom"));

        // certifying: the director only, of the school only, and not while a warning is unacknowledged
        refused(step(A_OFFICER, round, A, "certify", null), 403, "lacks the role this needs: school-director of " + A);
        refused(step(B_DIRECTOR, round, A, "certify", null), 403, "outside its own org unit");
        refused(step(A_DIRECTOR, round, A, "certify", null), 409, "1 warning(s) are unacknowledged: warning 1 (students-per-classroom, row 2, column classrooms)");

        // acknowledging the warning needs a reason, and the school's own officer
        step(A_OFFICER, round, A, "warnings", "{\"warnings\":[{\"seq\":1,\"reason\":\" \"}]}").statusCode(400)
                .body("errors[0].field", is("warnings[0].reason"));
        refused(step(B_DIRECTOR, round, A, "warnings", "{\"warnings\":[{\"seq\":1,\"reason\":\"ห้องใหญ่\"}]}"), 403, A);
        step(A_OFFICER, round, A, "warnings", "{\"warnings\":[{\"seq\":1,\"reason\":\"ห้องเรียนขนาดใหญ่ มีครูช่วยสอนสองคน\"}]}")
                .statusCode(200).body("status", is("warnings-acknowledged"))
                .body("warnings[0].reason", is("ห้องเรียนขนาดใหญ่ มีครูช่วยสอนสองคน"))
                .body("warnings[0].acknowledgedBy", startsWith("ครูธุรการ ก"));
        step(A_DIRECTOR, round, A, "certify", null).statusCode(200).body("status", is("certified"))
                .body("certifiedAt", notNullValue());
        refused(step(A_DIRECTOR, round, A, "certify", null), 409, "is certified, and this needs submitted or warnings-acknowledged");

        // resubmitting after certification drops it; the round's figures are replaced, not added
        String resent = send(A_OFFICER, enrolment(A, 38, 1, 20)).statusCode(200).body("updated", is(1))
                .extract().path("receiptId");
        given().header("Authorization", ADMIN).get("/v1/collection-rounds/" + round + "/submissions/" + A).then()
                .body("status", is("submitted")).body("certifiedAt", nullValue()).body("submissions", is(2))
                .body("warnings", hasSize(0));
        given().header("Authorization", ADMIN).get("/v1/enrolment-rounds/" + A + "/2566/1").then().statusCode(200)
                .body("students", is(58)).body("classrooms", is(2));
        step(A_DIRECTOR, round, A, "certify", null).statusCode(200).body("status", is("certified"));

        // the audit trail: the six figures first sent (from nothing), then P1's boys 23 → 19 and girls 22 → 19
        given().header("Authorization", OFFICER).get("/v1/collection-rounds/" + round + "/submissions/" + A + "/changes")
                .then().statusCode(200).body("total", is(8))
                .body("items.figure", contains("P1.boys", "P1.classrooms", "P1.girls", "P2.boys", "P2.classrooms",
                        "P2.girls", "P1.boys", "P1.girls"))
                .body("items[0].before", nullValue()).body("items[0].after", is("23"))
                .body("items[6].before", is("23")).body("items[6].after", is("19"))
                .body("items[7].before", is("22")).body("items[7].after", is("19"))
                .body("items[7].receiptId", is(resent)).body("items[7].actor", startsWith("ครูธุรการ ก (school-officer"));
        given().header("Authorization", A_DIRECTOR)
                .get("/v1/collection-rounds/" + round + "/submissions/" + A + "/changes?page=3&size=2").then().statusCode(200)
                .body("items.figure", contains("P1.boys", "P1.girls")).body("page", is(3));
        refused(given().header("Authorization", B_DIRECTOR).get("/v1/collection-rounds/" + round + "/submissions/" + A
                + "/changes").then(), 403, "outside its own org unit");

        // the area acknowledges: its own officer only, and only what is certified
        refused(step(A_DIRECTOR, round, A, "acknowledge", null), 403, "area-officer or obec-admin");
        refused(step(OTHER_OFFICER, round, A, "acknowledge", null), 403, "outside its own org unit");
        step(OFFICER, round, A, "acknowledge", null).statusCode(200).body("status", is("acknowledged"));

        // an acknowledged submission refuses a new feed until the area reopens it, and the figures stay
        refused(send(A_OFFICER, enrolment(A, 10, 1, 10)), 409, "the submission is acknowledged; the area must reopen it first");
        given().header("Authorization", ADMIN).get("/v1/enrolment-rounds/" + A + "/2566/1").then().body("students", is(58));
        step(OFFICER, round, A, "reopen", "{}").statusCode(400).body("errors[0].field", is("reason"));
        refused(step(A_OFFICER, round, A, "reopen", "{\"reason\":\"แก้เอง\"}"), 403, "area-officer or obec-admin");
        step(OFFICER, round, A, "reopen", "{\"reason\":\"ตัวเลข ป.2 ไม่ตรงกับ DMC\"}").statusCode(200)
                .body("status", is("submitted")).body("reopened", is(true)).body("acknowledgedAt", nullValue())
                .body("certifiedAt", nullValue());
        // B goes through on time without warnings; C is late; D never submits
        send(bearer("ครูธุรการ ข", "school-officer", B), enrolment(B, 20, 1, 18)).statusCode(200);
        step(B_DIRECTOR, round, B, "certify", null).statusCode(200).body("status", is("certified"));
        step(OFFICER, round, B, "acknowledge", null).statusCode(200);
        send(bearer("ครูธุรการ ค", "school-officer", C), enrolment(C, 12, 1, 11)).statusCode(200);
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update round_submission set first_submitted_at = '2100-01-01T10:00:00+07' where school_code = ?")) {
            ps.setString(1, C);
            assertEquals(1, ps.executeUpdate());
        }

        // completeness, worked by hand: expected A B C D; submitted A B C; certified B (A's was dropped by the
        // reopening); acknowledged B; late C; on time A B = 2 of 4 = 50.00 %; missing D
        given().header("Authorization", OFFICER).get("/v1/collection-rounds/" + round + "/completeness").then().statusCode(200)
                .body("total.expected", is(4)).body("total.submitted", is(3)).body("total.certified", is(1))
                .body("total.acknowledged", is(1)).body("total.late", is(1)).body("total.onTimeRate", is(50.00f))
                .body("total.missing", contains(D))
                .body("areas", hasSize(1)).body("areas[0].code", is(AREA))
                .body("districts.code", contains(AREA + "-01", AREA + "-02"))
                .body("districts[0].expected", is(2)).body("districts[0].submitted", is(2)).body("districts[0].late", is(0))
                .body("districts[0].onTimeRate", is(100.00f)).body("districts[0].missing", empty())
                .body("districts[1].expected", is(2)).body("districts[1].submitted", is(1)).body("districts[1].late", is(1))
                .body("districts[1].onTimeRate", is(0.00f)).body("districts[1].missing", contains(D))
                .body("names.'" + AREA + "-02'", is("อำเภอทดสอบ 02"));

        // closing: D's late feed is refused until the area reopens it; locking: nothing moves any more
        given().header("Authorization", OFFICER).post("/v1/collection-rounds/" + round + "/close").then().statusCode(200)
                .body("state", is("closed"));
        String dOfficer = bearer("ครูธุรการ ง", "school-officer", D);
        refused(send(dOfficer, enrolment(D, 9, 1, 9)), 409, "closed; the area must reopen the school's submission first");
        step(OFFICER, round, D, "reopen", "{\"reason\":\"โรงเรียนส่งช้าเพราะน้ำท่วม\"}").statusCode(200)
                .body("status", is("not-submitted")).body("reopened", is(true));
        send(dOfficer, enrolment(D, 9, 1, 9)).statusCode(200);
        refused(given().header("Authorization", OFFICER).post("/v1/collection-rounds/" + round + "/open").then(), 409, "it is closed");
        given().header("Authorization", OFFICER).post("/v1/collection-rounds/" + round + "/lock").then().statusCode(200)
                .body("state", is("locked"));
        refused(send(A_OFFICER, enrolment(A, 40, 1, 20)), 409, "is locked; it takes no submission");
        refused(step(OFFICER, round, A, "reopen", "{\"reason\":\"ขอแก้\"}"), 409, "is locked; its submissions cannot change");
        given().header("Authorization", ADMIN).get("/v1/collection-rounds/" + round + "/submissions/" + A).then()
                .body("status", is("locked"))
                .body("history.action", contains("submit", "acknowledge-warnings", "certify", "resubmit", "certify",
                        "acknowledge", "reopen", "lock"))
                .body("history.to", contains("submitted", "warnings-acknowledged", "certified", "submitted", "certified",
                        "acknowledged", "submitted", "locked"))
                .body("history[6].reason", is("ตัวเลข ป.2 ไม่ตรงกับ DMC"))
                .body("history[0].receiptId", notNullValue())
                .body("history[2].actor", startsWith("ผอ. ก (school-director @ " + A + ")"));

        // every transition of A is an event on khet.school, in order, and the round's four states too
        List<TopicReader.Received> events = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.SCHOOL,
                e -> "school.RoundSubmissionChanged.v1".equals(e.type()) && e.data().path("schoolCode").asText().equals(A)
                        && e.data().path("roundId").asText().equals(round), 8, Duration.ofSeconds(30));
        assertEquals(List.of("submit", "acknowledge-warnings", "certify", "resubmit", "certify", "acknowledge", "reopen", "lock"),
                events.stream().map(r -> r.event().data().path("action").asText()).toList());
        CloudEvent reopen = events.get(6).event();
        assertEquals("acknowledged", reopen.data().path("from").asText());
        assertEquals("ตัวเลข ป.2 ไม่ตรงกับ DMC", reopen.data().path("reason").asText());
        assertEquals(AREA, reopen.areacode());
        List<TopicReader.Received> states = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.SCHOOL,
                e -> "school.CollectionRoundChanged.v1".equals(e.type()) && e.data().path("roundId").asText().equals(round),
                4, Duration.ofSeconds(30));
        assertEquals(List.of("planned", "open", "closed", "locked"),
                states.stream().map(r -> r.event().data().path("to").asText()).toList());
        assertEquals(4, states.get(1).event().data().path("expectedSchools").asInt());
    }

    @Test
    void aDryRunStoresAndPublishesNothing() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"nameTh\":\"เขตทดลองส่ง\",\"level\":\"primary\"}").put("/v1/areas/9852").then().statusCode(201);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"areaCode\":\"9852\",\"nameTh\":\"อำเภอทดลอง\"}").put("/v1/districts/9852-01").then().statusCode(201);
        String school = "1098520001";
        given().header("Authorization", ADMIN).contentType("text/csv; charset=UTF-8")
                .body("code,districtCode,nameTh\n" + school + ",9852-01,โรงเรียนทดลอง\n").post("/v1/schools/feed").then().statusCode(200);
        String round = given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"kind\":\"enrolment\",\"academicYear\":2566,\"round\":1,\"snapshotDate\":\"2023-06-10\","
                        + "\"opensOn\":\"2023-06-01\",\"closesOn\":\"2099-12-31\",\"areaCode\":\"9852\"}")
                .post("/v1/collection-rounds").then().statusCode(201).extract().path("id");
        given().header("Authorization", ADMIN).post("/v1/collection-rounds/" + round + "/open").then().statusCode(200);
        long outboxBefore = OutboxRows.count(db, "true");
        String officer = bearer("ครูทดลอง", "school-officer", school);

        // a bad row: the same 400 as a real send, nothing stored
        given().header("Authorization", officer).contentType("text/csv; charset=UTF-8")
                .body("schoolCode,academicYear,round,grade,boys,girls,classrooms\n" + school + ",2566,1,P9,1,1,1\n")
                .post("/v1/enrolment-rounds/feed?dryRun=true").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].column", is("grade"));
        // a good one: the preview and its warning, and nothing stored or published
        given().header("Authorization", officer).contentType("text/csv; charset=UTF-8")
                .body(enrolment(school, 50, 1, 10)).post("/v1/enrolment-rounds/feed?dryRun=true").then().statusCode(200)
                .body("dryRun", is(true)).body("result.created", is(1)).body("result.updated", is(0))
                .body("result.rows", is(2)).body("result.receiptId", nullValue())
                .body("warnings", hasSize(1)).body("warnings[0].rule", is("students-per-classroom"))
                .body("warnings[0].schoolCode", is(school));
        given().header("Authorization", ADMIN).get("/v1/enrolment-rounds/" + school + "/2566/1").then().statusCode(404);
        given().header("Authorization", ADMIN).get("/v1/collection-rounds/" + round + "/submissions/" + school).then()
                .body("status", is("not-submitted")).body("submissions", is(0)).body("history", empty())
                .body("warnings", empty());
        assertEquals(outboxBefore, OutboxRows.count(db, "true"), "a dry run writes no event to the outbox");
        assertEquals(0, OutboxRows.count(db, "aggregate_id like ?", round + "/%"));

        // the real send afterwards is stored as the preview said, and is not taken for a replay
        given().header("Authorization", officer).contentType("text/csv; charset=UTF-8")
                .body(enrolment(school, 50, 1, 10)).post("/v1/enrolment-rounds/feed").then().statusCode(200)
                .body("created", is(1)).body("replayed", is(false));
        given().header("Authorization", ADMIN).get("/v1/collection-rounds/" + round + "/submissions/" + school).then()
                .body("status", is("submitted")).body("warnings", hasSize(1));
    }

    private static void area(String code, String... schoolLines) {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"nameTh\":\"เขตทดสอบ " + code + "\",\"level\":\"primary\"}").put("/v1/areas/" + code).then().statusCode(201);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"areaCode\":\"" + code + "\",\"nameTh\":\"อำเภอ " + code + "\"}").put("/v1/districts/" + code + "-01")
                .then().statusCode(201);
        given().header("Authorization", ADMIN).contentType("text/csv; charset=UTF-8")
                .body("code,districtCode,nameTh,expansion\n" + String.join("\n", schoolLines) + "\n").post("/v1/schools/feed")
                .then().statusCode(200);
    }

    private static ValidatableResponse dryRun(String token, String csv) {
        return given().header("Authorization", token).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/v1/enrolment-rounds/feed?dryRun=true").then();
    }

    @Test
    void rulesAreDataWithNationalDefaultsAndAreaOverrides() {
        String x = "1098530001";
        String y = "1098530002";
        area("9853", x + ",9853-01,โรงเรียนประถม,false", y + ",9853-01,โรงเรียนขยายโอกาส,true");
        String officer = bearer("ศึกษานิเทศก์", "area-officer", "9853");
        String header = "schoolCode,academicYear,round,grade,boys,girls,classrooms\n";

        // the national defaults: 45 in one room is above 40; M1 at a school that is not an expansion school
        dryRun(officer, header + x + ",2566,1,P1,23,22,1\n" + x + ",2566,1,M1,3,2,1\n" + y + ",2566,1,M1,3,2,1\n")
                .statusCode(200).body("warnings.rule", contains("students-per-classroom", "grade-not-taught"))
                .body("warnings[1].schoolCode", is(x)).body("warnings[1].row", is(3)).body("warnings[1].column", is("grade"))
                .body("warnings[1].reported", is("5 students in M1"));

        // an area officer may not change the national default, but overrides it for the area
        refused(given().header("Authorization", officer).contentType(ContentType.JSON)
                .body("{\"severity\":\"warning\",\"params\":{\"max\":50}}")
                .put("/v1/validation-rules/enrolment/students-per-classroom").then(), 403, "lacks the role this needs: obec-admin");
        given().header("Authorization", officer).contentType(ContentType.JSON)
                .body("{\"severity\":\"warning\",\"params\":{\"max\":50}}")
                .put("/v1/validation-rules/enrolment/students-per-classroom?areaCode=9853").then().statusCode(200)
                .body("areaCode", is("9853")).body("version", is(1)).body("params.max", is(50));
        given().header("Authorization", officer).contentType(ContentType.JSON).body("{\"severity\":\"hard\"}")
                .put("/v1/validation-rules/enrolment/grade-not-taught?areaCode=9853").then().statusCode(200);
        refused(given().header("Authorization", bearer("เขตอื่น", "area-officer", "9852")).contentType(ContentType.JSON)
                .body("{\"severity\":\"off\"}").put("/v1/validation-rules/enrolment/grade-not-taught?areaCode=9853")
                .then(), 403, "outside its own org unit");
        given().header("Authorization", officer).contentType(ContentType.JSON).body("{\"severity\":\"sometimes\"}")
                .put("/v1/validation-rules/enrolment/grade-not-taught?areaCode=9853").then().statusCode(400)
                .body("errors[0].field", is("severity"));
        given().header("Authorization", officer).get("/v1/validation-rules/enrolment?areaCode=9853").then().statusCode(200)
                .body("findAll { it.code == 'students-per-classroom' }.areaCode", contains(nullValue(), is("9853")));

        // now 45 in a room passes in this area, and M1 at the primary school is a hard error: the feed is refused
        dryRun(officer, header + x + ",2566,1,P1,23,22,1\n").statusCode(200).body("warnings", empty());
        send(officer, header + x + ",2566,1,P1,23,22,1\n" + x + ",2566,1,M1,3,2,1\n").statusCode(400)
                .contentType("application/problem+json").body("errors[0].row", is(3)).body("errors[0].column", is("grade"))
                .body("errors[0].message", containsString("grade-not-taught"));
        given().header("Authorization", ADMIN).get("/v1/enrolment-rounds/" + x + "/2566/1").then().statusCode(404);
        // another area still has the national default
        area("9856", "1098560001,9856-01,โรงเรียนเขตข้างเคียง,false");
        dryRun(ADMIN, header + "1098560001,2566,1,P1,23,22,1\n").statusCode(200)
                .body("warnings.rule", contains("students-per-classroom"));

        // a grade that changed more than 30 % since the school's previous round: 20 → 30 is 50.00 %
        send(officer, header + y + ",2566,1,P1,10,10,1\n").statusCode(200);
        dryRun(officer, header + y + ",2566,2,P1,15,15,1\n").statusCode(200)
                .body("warnings.rule", contains("grade-change"))
                .body("warnings[0].reported", is("30 students in P1, 20 in the previous round (50.00 % change)"))
                .body("warnings[0].limit", is("at most 30 % change"));
    }

    @Test
    void aNationalRoundIsSeenFromObecAreaByArea() {
        area("9854", "1098540001,9854-01,โรงเรียนเหนือสุด,false", "1098540002,9854-01,โรงเรียนใต้สุด,false");
        area("9855", "1098550001,9855-01,โรงเรียนตะวันออก,false");
        String round = "{\"kind\":\"admissions\",\"academicYear\":2566,\"round\":1,\"snapshotDate\":\"2023-06-10\","
                + "\"opensOn\":\"2023-05-01\",\"closesOn\":\"2099-12-31\"}";
        refused(given().header("Authorization", bearer("เขต", "area-officer", "9854")).contentType(ContentType.JSON).body(round)
                .post("/v1/collection-rounds").then(), 403, "obec-admin");
        String id = given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(round)
                .post("/v1/collection-rounds").then().statusCode(201).body("areaCode", nullValue()).extract().path("id");
        refused(given().header("Authorization", bearer("เขต", "area-officer", "9854")).post("/v1/collection-rounds/" + id + "/open")
                .then(), 403, "obec-admin");
        given().header("Authorization", ADMIN).post("/v1/collection-rounds/" + id + "/open").then().statusCode(200)
                .body("expected", greaterThanOrEqualTo(3));
        given().header("Authorization", bearer("ครู", "school-officer", "1098540001")).contentType("text/csv; charset=UTF-8")
                .body("schoolCode,academicYear,level,plannedRooms,plannedStudents,admittedRooms,admittedStudents\n"
                        + "1098540001,2566,P1,1,30,1,28\n").post("/v1/admissions/feed").then().statusCode(200);
        step(bearer("ผอ.", "school-director", "1098540001"), id, "1098540001", "certify", null).statusCode(200);
        refused(step(bearer("เขต", "area-officer", "9855"), id, "1098540001", "acknowledge", null), 403, "outside its own org unit");
        step(bearer("เขต", "area-officer", "9854"), id, "1098540001", "acknowledge", null).statusCode(200);
        // OBEC sees every area: 9854 has 1 of 2 submitted and acknowledged, 9855 none of 1
        given().header("Authorization", ADMIN).get("/v1/collection-rounds/" + id + "/completeness").then().statusCode(200)
                .body("total.code", is("national"))
                .body("areas.find { it.code == '9854' }.expected", is(2))
                .body("areas.find { it.code == '9854' }.submitted", is(1))
                .body("areas.find { it.code == '9854' }.acknowledged", is(1))
                .body("areas.find { it.code == '9854' }.onTimeRate", is(50.00f))
                .body("areas.find { it.code == '9854' }.missing", contains("1098540002"))
                .body("areas.find { it.code == '9855' }.expected", is(1))
                .body("areas.find { it.code == '9855' }.submitted", is(0))
                .body("areas.find { it.code == '9855' }.missing", contains("1098550001"))
                .body("names.'9854'", is("เขตทดสอบ 9854"));
        // an area's list of rounds includes the national one
        given().header("Authorization", ADMIN).get("/v1/collection-rounds?kind=admissions&areaCode=9855").then().statusCode(200)
                .body("id", hasItem(id));
    }
}
