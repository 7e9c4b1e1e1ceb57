package org.khet.kit.feed;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A feed job whose service died (its row says queued or running, and no service holds its lock) is answered failed
 * with the problem job-interrupted; a job that is still running here — or in another replica — is left alone.
 */
@QuarkusTest
class FeedJobsInterruptedTest {
    @Inject
    FeedJobs jobs;
    @Inject
    AgroalDataSource dataSource;

    /** What a service that died mid-job leaves behind: the row, and no lock (its connection died with it). */
    private UUID orphan(String status) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into feed_job (id, kind, status, rows, started_at) values (?, 'enrolment', ?, 5000, now())")) {
            ps.setObject(1, id);
            ps.setString(2, status);
            ps.executeUpdate();
        }
        return id;
    }

    @Test
    void aJobWhoseServiceDiedIsAnsweredFailedWithTheReason() throws Exception {
        UUID running = orphan("running");
        given().get("/v1/feed-jobs/" + running).then().statusCode(200)
                .body("status", is("failed"))
                .body("finishedAt", org.hamcrest.Matchers.notNullValue())
                .body("problem.type", endsWith("/job-interrupted"))
                .body("problem.status", is(503))
                .body("problem.detail", containsString("send the same feed again"))
                .body("result", nullValue());
    }

    @Test
    void theStartupSweepMarksEveryInterruptedJob() throws Exception {
        UUID queued = orphan("queued");
        UUID running = orphan("running");
        assertTrue(jobs.reapInterrupted() >= 2);
        given().get("/v1/feed-jobs/" + queued).then().body("status", is("failed")).body("problem.type", endsWith("/job-interrupted"));
        given().get("/v1/feed-jobs/" + running).then().body("status", is("failed"));
    }

    @Test
    void aLiveJobIsNotReaped() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        UUID id = jobs.submit("enrolment", 5000, () -> {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return java.util.Map.of("rows", 5000);
        });
        try {
            assertTrue(started.await(10, TimeUnit.SECONDS));
            jobs.reapInterrupted();
            given().get("/v1/feed-jobs/" + id).then().body("status", is("running"));
        } finally {
            release.countDown();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String status;
        do {
            status = given().get("/v1/feed-jobs/" + id).then().extract().path("status");
        } while (!"succeeded".equals(status) && System.nanoTime() < deadline);
        given().get("/v1/feed-jobs/" + id).then().body("status", is("succeeded")).body("result.rows", is(5000));
    }
}
