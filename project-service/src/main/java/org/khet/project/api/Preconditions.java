package org.khet.project.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.khet.kit.etag.ETags;
import org.khet.kit.problem.ProblemException;

import java.util.function.LongConsumer;

/**
 * Conditional requests, decided by JAX-RS's {@link Request#evaluatePreconditions(EntityTag)} (RFC 9110's rules for
 * If-Match and If-None-Match): a read answers 304 when the client's copy is current, a change is refused with a 412
 * problem when the client's If-Match names another version than the stored one.
 */
final class Preconditions {
    private Preconditions() {
    }

    /** 200 with {@code entity} and {@code tag}, or 304 when the request's If-None-Match names {@code tag}. */
    static Response.ResponseBuilder read(Request request, Object entity, EntityTag tag) {
        Response.ResponseBuilder unmodified = request.evaluatePreconditions(tag);
        if (unmodified == null) {
            return Response.ok(entity).tag(tag);
        }
        if (unmodified.build().getStatus() == Response.Status.NOT_MODIFIED.getStatusCode()) {
            return unmodified.tag(tag);
        }
        throw stale(null, tag);
    }

    /**
     * The check a change runs on the version it loaded, in its transaction: nothing when the request is
     * unconditional or its If-Match names that version, else a 412 problem.
     *
     * @param ifMatch the request's If-Match, for the problem's message
     */
    static LongConsumer ifMatch(Request request, String ifMatch) {
        return version -> {
            EntityTag current = ETags.of(version);
            if (request.evaluatePreconditions(current) != null) {
                throw stale(ifMatch, current);
            }
        };
    }

    private static ProblemException stale(String ifMatch, EntityTag current) {
        return ProblemException.preconditionFailed((ifMatch == null ? "the request's precondition" : "If-Match " + ifMatch)
                + " does not match the current version " + current + "; read the resource again");
    }
}
