package org.khet.devstack.demo;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loader's WAIT step asks again after a request that timed out or was refused, until its overall deadline. */
class DemoLoaderWaitTest {
    private HttpServer server;
    private final List<Integer> answered = new ArrayList<>();

    /** A service whose n-th request (from 1) answers {@code status.applyAsInt(n)}; 0: after 1.5 s, with 200. */
    private String service(IntUnaryOperator status) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", ex -> {
            int n;
            synchronized (answered) {
                n = answered.size() + 1;
                answered.add(n);
            }
            int s = status.applyAsInt(n);
            if (s == 0) {
                try {
                    Thread.sleep(1500);   // busy: longer than the loader waits for one answer
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                s = 200;
            }
            ex.sendResponseHeaders(s, -1);
            ex.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static DemoLoader loader() {
        return new DemoLoader("http://127.0.0.1:1", "token", s -> "unused");
    }

    @Test
    void aRequestThatTimesOutIsAskedAgain() throws Exception {
        // first request: no answer within the 300 ms each request may take (it threw before); second: 503; third: 200
        String url = service(n -> n == 1 ? 0 : n == 2 ? 503 : 200) + "/v1/org-replica/1099990001";
        loader().await("load.tsv:3", url, Duration.ofMillis(300), Duration.ofSeconds(30));
        synchronized (answered) {
            assertEquals(List.of(1, 2, 3), answered, "asked again after the timeout and after the 503, then done");
        }
    }

    @Test
    void itGivesUpAtItsDeadlineSayingWhy() throws Exception {
        String url = service(n -> 0) + "/v1/org-replica/1099990001";
        DemoLoader.StepFailed failed = assertThrows(DemoLoader.StepFailed.class,
                () -> loader().await("load.tsv:3", url, Duration.ofMillis(300), Duration.ofSeconds(2)));
        assertTrue(failed.getMessage().contains("did not answer 200 within 2 s (last: did not answer within 300 ms)"),
                failed.getMessage());
        synchronized (answered) {
            assertTrue(answered.size() >= 2, "asked more than once before giving up: " + answered);
        }
    }
}
