package org.khet.assessment.rounds;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.school.NetworkChanged;
import org.khet.contracts.events.school.NetworkChanged.Member;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

/**
 * A test-result round's completeness per network, as school-service's does: area 5624's networks reach
 * assessment-service's replica as {@code school.NetworkChanged.v1} produced to the real broker; the round of 2566 counts
 * the memberships of 2566. Worked by hand: X submits, Y and Z do not. Network N1 has X and Z (Y left it after 2565):
 * 2 expected, 1 submitted, Z missing. N2 has Y from 2566: 1 expected, none submitted, Y missing. A later event of N2
 * with X added replaces its memberships: 2 expected, 1 submitted.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class RoundNetworksTest {
    static final String AREA = "5624";
    static final String X = "1056240001";
    static final String Y = "1056240002";
    static final String Z = "1056240003";
    static final String N1 = "5624-N01";
    static final String N2 = "5624-N02";

    @Inject
    OrgDirectory directory;

    void unit(String code, String kind, String parent, String nameTh) {
        SchoolTopic.unit(directory, AREA, code, kind, parent, nameTh);
    }

    static void publish(NetworkChanged network) {
        SchoolTopic.publish(NetworkChanged.TYPE, AREA, "Network/" + AREA, null, network);
    }

    @Test
    void completenessPerNetworkOfTheRoundsYear() {
        unit("obec", OrgUnitChanged.OBEC, null, "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน");
        unit(AREA, OrgUnitChanged.AREA, "obec", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 24");
        unit(AREA + "-01", OrgUnitChanged.DISTRICT, AREA, "อำเภอดอกคำใต้");
        unit(X, OrgUnitChanged.SCHOOL, AREA + "-01", "โรงเรียนบ้านดอกคำใต้");
        unit(Y, OrgUnitChanged.SCHOOL, AREA + "-01", "โรงเรียนบ้านสันป่าม่วง");
        unit(Z, OrgUnitChanged.SCHOOL, AREA + "-01", "โรงเรียนบ้านห้วยลาน");
        publish(new NetworkChanged(N1, AREA, "เครือข่ายดอกคำใต้ 1", "cluster",
                List.of(new Member(X, 2560, null), new Member(Y, 2560, 2565), new Member(Z, 2560, null))));
        publish(new NetworkChanged(N2, AREA, "เครือข่ายโรงเรียนขยายโอกาส", "program", List.of(new Member(Y, 2566, null))));

        String id = given().contentType(ContentType.JSON).body("{\"kind\":\"test-statistics\",\"academicYear\":2566,"
                        + "\"round\":1,\"snapshotDate\":\"2024-03-01\",\"opensOn\":\"2024-03-01\",\"closesOn\":\"2099-12-31\","
                        + "\"areaCode\":\"" + AREA + "\"}").post("/v1/test-result-rounds").then().statusCode(201)
                .extract().path("id");
        given().post("/v1/test-result-rounds/" + id + "/open").then().statusCode(200).body("expected", is(3));
        given().contentType("text/csv").body(("academicYear,test,subject,level,orgCode,meanPercent,takers\n2566,ONET-P6,61,"
                + "SCHOOL," + X + ",55.00,20\n").getBytes(StandardCharsets.UTF_8)).post("/v1/test-statistics/feed").then()
                .statusCode(200);

        String completeness = "/v1/test-result-rounds/" + id + "/completeness";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(completeness).then().statusCode(200)
                .body("networks.code", contains(N1, N2)));
        given().get(completeness).then().statusCode(200)
                .body("total.expected", is(3)).body("total.submitted", is(1))
                .body("networks[0].expected", is(2)).body("networks[0].submitted", is(1))
                .body("networks[0].missing", contains(Z))
                .body("networks[1].expected", is(1)).body("networks[1].submitted", is(0))
                .body("networks[1].missing", contains(Y))
                .body("names.'" + N1 + "'", is("เครือข่ายดอกคำใต้ 1"))
                .body("names.'" + N2 + "'", is("เครือข่ายโรงเรียนขยายโอกาส"));

        // N2's memberships as now recorded: X joined in 2566 too
        publish(new NetworkChanged(N2, AREA, "เครือข่ายโรงเรียนขยายโอกาส", "program",
                List.of(new Member(Y, 2566, null), new Member(X, 2566, null))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(completeness).then().statusCode(200)
                .body("networks[1].expected", is(2)).body("networks[1].submitted", is(1))
                .body("networks[1].missing", contains(Y)));
    }
}
