package org.khet.budget.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.khet.kit.etag.ETags;
import org.khet.kit.problem.ProblemException;

import java.util.function.LongConsumer;

/**
 * Conditional requests on versioned resources (allotments, snapshots, the operating plan), decided by JAX-RS
 * ({@link Request#evaluatePreconditions(EntityTag)}) against the version's ETag: a read whose {@code If-None-Match}
 * holds the current tag is a 304; a change whose {@code If-Match} does not hold is a 412 problem, and nothing changes.
 */
final class Conditional {
    private Conditional() {
    }

    /** 200 with the entity and its ETag, or 304 when the client's copy is current. */
    static Response read(Request request, long version, Object entity) {
        EntityTag tag = ETags.of(version);
        Response.ResponseBuilder unmet = request.evaluatePreconditions(tag);
        if (unmet == null) {
            return Response.ok(entity).tag(tag).build();
        }
        Response answer = unmet.tag(tag).build();
        if (answer.getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            throw failed(version);
        }
        return answer;
    }

    /**
     * The check a change runs on the stored version in its own transaction (no other change comes between the check
     * and the write): a 412 problem unless the request's preconditions hold for that version.
     */
    static LongConsumer change(Request request) {
        return version -> {
            if (request.evaluatePreconditions(ETags.of(version)) != null) {
                throw failed(version);
            }
        };
    }

    private static ProblemException failed(long version) {
        return ProblemException.preconditionFailed("the current version is \"" + version
                + "\", which the request's If-Match does not hold; read the resource again");
    }
}
