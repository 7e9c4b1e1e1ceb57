package org.khet.testkit;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Asking a kept read (ADR 0035's {@code CachedReads}) until its answer comes from memory. In a service's test suite
 * other tests' events are still being applied, and each is a commit that drops what was kept, so a few answers may be
 * misses. The last answer is returned, hit or not: the test asserts it was one, so a cache that never keeps anything
 * still fails.
 */
public final class CacheHits {
    /** How often a read is asked at most. */
    public static final int TRIES = 20;

    private CacheHits() {
    }

    /**
     * Asks {@code read} until {@code cacheHeader} of its answer says {@code hit} (the {@code X-Khet-Cache} header), at
     * most {@link #TRIES} times; the last answer.
     */
    public static <R> R untilHit(Supplier<R> read, Function<R, String> cacheHeader) {
        R answer = read.get();
        for (int tries = 1; tries < TRIES && !"hit".equals(cacheHeader.apply(answer)); tries++) {
            answer = read.get();
        }
        return answer;
    }
}
