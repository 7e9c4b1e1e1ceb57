package org.khet.assessment.rounds;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.Topics;
import org.khet.contracts.events.round.SubmissionChanged;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TopicReader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The schools' test results in collection rounds: a hand-made area through assessment-service's ritual — the round
 * opened over the schools open in the org replica, a school's results submitted through the test-statistics feed
 * with a mean-change warning, the warning acknowledged with a reason, certified, acknowledged by the area, reopened
 * with a reason and corrected — its completeness, its audit trail, each transition's event read back from Kafka, and
 * the refusals on the way.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class TestResultRoundTest {
    static final String AREA = "5622";
    static final String SUBMITS = "1056220001";
    static final String MISSING = "1056220002";
    static final String CLOSED = "1056220003";
    static final String HEADER = "academicYear,test,subject,level,orgCode,meanPercent,takers\n";

    @Inject
    OrgDirectory directory;

    void unit(String code, String kind, String parent, String nameTh, String status) {
        QuarkusTransaction.requiringNew().run(() -> directory.apply(new OrgUnitChanged(code, kind, parent,
                code.equals("obec") ? null : AREA, nameTh, null, status)));
    }

    static io.restassured.response.ValidatableResponse feed(String csv) {
        return given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/v1/test-statistics/feed").then();
    }

    @Test
    void aHandMadeAreaThroughTheRitual() {
        unit("obec", OrgUnitChanged.OBEC, null, "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "open");
        unit(AREA, OrgUnitChanged.AREA, "obec", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 22", "open");
        unit(AREA + "-01", OrgUnitChanged.DISTRICT, AREA, "อำเภอเชียงม่วน", "open");
        unit(AREA + "-02", OrgUnitChanged.DISTRICT, AREA, "อำเภอปง", "open");
        unit(SUBMITS, OrgUnitChanged.SCHOOL, AREA + "-01", "โรงเรียนบ้านสระ", "open");
        unit(MISSING, OrgUnitChanged.SCHOOL, AREA + "-02", "โรงเรียนบ้านแม่ยม", "open");
        unit(CLOSED, OrgUnitChanged.SCHOOL, AREA + "-01", "โรงเรียนบ้านทุ่งมอก", "closed");
        // the year before, with no round: stored as before; it is what the mean-change rule compares with
        feed(HEADER + "2565,ONET-P6,61,SCHOOL," + SUBMITS + ",40.00,28\n").statusCode(200).body("created", is(1));

        var created = given().contentType(ContentType.JSON).body("{\"kind\":\"test-statistics\",\"academicYear\":2566,"
                        + "\"round\":1,\"snapshotDate\":\"2024-03-01\",\"opensOn\":\"2024-03-01\",\"closesOn\":\"2099-12-31\","
                        + "\"areaCode\":\"" + AREA + "\"}").post("/v1/test-result-rounds").then().statusCode(201)
                .body("state", is("planned")).body("kind", is("test-statistics")).extract();
        String id = created.path("id");
        assertEquals(true, created.header("Location").endsWith("/v1/test-result-rounds/" + id), created.header("Location"));
        given().get("/v1/test-result-rounds?areaCode=" + AREA).then().statusCode(200).body("id", contains(id));
        given().contentType(ContentType.JSON).body("{\"kind\":\"enrolment\",\"academicYear\":2566,\"round\":1,"
                        + "\"snapshotDate\":\"2024-03-01\",\"opensOn\":\"2024-03-01\",\"closesOn\":\"2099-12-31\"}")
                .post("/v1/test-result-rounds").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("kind"));

        // planned: a school's results are refused whole, nothing stored
        feed(HEADER + "2566,ONET-P6,61,SCHOOL," + SUBMITS + ",65.50,30\n").statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("planned"));
        given().get("/v1/test-statistics?academicYear=2566&level=SCHOOL&orgCode=" + SUBMITS).then().statusCode(200)
                .body("total", is(0));

        // open: the two schools open in the replica are expected, the closed one is not
        given().post("/v1/test-result-rounds/" + id + "/open").then().statusCode(200).body("state", is("open"))
                .body("expected", is(2));
        given().post("/v1/test-result-rounds/" + id + "/submissions/" + SUBMITS + "/certify").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("not-submitted"));

        // 61 moved from 40.00 to 65.50 (+25.50 > 20 points): a warning; 64 has no year before; the area's row is no
        // school's submission
        feed(HEADER + "2566,ONET-P6,61,SCHOOL," + SUBMITS + ",65.50,30\n2566,ONET-P6,64,SCHOOL," + SUBMITS + ",35.00,30\n"
                + "2566,ONET-P6,61,AREA," + AREA + ",52.00,400\n").statusCode(200).body("created", is(3));
        String sub = "/v1/test-result-rounds/" + id + "/submissions/" + SUBMITS;
        given().get(sub).then().statusCode(200).body("status", is("submitted")).body("expected", is(true))
                .body("districtCode", is(AREA + "-01")).body("warnings", hasSize(1))
                .body("warnings[0].warning.rule", is("mean-change")).body("warnings[0].warning.row", is(2))
                .body("warnings[0].warning.column", is("meanPercent"))
                .body("warnings[0].warning.reported", is("65.50 in 2566, 40.00 in 2565 (+25.50 points)"));

        given().post(sub + "/certify").then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("warnings-unacknowledged"));
        given().contentType(ContentType.JSON).body("{\"warnings\":[{\"seq\":1,\"reason\":\"ครูภาษาไทยคนใหม่สอนเสริมทั้งปี\"}]}")
                .post(sub + "/warnings").then().statusCode(200).body("status", is("warnings-acknowledged"))
                .body("warnings[0].reason", is("ครูภาษาไทยคนใหม่สอนเสริมทั้งปี"));
        given().post(sub + "/certify").then().statusCode(200).body("status", is("certified"));
        given().post(sub + "/acknowledge").then().statusCode(200).body("status", is("acknowledged"))
                .body("history.action", contains("submit", "acknowledge-warnings", "certify", "acknowledge"));

        // acknowledged: a new feed for the school is refused whole until the area reopens it
        feed(HEADER + "2566,ONET-P6,61,SCHOOL," + SUBMITS + ",66.00,30\n").statusCode(409)
                .body("type", endsWith("round-refuses-submission"));
        given().get("/v1/test-statistics?academicYear=2566&level=SCHOOL&test=ONET-P6").then().statusCode(200)
                .body("items.findAll { it.orgCode == '" + SUBMITS + "' && it.subject == '61' }.meanPercent", contains(65.50f));

        // completeness: 2 expected, 1 submitted, certified and acknowledged, none late; the other district's school missing
        given().get("/v1/test-result-rounds/" + id + "/completeness").then().statusCode(200)
                .body("total.expected", is(2)).body("total.submitted", is(1)).body("total.certified", is(1))
                .body("total.acknowledged", is(1)).body("total.late", is(0)).body("total.onTimeRate", is(50.00f))
                .body("total.missing", contains(MISSING))
                .body("areas.code", contains(AREA))
                .body("districts.code", contains(AREA + "-01", AREA + "-02"))
                .body("districts[0].submitted", is(1)).body("districts[1].missing", contains(MISSING))
                .body("names.'" + AREA + "-02'", is("อำเภอปง"));

        // the audit trail: the four figures first sent (before null)
        given().get(sub + "/changes").then().statusCode(200).body("total", is(4))
                .body("items.figure", containsInAnyOrder("ONET-P6.61.meanPercent", "ONET-P6.61.takers",
                        "ONET-P6.64.meanPercent", "ONET-P6.64.takers"))
                .body("items.find { it.figure == 'ONET-P6.61.meanPercent' }.after", is("65.50"))
                .body("items.find { it.figure == 'ONET-P6.61.meanPercent' }.before", nullValue())
                .body("items.find { it.figure == 'ONET-P6.64.takers' }.after", is("30"));

        // the area reopens the school with a reason; its corrected mean replaces the first, recorded before → after
        given().contentType(ContentType.JSON).body("{\"reason\":\"โรงเรียนแจ้งว่ากรอกค่าเฉลี่ยวิชาภาษาไทยผิด\"}")
                .post(sub + "/reopen").then().statusCode(200).body("status", is("warnings-acknowledged"))
                .body("reopened", is(true)).body("certifiedAt", nullValue()).body("acknowledgedAt", nullValue());
        feed(HEADER + "2566,ONET-P6,61,SCHOOL," + SUBMITS + ",60.25,30\n").statusCode(200).body("updated", is(1))
                .body("created", is(0));
        given().get(sub).then().statusCode(200).body("status", is("submitted")).body("submissions", is(2))
                .body("warnings[0].warning.reported", is("60.25 in 2566, 40.00 in 2565 (+20.25 points)"));
        given().get(sub + "/changes").then().statusCode(200).body("total", is(5))
                .body("items[4].figure", is("ONET-P6.61.meanPercent")).body("items[4].before", is("65.50"))
                .body("items[4].after", is("60.25"));

        // a single record of the missing school submits to the round as a feed's row does
        given().contentType(ContentType.JSON).body("{\"academicYear\":2566,\"test\":\"ONET-P6\",\"subject\":\"61\","
                + "\"level\":\"SCHOOL\",\"orgCode\":\"" + MISSING + "\",\"meanPercent\":48.25,\"takers\":12}")
                .post("/v1/test-statistics").then().statusCode(201);
        given().get("/v1/test-result-rounds/" + id + "/submissions/" + MISSING).then().statusCode(200)
                .body("status", is("submitted")).body("warnings", hasSize(0)).body("receiptId", nullValue());
        given().get("/v1/test-result-rounds/" + id + "/completeness").then().statusCode(200)
                .body("total.submitted", is(2)).body("total.missing", hasSize(0)).body("total.certified", is(0))
                .body("total.acknowledged", is(0));

        // each transition is an event on the service's topic, keyed by round and school
        List<TopicReader.Received> got = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.ASSESSMENT,
                e -> SubmissionChanged.type("assessment").equals(e.type()) && e.data().toString().contains(SUBMITS)
                        && e.data().toString().contains(id), 6, Duration.ofSeconds(30));
        assertEquals(List.of("submit", "acknowledge-warnings", "certify", "acknowledge", "reopen", "resubmit"), got.stream()
                .map(r -> EventJson.data(r.event(), SubmissionChanged.class).action()).toList());
        assertEquals(id + "/" + SUBMITS, got.get(0).key());
        SubmissionChanged submitted = EventJson.data(got.get(0).event(), SubmissionChanged.class);
        assertEquals(1, submitted.warnings());
        assertEquals("test-statistics", submitted.kind());
        SubmissionChanged reopened = EventJson.data(got.get(4).event(), SubmissionChanged.class);
        assertEquals("โรงเรียนแจ้งว่ากรอกค่าเฉลี่ยวิชาภาษาไทยผิด", reopened.reason());
        assertEquals("acknowledged", reopened.from());
    }
}
