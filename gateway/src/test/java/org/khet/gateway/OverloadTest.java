package org.khet.gateway;

import org.khet.testkit.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service that cannot keep up: past the requests that may wait for a connection to it, the gateway answers 503
 * problem+json with Retry-After at once, instead of letting them wait out its timeout for a 504 (ADR 0043).
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
@TestProfile(OverloadTest.OnePerLoop.class)
class OverloadTest {

    /** One connection and one waiting request per service and event loop. */
    public static class OnePerLoop implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("khet.gateway.max-connections-per-service", "1",
                    "khet.gateway.max-waiting-per-service", "1",
                    "khet.gateway.rate-limit.enabled", "false");
        }
    }

    record Answer(int status, String type, String retryAfter, String service, String contentType) {
    }

    @Test
    void requestsPastTheWaitingLimitAre503OverloadedAtOnce() throws Exception {
        // 32 requests at once to a path the stub answers after 3 s (the gateway's timeout in tests is 1 s): the
        // gateway's event loops (2 per core) each hold one in flight and one waiting, so most are past the limit
        int n = 32;
        String token = "Bearer " + TestTokens.token("ผู้ส่งพร้อมกัน", "area-officer", "5602");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Answer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    Response r = given().header("Authorization", token).get("/api/v1/projects/slow");
                    return new Answer(r.statusCode(), r.statusCode() >= 400 ? r.jsonPath().getString("type") : null,
                            r.header("Retry-After"), r.statusCode() >= 400 ? r.jsonPath().getString("service") : null,
                            r.contentType());
                }));
            }
            go.countDown();
            List<Answer> overloaded = new ArrayList<>();
            int timedOut = 0;
            for (Future<Answer> f : answers) {
                Answer a = f.get();
                if (a.status() == 503 && a.type().endsWith("/overloaded")) {
                    overloaded.add(a);
                } else {
                    assertEquals(504, a.status(), "in flight or waiting, then the 1 s timeout: " + a);
                    timedOut++;
                }
            }
            assertTrue(overloaded.size() >= n / 2, overloaded.size() + " of " + n + " refused at once");
            assertTrue(timedOut >= 2, "the ones in flight and waiting still got their answer: " + timedOut);
            for (Answer a : overloaded) {
                assertEquals("1", a.retryAfter(), a.toString());
                assertEquals("project", a.service(), a.toString());
                assertTrue(a.contentType().startsWith("application/problem+json"), a.toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
