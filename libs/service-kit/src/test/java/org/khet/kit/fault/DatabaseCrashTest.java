package org.khet.kit.fault;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL is SIGKILLed while four clients write: every write answered 201 is there after the restart, with its
 * outbox event; every write refused while the database was down is absent and was answered 503 problem+json with
 * Retry-After within 2 s; the service serves again without a restart.
 */
@QuarkusTest
@TestProfile(DurableDatabaseProfile.class)
class DatabaseCrashTest {
    private static final Duration OUTAGE_ANSWER = Duration.ofSeconds(2);

    @TestHTTPResource("/test/widgets")
    URI widgets;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One write's fate: its name, when it was sent and answered (nanoTime), and the answer. */
    record Attempt(String name, long sent, long answered, int status, String contentType, String retryAfter) {
    }

    @Test
    void acknowledgedWritesSurviveACrashAndRefusedOnesAreNotStored() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int client = t;
            running.add(clients.submit(() -> {
                for (int i = 0; writing.get(); i++) {
                    attempts.add(write("c" + client + "-" + i));
                }
                return null;
            }));
        }
        // crash mid-write: once the clients are well under way
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (attempts.stream().filter(a -> a.status == 201).count() < 40 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long ackedBeforeCrash = attempts.stream().filter(a -> a.status == 201).count();
        long crashStarted = System.nanoTime();
        DurableDatabaseProfile.PG.crash();
        long crashed = System.nanoTime();
        Thread.sleep(2500);
        long restarting = System.nanoTime();
        DurableDatabaseProfile.PG.start();
        Thread.sleep(3000);
        writing.set(false);
        for (Future<?> f : running) {
            f.get();
        }
        clients.shutdown();

        Set<String> stored = storedNames();
        List<Attempt> acknowledged = attempts.stream().filter(a -> a.status == 201).toList();
        List<Attempt> lost = acknowledged.stream().filter(a -> !stored.contains(a.name)).toList();
        // sent after every PostgreSQL process was dead and answered before the restart began: refused for certain
        List<Attempt> duringOutage = attempts.stream().filter(a -> a.sent > crashed && a.answered < restarting).toList();
        List<Attempt> inFlight = attempts.stream().filter(a -> a.sent < crashed && a.answered > crashStarted).toList();
        long afterRecovery = attempts.stream().filter(a -> a.sent > restarting && a.status == 201).count();
        System.out.printf("database crash: %d writes, %d acknowledged, %d lost, %d refused during the outage, "
                        + "%d in flight at the crash, %d acknowledged after the restart%n",
                attempts.size(), acknowledged.size(), lost.size(), duringOutage.size(), inFlight.size(), afterRecovery);

        assertTrue(ackedBeforeCrash >= 40, "the clients wrote before the crash: " + ackedBeforeCrash);
        assertEquals(List.of(), lost.stream().map(Attempt::name).toList(), "acknowledged writes lost by the crash");
        assertEquals(stored, outboxSubjects(), "every stored write has its outbox event, and no event is without its write");
        assertTrue(!duringOutage.isEmpty(), "requests were refused while the database was down");
        for (Attempt a : duringOutage) {
            assertEquals(503, a.status, a.name + " during the outage");
            assertTrue(a.contentType != null && a.contentType.startsWith("application/problem+json"), a.name + ": " + a.contentType);
            assertEquals("5", a.retryAfter, a.name + " Retry-After");
            assertTrue(Duration.ofNanos(a.answered - a.sent).compareTo(OUTAGE_ANSWER) <= 0,
                    a.name + " answered after " + Duration.ofNanos(a.answered - a.sent).toMillis() + " ms");
            assertTrue(!stored.contains(a.name), a.name + " was refused but stored");
        }
        assertTrue(afterRecovery > 0, "the service writes again after the database is back, without a restart");
    }

    private Attempt write(String name) {
        long sent = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(widgets)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"size\":1}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Attempt(name, sent, System.nanoTime(), r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(null), r.headers().firstValue("Retry-After").orElse(null));
        } catch (Exception e) {
            return new Attempt(name, sent, System.nanoTime(), -1, null, null);
        }
    }

    private static Set<String> storedNames() throws Exception {
        try (Connection c = DurableDatabaseProfile.PG.connect();
             PreparedStatement ps = c.prepareStatement("select name from widget");
             ResultSet rs = ps.executeQuery()) {
            Set<String> names = new HashSet<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    private static Set<String> outboxSubjects() throws Exception {
        try (Connection c = DurableDatabaseProfile.PG.connect();
             PreparedStatement ps = c.prepareStatement("select payload -> 'data' ->> 'name' from outbox_event");
             ResultSet rs = ps.executeQuery()) {
            Set<String> subjects = new HashSet<>();
            while (rs.next()) {
                subjects.add(rs.getString(1));
            }
            return subjects;
        }
    }
}
