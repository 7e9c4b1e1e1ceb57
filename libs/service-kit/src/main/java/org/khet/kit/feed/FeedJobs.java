package org.khet.kit.feed;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.khet.contracts.events.EventJson;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.CurrentCaller;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs large feeds (a whole area, or OBEC sending all areas) in the background: the request is answered
 * {@code 202 Accepted} with the job's address, and the sender polls {@code GET /v1/feed-jobs/{id}}. The work
 * itself runs its own transaction, so a failed job stores nothing, and its problem is kept on the job.
 * <p>
 * A job whose service died is never left {@code queued} or {@code running}: from submission to its end the job
 * holds a PostgreSQL session advisory lock, which dies with the service's connection. At startup, and whenever a
 * sender asks for a job that looks unfinished, a job whose lock is free is marked {@code failed} with the problem
 * {@code job-interrupted} (ADR 0016) — a lock rather than an owner column, so replicas never reap each other's live
 * jobs and no table changes.
 */
@ApplicationScoped
public class FeedJobs {
    private static final Logger LOG = Logger.getLogger(FeedJobs.class);

    /** First key of the jobs' advisory locks ("kj"); the second is {@code hashtext(id)}. */
    static final int LOCK_CLASS = 0x6b6a;
    static final String INTERRUPTED = "job-interrupted";

    private final AgroalDataSource dataSource;
    /** The connection holding each live job's lock, from submission to the job's end. */
    private final Map<UUID, Connection> locks = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "feed-job");
        t.setDaemon(true);
        return t;
    });

    public FeedJobs(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Job(UUID id, String kind, String status, OffsetDateTime createdAt, OffsetDateTime startedAt,
                      OffsetDateTime finishedAt, Integer rows,
                      @Schema(type = SchemaType.OBJECT, description = "The FeedResult of a job that succeeded")
                      JsonNode result,
                      @Schema(type = SchemaType.OBJECT, description = "The problem (problem+json) of a job that failed")
                      JsonNode problem) {
    }

    /**
     * Queues {@code work} (which must open and commit its own transaction) and returns the job id;
     * it runs as the submitting request's caller (see {@link CurrentCaller#carried}).
     */
    public UUID submit(String kind, int rows, Supplier<Object> work) {
        UUID id = UUID.randomUUID();
        // outside any transaction of the caller's: the lock's connection must outlive it
        io.quarkus.narayana.jta.QuarkusTransaction.suspendingExisting().run(() -> lock(id));
        try {
            update("insert into feed_job (id, kind, status, rows) values (?, ?, 'queued', ?)", id, kind, rows);
            Supplier<Object> asCaller = io.quarkus.arc.Arc.container().requestContext().isActive()
                    ? io.quarkus.arc.Arc.container().instance(CurrentCaller.class).get().carried(work) : work;
            executor.submit(() -> run(id, asCaller));
            return id;
        } catch (RuntimeException e) {
            unlock(id);
            throw e;
        }
    }

    private static final String UNFINISHED = " and status in ('queued', 'running')";

    private void run(UUID id, Supplier<Object> work) {
        try {
            if (update("update feed_job set status = 'running', started_at = now() where id = ? and status = 'queued'", id) == 0) {
                return; // reaped meanwhile (its lock was lost with the database): it was already answered failed
            }
            try {
                Object result = work.get();
                update("update feed_job set status = 'succeeded', finished_at = now(), result = cast(? as jsonb) where id = ?"
                        + UNFINISHED, EventJson.write(result), id);
            } catch (ProblemException e) {
                update("update feed_job set status = 'failed', finished_at = now(), problem = cast(? as jsonb) where id = ?"
                        + UNFINISHED, EventJson.write(e.toProblem("/v1/feed-jobs/" + id)), id);
            } catch (RuntimeException e) {
                LOG.error("feed job " + id + " failed", e);
                Problem p = new Problem(Problem.type("internal"), "Internal error", 500,
                        "the feed could not be processed; the error was logged", "/v1/feed-jobs/" + id, null);
                update("update feed_job set status = 'failed', finished_at = now(), problem = cast(? as jsonb) where id = ?"
                        + UNFINISHED, EventJson.write(p), id);
            }
        } catch (RuntimeException e) {
            // the database went away: the job stays unfinished in the table and is reaped once its lock is free
            LOG.error("feed job " + id + " could not be recorded", e);
        } finally {
            unlock(id);
        }
    }

    /** Takes the job's lock on a connection of its own, held until {@link #unlock}. */
    private void lock(UUID id) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            try (PreparedStatement ps = c.prepareStatement("select pg_advisory_lock(?, hashtext(?))")) {
                ps.setInt(1, LOCK_CLASS);
                ps.setString(2, id.toString());
                ps.execute();
            }
            locks.put(id, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IllegalStateException("cannot lock feed job " + id, e);
        }
    }

    private void unlock(UUID id) {
        Connection c = locks.remove(id);
        if (c == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("select pg_advisory_unlock(?, hashtext(?))")) {
            ps.setInt(1, LOCK_CLASS);
            ps.setString(2, id.toString());
            ps.execute();
        } catch (SQLException e) {
            LOG.debugf(e, "unlocking feed job %s (the lock ended with its connection)", id);
        } finally {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // returned or gone
            }
        }
    }

    void onStart(@Observes StartupEvent ev) {
        try {
            int n = reapInterrupted();
            if (n > 0) {
                LOG.warnf("%d feed job(s) were interrupted by a stop of the service; marked failed (%s)", n, INTERRUPTED);
            }
        } catch (RuntimeException e) {
            // the database is not there yet: the jobs are reaped when a sender asks for them
            LOG.warnf("feed jobs not checked at startup: %s", e.getMessage());
        }
    }

    /**
     * Marks {@code failed} every queued or running job whose lock no service holds — its service stopped or died —
     * with the problem {@code job-interrupted}. @return how many
     */
    public int reapInterrupted() {
        return reap("select id from feed_job where status in ('queued', 'running')", null);
    }

    private int reap(String select, UUID only) {
        int reaped = 0;
        try (Connection c = dataSource.getConnection()) {
            java.util.List<UUID> candidates = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(select)) {
                if (only != null) {
                    ps.setObject(1, only);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            for (UUID id : candidates) {
                if (locks.containsKey(id) || !tryLock(c, id, true)) {
                    continue; // alive, here or in another replica
                }
                try (PreparedStatement ps = c.prepareStatement("update feed_job set status = 'failed', finished_at = now(), "
                        + "problem = cast(? as jsonb) where id = ?" + UNFINISHED)) {
                    ps.setString(1, EventJson.write(interrupted(id)));
                    ps.setObject(2, id);
                    reaped += ps.executeUpdate();
                } finally {
                    tryLock(c, id, false);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check feed jobs", e);
        }
        return reaped;
    }

    private static boolean tryLock(Connection c, UUID id, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(lock ? "select pg_try_advisory_lock(?, hashtext(?))"
                : "select pg_advisory_unlock(?, hashtext(?))")) {
            ps.setInt(1, LOCK_CLASS);
            ps.setString(2, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static Problem interrupted(UUID id) {
        return new Problem(Problem.type(INTERRUPTED), "The feed job was interrupted", 503,
                "the service stopped while this job was queued or running, so its transaction did not finish and nothing"
                        + " of the feed was stored; send the same feed again (it is stored once, or answered from its receipt"
                        + " as replayed if it had committed just before the stop)",
                "/v1/feed-jobs/" + id, null);
    }

    public Optional<Job> find(UUID id) {
        Optional<Job> job = read(id);
        if (job.isPresent() && ("queued".equals(job.get().status()) || "running".equals(job.get().status()))
                && !locks.containsKey(id)
                && reap("select id from feed_job where id = ?" + UNFINISHED, id) > 0) {
            return read(id);
        }
        return job;
    }

    private Optional<Job> read(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select id, kind, status, created_at, started_at, finished_at, rows, "
                     + "result::text, problem::text from feed_job where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Job(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class), (Integer) rs.getObject(7),
                        json(rs.getString(8)), json(rs.getString(9))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read feed job " + id, e);
        }
    }

    void onStop(@Observes ShutdownEvent ev) {
        executor.shutdownNow();
    }

    private static JsonNode json(String s) {
        if (s == null) {
            return null;
        }
        try {
            return EventJson.MAPPER.readTree(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update feed job", e);
        }
    }
}
