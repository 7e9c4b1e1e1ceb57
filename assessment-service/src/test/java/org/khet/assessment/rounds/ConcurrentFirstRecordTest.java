package org.khet.assessment.rounds;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two first records of the same school sent at once (a double click) to an open test-result round that did not
 * expect the school (it opened before the school was in the org replica): the school has no submission row to lock,
 * so both transactions inserted one and the second answered 500 (round_submission's primary key). Now the row is
 * created once: the second record waits for the first, and both are answered 201/200 or 409, never 5xx; the round
 * holds one submission of the school, counted once per record answered 2xx.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ConcurrentFirstRecordTest {
    static final String AREA = "5623";

    @Inject
    OrgDirectory directory;

    void unit(String code, String kind, String parent, String nameTh) {
        QuarkusTransaction.requiringNew().run(() -> directory.apply(new OrgUnitChanged(code, kind, parent,
                code.equals("obec") ? null : AREA, nameTh, null, "open")));
    }

    @Test
    void theUnexpectedSchoolsSubmissionIsCreatedOnce() throws Exception {
        unit("obec", OrgUnitChanged.OBEC, null, "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน");
        unit(AREA, OrgUnitChanged.AREA, "obec", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 23");
        unit(AREA + "-01", OrgUnitChanged.DISTRICT, AREA, "อำเภอเชียงคำ");
        String round = given().contentType(ContentType.JSON).body("{\"kind\":\"test-statistics\",\"academicYear\":2566,"
                        + "\"round\":1,\"snapshotDate\":\"2024-03-01\",\"opensOn\":\"2024-03-01\",\"closesOn\":\"2099-12-31\","
                        + "\"areaCode\":\"" + AREA + "\"}").post("/v1/test-result-rounds").then().statusCode(201)
                .extract().jsonPath().getString("id");
        given().post("/v1/test-result-rounds/" + round + "/open").then().statusCode(200).body("expected", is(0));
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 1; attempt <= 3; attempt++) {
                String school = "105623000" + attempt;
                unit(school, OrgUnitChanged.SCHOOL, AREA + "-01", "โรงเรียนบ้านพร้อมกัน " + attempt);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Response>> sent = new ArrayList<>();
                for (String mean : new String[]{"40.00", "45.00"}) {
                    String body = "{\"academicYear\":2566,\"test\":\"ONET-P6\",\"subject\":\"61\",\"level\":\"SCHOOL\","
                            + "\"orgCode\":\"" + school + "\",\"meanPercent\":" + mean + ",\"takers\":28}";
                    sent.add(two.submit(() -> {
                        together.await();
                        return given().contentType(ContentType.JSON).body(body).post("/v1/test-statistics");
                    }));
                }
                int stored = 0;
                for (Future<Response> f : sent) {
                    Response r = f.get(120, TimeUnit.SECONDS);
                    assertTrue(r.statusCode() == 201 || r.statusCode() == 200 || r.statusCode() == 409,
                            "201, 200 or 409, never a 5xx: " + r.statusCode() + " " + r.asString());
                    if (r.statusCode() == 409) {
                        assertEquals("application/problem+json", r.contentType().split(";")[0]);
                    } else {
                        stored++;
                    }
                }
                assertTrue(stored >= 1, "one of them is the school's submission");
                given().get("/v1/test-result-rounds/" + round + "/submissions/" + school).then().statusCode(200)
                        .body("status", is("submitted")).body("submissions", is(stored));
            }
        } finally {
            two.shutdownNow();
        }
    }
}
