package org.khet.kit.etag;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;
import org.khet.kit.config.KhetConfig;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kept answers of {@link CachedReads}: one computation per key between two transactions, none kept across one. */
class CachedReadsTest {
    /** The synchronizations a transaction would have run at its end. */
    final List<Synchronization> registered = new ArrayList<>();

    CachedReads reads(boolean enabled) {
        TransactionSynchronizationRegistry tsr = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[]{TransactionSynchronizationRegistry.class}, (p, m, args) -> {
                    if (m.getName().equals("registerInterposedSynchronization")) {
                        registered.add((Synchronization) args[0]);
                    }
                    return null;
                });
        return new CachedReads(tsr, new ObjectMapper(), config(enabled));
    }

    static KhetConfig config(boolean enabled) {
        KhetConfig.ReadCache cache = (KhetConfig.ReadCache) Proxy.newProxyInstance(CachedReadsTest.class.getClassLoader(),
                new Class<?>[]{KhetConfig.ReadCache.class}, (p, m, args) -> m.getName().equals("enabled") ? enabled : 16);
        return (KhetConfig) Proxy.newProxyInstance(CachedReadsTest.class.getClassLoader(), new Class<?>[]{KhetConfig.class},
                (p, m, args) -> m.getName().equals("readCache") ? cache : null);
    }

    /** A transaction begins and commits. */
    void commit(CachedReads reads) {
        reads.onBegin(new Object());
        registered.remove(registered.size() - 1).afterCompletion(Status.STATUS_COMMITTED);
    }

    static String body(CachedReads.Answer a) {
        return new String(a.body(), StandardCharsets.UTF_8);
    }

    @Test
    void twentyRequestsAtOnceComputeOnce() throws Exception {
        CachedReads reads = reads(true);
        AtomicInteger computed = new AtomicInteger();
        CyclicBarrier together = new CyclicBarrier(20);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<CachedReads.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    together.await();
                    return reads.answer("area-5602", () -> {
                        computed.incrementAndGet();
                        sleep(200);
                        return Map.of("students", 18);
                    }, new boolean[1]);
                }));
            }
            for (Future<CachedReads.Answer> a : answers) {
                assertEquals("{\"students\":18}", body(a.get(10, TimeUnit.SECONDS)));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, computed.get());
    }

    @Test
    void aCommitDropsWhatWasComputedBeforeIt() throws Exception {
        CachedReads reads = reads(true);
        AtomicInteger students = new AtomicInteger(18);
        boolean[] hit = new boolean[1];
        CachedReads.Answer first = reads.answer("k", () -> Map.of("students", students.get()), hit);
        assertFalse(hit[0]);
        CachedReads.Answer again = reads.answer("k", () -> Map.of("students", -1), hit);
        assertTrue(hit[0]);
        assertArrayEquals(first.body(), again.body());
        assertEquals(first.etag(), again.etag());

        // a read that began before a write's commit finishes after it: what it computed is not kept for later reads
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        commit(reads);
        Thread slow = new Thread(() -> reads.answer("k", () -> {
            int before = students.get();
            computing.countDown();
            await(committed);
            return Map.of("students", before);
        }, new boolean[1]));
        slow.start();
        assertTrue(computing.await(10, TimeUnit.SECONDS));
        students.set(29);
        commit(reads);
        committed.countDown();
        slow.join(10_000);
        hit[0] = false;
        CachedReads.Answer after = reads.answer("k", () -> Map.of("students", students.get()), hit);
        assertFalse(hit[0]);
        assertEquals("{\"students\":29}", body(after));
        assertFalse(after.etag().equals(first.etag()));
    }

    @Test
    void aFailureIsNotKeptAndTheSwitchTurnsKeepingOff() {
        CachedReads reads = reads(true);
        assertThrows(IllegalStateException.class, () -> reads.answer("k", () -> {
            throw new IllegalStateException("database unavailable");
        }, new boolean[1]));
        boolean[] hit = new boolean[1];
        assertEquals("{\"students\":18}", body(reads.answer("k", () -> Map.of("students", 18), hit)));
        assertFalse(hit[0]);

        CachedReads off = reads(false);
        AtomicInteger computed = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            CachedReads.Answer a = off.answer("k", () -> Map.of("students", computed.incrementAndGet()), hit);
            assertFalse(hit[0]);
            assertEquals(ETags.of(a.body()), a.etag(), "the ETag is the hash of the answer's bytes");
        }
        assertEquals(3, computed.get());
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
