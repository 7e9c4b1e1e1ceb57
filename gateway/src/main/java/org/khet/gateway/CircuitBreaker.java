package org.khet.gateway;

/**
 * One service's circuit: after {@code threshold} failures in a row (no connection, timeout) it opens and calls fail
 * fast with 503 for {@code openForMillis}; then one trial call goes through — success closes it, failure opens it
 * again. Keeps a dead service from tying up connections and clients from waiting for timeouts.
 */
final class CircuitBreaker {
    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final long openForMillis;
    private State state = State.CLOSED;
    private int failures;
    private long openUntil;

    CircuitBreaker(int threshold, long openForMillis) {
        this.threshold = threshold;
        this.openForMillis = openForMillis;
    }

    /** May a call go to the service now? In HALF_OPEN only the one trial call may. */
    synchronized boolean allow(long nowMillis) {
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (nowMillis >= openUntil) {
                    state = State.HALF_OPEN;
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    synchronized void success() {
        failures = 0;
        state = State.CLOSED;
    }

    synchronized void failure(long nowMillis) {
        failures++;
        if (state == State.HALF_OPEN || failures >= threshold) {
            state = State.OPEN;
            openUntil = nowMillis + openForMillis;
        }
    }

    synchronized State state() {
        return state;
    }

    synchronized int failures() {
        return failures;
    }

    synchronized long retryAfterSeconds(long nowMillis) {
        return Math.max(1, (openUntil - nowMillis + 999) / 1000);
    }
}
