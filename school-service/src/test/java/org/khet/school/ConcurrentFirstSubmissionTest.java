package org.khet.school;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TestTokens;

import java.nio.charset.StandardCharsets;
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
 * Two first submissions of the same school's rounds sent at the same moment (a double click, a retry after a
 * timeout): one is stored, the other answers 409 problem+json and stores nothing — never a 500 from the rounds' or
 * the counts' primary keys. Each feed is 60 rounds (years 2507–2566, round 1) of 8 grades, so that both are checked
 * while neither has committed; the first feed has 10 boys in every grade, the second 20.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ConcurrentFirstSubmissionTest {
    static final List<String> GRADES = List.of("K2", "K3", "P1", "P2", "P3", "P4", "P5", "P6");

    static byte[] feed(String school, int boys) {
        StringBuilder b = new StringBuilder("schoolCode,academicYear,round,grade,boys,girls,classrooms,snapshotDate\n");
        for (int year = 2507; year <= 2566; year++) {
            for (String g : GRADES) {
                b.append(school).append(',').append(year).append(",1,").append(g).append(',').append(boys)
                        .append(",9,1,").append(year - 543).append("-06-10\n");
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void oneIsStoredAndTheOtherIsAConflict() throws Exception {
        Org.area("9838", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบพร้อมกัน");
        Org.district("9838-01", "ภูซาง");
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 1; attempt <= 3; attempt++) {
                String school = "109838000" + attempt;
                Org.school(school, "9838-01", "โรงเรียนบ้านภูซาง " + attempt);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Response>> sent = new ArrayList<>();
                for (int boys : new int[]{10, 20}) {
                    byte[] body = feed(school, boys);
                    sent.add(two.submit(() -> {
                        together.await();
                        return given().contentType("text/csv").body(body).post("/v1/enrolment-rounds/feed");
                    }));
                }
                Response first = sent.get(0).get(120, TimeUnit.SECONDS);
                Response second = sent.get(1).get(120, TimeUnit.SECONDS);
                List<Integer> statuses = List.of(first.statusCode(), second.statusCode());
                assertTrue(statuses.contains(200), "one of them is stored: " + statuses);
                for (Response r : List.of(first, second)) {
                    assertTrue(r.statusCode() == 200 || r.statusCode() == 409,
                            "200 or 409, never a 5xx: " + r.statusCode() + " " + r.asString());
                    if (r.statusCode() == 409) {
                        assertEquals("application/problem+json", r.contentType().split(";")[0]);
                        assertEquals(409, r.jsonPath().getInt("status"));
                    }
                }
                // the stored counts are those of a feed answered 200 (both 200: the second saw the first's rounds
                // and replaced them, so either may be last); 60 rounds of 8 grades either way
                int boys = given().get("/v1/enrolment-rounds/" + school + "/2566/1")
                        .then().statusCode(200).extract().jsonPath().getInt("grades.find { it.grade == 'P1' }.boys");
                assertTrue(boys == 10 && first.statusCode() == 200 || boys == 20 && second.statusCode() == 200,
                        "stored " + boys + " boys; answers " + statuses);
            }
        } finally {
            two.shutdownNow();
        }
    }

    /**
     * The same feed sent twice at once (a retry after the gateway's timeout while the first is still being stored):
     * the first stores it, the second waits for it and is answered with its receipt, replayed — both 200, the rows
     * stored once. Before, the second failed on the rows' keys (409 here; a failed job for an asynchronous feed).
     */
    @Test
    void theSameFeedSentTwiceAtOnceIsStoredOnceAndReplayedToTheSecond() throws Exception {
        Org.area("9835", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบส่งซ้ำ");
        Org.district("9835-01", "ภูซาง");
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 1; attempt <= 3; attempt++) {
                String school = "109835000" + attempt;
                Org.school(school, "9835-01", "โรงเรียนบ้านส่งซ้ำ " + attempt);
                byte[] body = feed(school, 10);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Response>> sent = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    sent.add(two.submit(() -> {
                        together.await();
                        return given().contentType("text/csv").body(body).post("/v1/enrolment-rounds/feed");
                    }));
                }
                List<Boolean> replayed = new ArrayList<>();
                for (Future<Response> f : sent) {
                    Response r = f.get(120, TimeUnit.SECONDS);
                    assertEquals(200, r.statusCode(), r.asString());
                    assertEquals(480, r.jsonPath().getInt("rows"));
                    replayed.add(r.jsonPath().getBoolean("replayed"));
                }
                assertTrue(replayed.contains(true) && replayed.contains(false), "one stored, one replayed: " + replayed);
                assertEquals(10, given().get("/v1/enrolment-rounds/" + school + "/2566/1").then().statusCode(200)
                        .extract().jsonPath().getInt("grades.find { it.grade == 'P1' }.boys"));
            }
        } finally {
            two.shutdownNow();
        }
    }

    /**
     * The same in an open collection round, for a school the round did not expect (registered after it opened, so
     * it has no submission row to lock): before, both feeds inserted the school's row and the second answered 500.
     * Now one is the submission and the other is either a resubmission after it (200) or refused (409), and the
     * round holds one submission of the school whose count is the number of feeds answered 200.
     */
    @Test
    void inARoundTheUnexpectedSchoolsRowIsCreatedOnce() throws Exception {
        String officer = "Bearer " + TestTokens.token("นางสาวพร้อมกัน", "area-officer", "9839");
        Org.area("9839", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบรอบพร้อมกัน");
        Org.district("9839-01", "ภูซาง");
        String round = given().header("Authorization", officer).contentType("application/json")
                .body("{\"kind\":\"enrolment\",\"academicYear\":2566,\"round\":1,\"snapshotDate\":\"2023-06-10\","
                        + "\"opensOn\":\"2023-06-01\",\"closesOn\":\"2099-12-31\",\"areaCode\":\"9839\"}")
                .post("/v1/collection-rounds").then().statusCode(201).extract().jsonPath().getString("id");
        given().header("Authorization", officer).post("/v1/collection-rounds/" + round + "/open").then().statusCode(200);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 1; attempt <= 3; attempt++) {
                String school = "109839000" + attempt;
                Org.school(school, "9839-01", "โรงเรียนบ้านรอบพร้อมกัน " + attempt);
                String token = "Bearer " + TestTokens.token("ครูธุรการ " + attempt, "school-officer", school);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Response>> sent = new ArrayList<>();
                for (int boys : new int[]{10, 20}) {
                    String csv = "schoolCode,academicYear,round,grade,boys,girls,classrooms\n"
                            + school + ",2566,1,P1," + boys + ",9,1\n" + school + ",2566,1,P2," + boys + ",9,1\n";
                    sent.add(two.submit(() -> {
                        together.await();
                        return given().header("Authorization", token).contentType("text/csv; charset=UTF-8")
                                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/v1/enrolment-rounds/feed");
                    }));
                }
                int stored = 0;
                for (Future<Response> f : sent) {
                    Response r = f.get(120, TimeUnit.SECONDS);
                    assertTrue(r.statusCode() == 200 || r.statusCode() == 409,
                            "200 or 409, never a 5xx: " + r.statusCode() + " " + r.asString());
                    if (r.statusCode() == 200) {
                        stored++;
                    } else {
                        assertEquals("application/problem+json", r.contentType().split(";")[0]);
                    }
                }
                assertTrue(stored >= 1, "one of them is the school's submission");
                given().header("Authorization", officer).get("/v1/collection-rounds/" + round + "/submissions/" + school)
                        .then().statusCode(200).body("status", is("submitted")).body("submissions", is(stored));
            }
        } finally {
            two.shutdownNow();
        }
    }
}
