package org.khet.kit.fault;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** While PostgreSQL is down, reads and writes answer 503 problem+json naming the database, within 2 s; then it serves again. */
@QuarkusTest
@TestProfile(DurableDatabaseProfile.class)
class DatabaseOutageTest {

    @Test
    void anOutageIsA503WithRetryAfterAndNeedsNoRestart() throws Exception {
        given().contentType(ContentType.JSON).body("{\"name\":\"before-outage\",\"size\":1}").post("/test/widgets")
                .then().statusCode(201);
        DurableDatabaseProfile.PG.crash();
        try {
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                Response write = given().contentType(ContentType.JSON).body("{\"name\":\"during-outage-" + i + "\",\"size\":1}")
                        .post("/test/widgets");
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                write.then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", "5")
                        .body("type", endsWith("/unavailable"))
                        .body("detail", containsString("database"));
                assertTrue(took.toMillis() <= 2000, "the write was refused after " + took.toMillis() + " ms");

                t0 = System.nanoTime();
                given().get("/test/widgets").then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", "5");
                took = Duration.ofNanos(System.nanoTime() - t0);
                assertTrue(took.toMillis() <= 2000, "the read was refused after " + took.toMillis() + " ms");
            }
        } finally {
            DurableDatabaseProfile.PG.start();
        }
        // back without restarting the service: the pool reconnects (a first request may still meet a dead connection)
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status;
        do {
            status = given().contentType(ContentType.JSON).body("{\"name\":\"after-outage\",\"size\":1}")
                    .post("/test/widgets").statusCode();
        } while (status != 201 && System.nanoTime() < deadline && sleep());
        assertEquals(201, status, "the service writes again once the database is back");
        try (Connection c = DurableDatabaseProfile.PG.connect();
             ResultSet rs = c.createStatement().executeQuery("select count(*) from widget where name like 'during-outage-%'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "nothing refused is stored");
        }
        assertFalse(given().get("/test/widgets?size=1").then().statusCode(200).extract().asString().isEmpty());
    }

    private static boolean sleep() {
        try {
            Thread.sleep(200);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
