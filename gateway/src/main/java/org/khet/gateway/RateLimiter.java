package org.khet.gateway;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per client: {@code burst} requests at once, refilled at {@code ratePerSecond}. A refused request
 * learns how many seconds to wait for the next token (the {@code Retry-After} header).
 */
final class RateLimiter {
    private final double ratePerSecond;
    private final int burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** The outcome for one request: allowed, tokens left, and the wait when refused. */
    record Decision(boolean allowed, int remaining, long retryAfterSeconds) {
    }

    private static final class Bucket {
        double tokens;
        long lastNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastNanos = now;
        }
    }

    RateLimiter(double ratePerSecond, int burst) {
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
    }

    int burst() {
        return burst;
    }

    Decision acquire(String client, long nowNanos) {
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(burst, nowNanos));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (nowNanos - b.lastNanos) / 1e9 * ratePerSecond);
            b.lastNanos = nowNanos;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return new Decision(true, (int) b.tokens, 0);
            }
            long wait = (long) Math.ceil((1 - b.tokens) / ratePerSecond);
            return new Decision(false, 0, Math.max(1, wait));
        }
    }

    /** Forgets clients whose bucket has been full again for a while, so the map does not grow without bound. */
    void evictIdle(long nowNanos) {
        long full = (long) (burst / ratePerSecond * 1e9);
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return nowNanos - e.getValue().lastNanos > full + 60_000_000_000L;
            }
        });
    }

    int clients() {
        return buckets.size();
    }
}
