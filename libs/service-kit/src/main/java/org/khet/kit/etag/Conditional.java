package org.khet.kit.etag;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.khet.kit.problem.ProblemException;

import java.util.function.LongConsumer;

/**
 * Conditional requests on versioned resources, decided by JAX-RS ({@link Request#evaluatePreconditions(EntityTag)},
 * RFC 9110's rules for If-Match and If-None-Match) against the version's ETag ({@link ETags#of}), the one way every
 * service answers them: a read whose {@code If-None-Match} holds the current tag is a 304; a request whose
 * {@code If-Match} does not hold is a 412 problem, and nothing changes.
 */
public final class Conditional {
    private Conditional() {
    }

    /** 200 with {@code entity} and the ETag of {@code version}, or 304 when the client's copy is current. */
    public static Response read(Request request, long version, Object entity) {
        return read(request, ETags.of(version), entity).build();
    }

    /**
     * 200 with {@code entity} and {@code tag}, or 304 (with the tag) when the request's If-None-Match names it; a 412
     * problem when its If-Match does not. A builder, for answers that add a content type or cache headers.
     */
    public static Response.ResponseBuilder read(Request request, EntityTag tag, Object entity) {
        Response.ResponseBuilder unmet = request.evaluatePreconditions(tag);
        if (unmet == null) {
            return Response.ok(entity).tag(tag);
        }
        if (unmet.build().getStatus() == Response.Status.NOT_MODIFIED.getStatusCode()) {
            return unmet.tag(tag);
        }
        throw failed(tag);
    }

    /**
     * The check a change runs on the stored version inside its own transaction (so that no other change comes between
     * the check and the write): nothing when the request is unconditional or its If-Match names that version, else a
     * 412 problem.
     */
    public static LongConsumer change(Request request) {
        return change(request, null);
    }

    /** As {@link #change(Request)}, the problem naming the request's {@code If-Match} beside the current version. */
    public static LongConsumer change(Request request, String ifMatch) {
        return version -> {
            EntityTag current = ETags.of(version);
            if (request.evaluatePreconditions(current) != null) {
                throw failed(current, ifMatch);
            }
        };
    }

    private static ProblemException failed(EntityTag current) {
        return failed(current, null);
    }

    private static ProblemException failed(EntityTag current, String ifMatch) {
        return ProblemException.preconditionFailed((ifMatch == null ? "the request's If-Match" : "If-Match " + ifMatch)
                + " does not name the current version \"" + current.getValue() + "\"; read the resource again");
    }
}
