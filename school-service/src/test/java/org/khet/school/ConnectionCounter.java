package org.khet.school;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the connections the pool hands to one thread while it runs some code: outside a transaction every query of
 * the service's reads takes its own connection, so the count is the number of statements (other threads, such as the
 * outbox relay's, are not counted).
 */
@ApplicationScoped
public class ConnectionCounter implements AgroalPoolInterceptor {
    private volatile Thread counted;
    private final AtomicInteger acquired = new AtomicInteger();

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (Thread.currentThread() == counted) {
            acquired.incrementAndGet();
        }
    }

    /** How many connections {@code work} took, run on this thread outside a transaction. */
    public int connectionsOf(Runnable work) {
        acquired.set(0);
        counted = Thread.currentThread();
        try {
            work.run();
        } finally {
            counted = null;
        }
        return acquired.get();
    }
}
