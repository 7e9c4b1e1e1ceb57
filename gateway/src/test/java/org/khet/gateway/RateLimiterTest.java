package org.khet.gateway;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RateLimiterTest {
    @Test
    void aBurstThenTheSustainedRate() {
        RateLimiter limiter = new RateLimiter(2, 3);
        long t = 0;
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.acquire("ครู", t).allowed());
        }
        RateLimiter.Decision refused = limiter.acquire("ครู", t);
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds());
        assertTrue(limiter.acquire("ผอ.", t).allowed(), "another client has its own bucket");
        assertTrue(limiter.acquire("ครู", t + 500_000_000L).allowed(), "2 per second: one more after 0.5 s");
        assertFalse(limiter.acquire("ครู", t + 500_000_000L).allowed());
        limiter.evictIdle(t + 3_600_000_000_000L);
        assertEquals(0, limiter.clients());
    }
}

class CircuitBreakerTest {
    @Test
    void opensAfterFailuresInARowAndClosesAfterASuccessfulTrial() {
        CircuitBreaker b = new CircuitBreaker(3, 10_000);
        b.failure(0);
        b.failure(1);
        b.success();
        b.failure(2);
        b.failure(3);
        assertTrue(b.allow(4), "a success in between resets the count");
        b.failure(5);
        assertFalse(b.allow(6));
        assertEquals(10, b.retryAfterSeconds(6));
        assertTrue(b.allow(10_005), "one trial after the open period");
        assertFalse(b.allow(10_006), "only one trial at a time");
        b.failure(10_007);
        assertFalse(b.allow(10_008), "a failed trial opens it again");
        assertTrue(b.allow(20_008));
        b.success();
        assertTrue(b.allow(20_009));
        assertEquals(CircuitBreaker.State.CLOSED, b.state());
    }
}
