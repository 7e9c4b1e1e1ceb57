package org.khet.kit.feed;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
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
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs large feeds (a whole area, or OBEC sending all areas) in the background: the request is answered
 * {@code 202 Accepted} with the job's address, and the sender polls {@code GET /v1/feed-jobs/{id}}. The work
 * itself runs its own transaction, so a failed job stores nothing, and its problem is kept on the job.
 */
@ApplicationScoped
public class FeedJobs {
    private static final Logger LOG = Logger.getLogger(FeedJobs.class);

    private final AgroalDataSource dataSource;
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

    /** Queues {@code work} (which must open and commit its own transaction) and returns the job id. */
    /** Queues {@code work}; it runs as the submitting request's caller (see {@link CurrentCaller#carried}). */
    public UUID submit(String kind, int rows, Supplier<Object> work) {
        UUID id = UUID.randomUUID();
        update("insert into feed_job (id, kind, status, rows) values (?, ?, 'queued', ?)", id, kind, rows);
        Supplier<Object> asCaller = io.quarkus.arc.Arc.container().requestContext().isActive()
                ? io.quarkus.arc.Arc.container().instance(CurrentCaller.class).get().carried(work) : work;
        executor.submit(() -> run(id, asCaller));
        return id;
    }

    private void run(UUID id, Supplier<Object> work) {
        update("update feed_job set status = 'running', started_at = now() where id = ?", id);
        try {
            Object result = work.get();
            update("update feed_job set status = 'succeeded', finished_at = now(), result = cast(? as jsonb) where id = ?",
                    EventJson.write(result), id);
        } catch (ProblemException e) {
            update("update feed_job set status = 'failed', finished_at = now(), problem = cast(? as jsonb) where id = ?",
                    EventJson.write(e.toProblem("/v1/feed-jobs/" + id)), id);
        } catch (RuntimeException e) {
            LOG.error("feed job " + id + " failed", e);
            Problem p = new Problem(Problem.type("internal"), "Internal error", 500,
                    "the feed could not be processed; the error was logged", "/v1/feed-jobs/" + id, null);
            update("update feed_job set status = 'failed', finished_at = now(), problem = cast(? as jsonb) where id = ?",
                    EventJson.write(p), id);
        }
    }

    public Optional<Job> find(UUID id) {
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

    private void update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update feed job", e);
        }
    }
}
