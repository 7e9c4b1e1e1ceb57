package org.khet.kit.feed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The time a feed spends in each phase (read, authorize, receipt look-up, validate, warnings, rounds, store, receipt,
 * submissions), logged as one line when the feed ends, so where a large feed's time goes is visible in the service's
 * log without a profiler (ADR 0030).
 */
final class FeedPhases {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Ends the phase running since the last mark as {@code name}. */
    void lap(String name) {
        long now = System.nanoTime();
        nanos.merge(name, now - mark, Long::sum);
        mark = now;
    }

    /** Adds the phases of {@code other} (the request's, before the job) in front of this one's. */
    FeedPhases after(FeedPhases other) {
        Map<String, Long> all = new LinkedHashMap<>(other.nanos);
        nanos.forEach((k, v) -> all.merge(k, v, Long::sum));
        nanos.clear();
        nanos.putAll(all);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        long total = 0;
        for (var e : nanos.entrySet()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue() / 1_000_000).append(" ms");
            total += e.getValue();
        }
        return sb.append(" (").append(total / 1_000_000).append(" ms)").toString();
    }
}
