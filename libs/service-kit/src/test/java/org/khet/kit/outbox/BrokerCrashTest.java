package org.khet.kit.outbox;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.Topics;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TopicReader;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kafka broker is SIGKILLed while three clients change their own widget again and again, stays dead for three
 * seconds of writing, and comes back: every change that was answered 200 — before, during and after the outage — is
 * on the topic, in the order each client wrote it (per aggregate), and nothing that was not acknowledged is. A crash
 * may leave a duplicate (an event the broker had stored but not acknowledged is sent again): each one repeats an
 * event id, which every consumer ignores (ADR 0016); the test counts them.
 */
@QuarkusTest
class BrokerCrashTest {
    static final int CLIENTS = 3;

    @TestHTTPResource("/test/widgets")
    URI widgets;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedChangeReachesTheTopicInOrderAfterTheBrokerCrashes() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> ids = new LinkedHashMap<>();
        for (int c = 0; c < CLIENTS; c++) {
            String name = "crash-" + run + "-" + c;
            HttpResponse<String> created = send("POST", widgets, "{\"name\":\"" + name + "\",\"size\":0}");
            assertEquals(201, created.statusCode(), created.body());
            ids.put(name, new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body()).path("id").asText());
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger acknowledgedSoFar = new AtomicInteger();
        Map<String, List<Integer>> acknowledged = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (Map.Entry<String, String> w : ids.entrySet()) {
            List<Integer> mine = new ArrayList<>();
            acknowledged.put(w.getKey(), mine);
            clients.add(pool.submit(() -> {
                for (int size = 1; writing.get(); size++) {
                    HttpResponse<String> r = send("PUT", URI.create(widgets + "/" + w.getValue()),
                            "{\"name\":\"" + w.getKey() + "\",\"size\":" + size + "}");
                    if (r.statusCode() == 200) {
                        mine.add(size);
                        acknowledgedSoFar.incrementAndGet();
                    }
                    Thread.sleep(10);
                }
                return null;
            }));
        }
        await(() -> acknowledgedSoFar.get() >= 30, "30 changes before the crash");
        KafkaResource.broker().kill();
        int atCrash = acknowledgedSoFar.get();
        Thread.sleep(3000);
        int duringOutage = acknowledgedSoFar.get() - atCrash;
        KafkaResource.broker().start();
        Thread.sleep(2000);
        writing.set(false);
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();

        int total = acknowledged.values().stream().mapToInt(List::size).sum();
        List<TopicReader.Received> got = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.SCHOOL,
                e -> e.subject() != null && e.subject().startsWith("crash-" + run + "-")
                        && e.type().equals("school.WidgetChanged.v1"), total, Duration.ofSeconds(120));
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        Map<String, List<Integer>> delivered = new LinkedHashMap<>();
        for (TopicReader.Received r : got) {
            if (!seen.add(r.event().id())) {
                duplicates++;
                continue;
            }
            delivered.computeIfAbsent(r.event().subject(), k -> new ArrayList<>()).add(r.event().data().get("size").asInt());
        }
        System.out.printf("broker crash: %d changes acknowledged (%d while the broker was dead), %d events delivered,"
                + " %d duplicates (same event id)%n", total, duringOutage, got.size() - duplicates, duplicates);
        assertTrue(duringOutage > 0, "writes were acknowledged while the broker was dead");
        for (String name : ids.keySet()) {
            assertEquals(acknowledged.get(name), delivered.getOrDefault(name, List.of()),
                    name + ": every acknowledged change once, in the order written");
        }
    }

    private HttpResponse<String> send(String method, URI uri, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached in 60 s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
