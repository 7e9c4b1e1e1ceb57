package org.khet.assessment.rounds;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.school.EnrolmentSubmitted;
import org.khet.contracts.events.school.EnrolmentSubmittedV2;
import org.khet.contracts.events.school.EnrolmentSubmitted.GradeCount;
import org.khet.contracts.events.school.EnrolmentSubmitted.SchoolTotal;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

/**
 * Test takers above the grade's enrolment, end to end: school-service's {@code school.EnrolmentSubmitted.v1} (and v2,
 * as published since ADR 0046) with the grades, produced to the real broker, reaches assessment-service's replica; a test-statistics feed whose school has
 * more takers than students in the test's grade of its latest round of the year is warned, with the figures; a school
 * or a year the replica holds no round of is not checked; the area allows some above.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class TakersAboveEnrolmentTest {
    static final String AREA = "5623";
    static final String A = "1056230001";
    static final String B = "1056230002";
    static final String HEADER = "academicYear,test,subject,level,orgCode,meanPercent,takers\n";

    @Inject
    OrgDirectory directory;

    void unit(String code, String kind, String parent, String nameTh) {
        SchoolTopic.unit(directory, AREA, code, kind, parent, nameTh);
    }

    static void publish(EnrolmentSubmitted submitted) {
        SchoolTopic.publish(EnrolmentSubmitted.TYPE, AREA, "EnrolmentRound/" + AREA, submitted.academicYear(), submitted);
    }

    static io.restassured.response.ValidatableResponse dryRun(String csv) {
        return given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/v1/test-statistics/feed?dryRun=true").then();
    }

    @Test
    void takersAboveTheGradesEnrolmentOfTheLatestRound() {
        unit("obec", OrgUnitChanged.OBEC, null, "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน");
        unit(AREA, OrgUnitChanged.AREA, "obec", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 23");
        unit(AREA + "-01", OrgUnitChanged.DISTRICT, AREA, "อำเภอเชียงคำ");
        unit(A, OrgUnitChanged.SCHOOL, AREA + "-01", "โรงเรียนบ้านร่มเย็น");
        unit(B, OrgUnitChanged.SCHOOL, AREA + "-01", "โรงเรียนบ้านทุ่งกล้วย");

        // A's round 1 of 2566: P3 30, P6 28; round 2 (10 November, the latest): P3 29, P6 25. B sent no enrolment.
        publish(new EnrolmentSubmitted(AREA, 2566, 1, LocalDate.of(2023, 6, 10), List.of(new SchoolTotal(A, 58, 2,
                "small", List.of(new GradeCount("P3", 30), new GradeCount("P6", 28))))));
        publish(new EnrolmentSubmitted(AREA, 2566, 2, LocalDate.of(2023, 11, 10), List.of(new SchoolTotal(A, 54, 2,
                "small", List.of(new GradeCount("P3", 29), new GradeCount("P6", 25))))));

        // row 2: 26 O-NET P6 takers > 25 in P6 of round 2 (though not > round 1's 28); row 3: 25 = 25; row 4: NT P3's 29
        // = 29; row 5: B, no round in the replica; row 6: A in 2565, no round of that year
        String csv = HEADER + "2566,ONET-P6,61,SCHOOL," + A + ",55.00,26\n" + "2566,ONET-P6,63,SCHOOL," + A + ",40.00,25\n"
                + "2566,NT-P3,MATH,SCHOOL," + A + ",48.00,29\n" + "2566,ONET-P6,61,SCHOOL," + B + ",50.00,99\n"
                + "2565,ONET-P6,61,SCHOOL," + A + ",52.00,99\n";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> dryRun(csv).statusCode(200)
                .body("warnings", hasSize(1)));
        dryRun(csv).statusCode(200)
                .body("warnings[0].rule", is("takers-above-enrolment")).body("warnings[0].ruleVersion", is(1))
                .body("warnings[0].schoolCode", is(A)).body("warnings[0].row", is(2))
                .body("warnings[0].column", is("takers"))
                .body("warnings[0].reported", is("26 takers of ONET-P6 subject 61, 25 students in P6 (round 2 of 2566)"))
                .body("warnings[0].limit", is("at most the 25 students enrolled in P6"))
                .body("warnings[0].messageTh", is("ONET-P6 วิชา 61 มีผู้เข้าสอบ 26 คน มากกว่านักเรียนชั้น P6 25 คน "
                        + "(รอบที่ 2 ปีการศึกษา 2566)"));

        // the area allows 4 % above: 25 × 1.04 = 26 takers pass; 27 do not
        given().contentType(ContentType.JSON).body("{\"severity\":\"warning\",\"params\":{\"maxPercentOver\":4}}")
                .put("/v1/test-result-rules/takers-above-enrolment?areaCode=" + AREA).then().statusCode(200)
                .body("version", is(1)).body("areaCode", is(AREA));
        dryRun(csv).statusCode(200).body("warnings", empty());
        dryRun(HEADER + "2566,ONET-P6,64,SCHOOL," + A + ",45.00,27\n").statusCode(200)
                .body("warnings.rule", contains("takers-above-enrolment"))
                .body("warnings[0].limit", is("at most 4 % above the 25 students enrolled in P6"));

        // round 2 sent again without P6 (a round is replaced whole), as school-service publishes it since ADR 0046
        // (v2: the grades as one object): the school has no P6 pupils, 1 taker is too many
        SchoolTopic.publish(EnrolmentSubmittedV2.TYPE, AREA, "EnrolmentRound/" + AREA, 2566, new EnrolmentSubmittedV2(AREA,
                2566, 2, LocalDate.of(2023, 11, 10), List.of(new EnrolmentSubmittedV2.School(A, 29, 1, "small",
                        java.util.Map.of("P3", 29)))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                dryRun(HEADER + "2566,ONET-P6,64,SCHOOL," + A + ",45.00,1\n").statusCode(200)
                        .body("warnings[0].reported", is("1 takers of ONET-P6 subject 64, 0 students in P6 (round 2 of 2566)")));
    }
}
