package org.khet.kit.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.Set;

/**
 * An outage of the service's PostgreSQL is not a fault of Khet's: it is answered {@code 503} problem+json with
 * {@code Retry-After}, naming the database, as soon as the pool gives up (the services' acquisition and connect
 * timeouts keep that under 2 s). The request's transaction did not commit, except in the one case no server can
 * rule out — the connection broke while the commit itself was on its way — which the detail says. The pool
 * reconnects by itself once the database is back; nothing needs a restart.
 */
public final class DatabaseUnavailable {
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class);
    /** Seconds a client should wait before retrying: about what PostgreSQL's crash recovery takes here. */
    public static final int RETRY_AFTER_SECONDS = 5;
    /**
     * SQLStates of an unreachable or stopping server: the whole connection-exception class (08…), the server shutting
     * down or crashing (57P01, 57P02), starting up (57P03), out of connections (53300), and 40P01/25P02 are not here
     * (they are answers from a running server).
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseUnavailable() {
    }

    /** Whether {@code e} (or a cause) says the database cannot be reached right now. */
    public static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                if (state != null && (state.startsWith("08") || STATES.contains(state))) {
                    return true;
                }
                String m = s.getMessage();
                // Agroal's pool: no connection could be had within the acquisition timeout
                if (m != null && m.contains("acquisition timeout")) {
                    return true;
                }
            }
            if (t instanceof java.net.ConnectException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    public static Problem problem(String instance) {
        return new Problem(Problem.type("unavailable"), "A dependency is unavailable", 503,
                "the database (PostgreSQL) cannot be reached; the request was not carried out — retry in "
                        + RETRY_AFTER_SECONDS + " s (if the connection broke while a write was committing, read it back before"
                        + " sending it again)", instance, null);
    }

    static Response respond(Throwable e, String instance) {
        LOG.warnf("database unavailable on %s: %s", instance, rootMessage(e));
        Problem p = problem(instance);
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .entity(p).build();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
