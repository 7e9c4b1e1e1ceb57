package org.khet.school.api;

import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.khet.kit.etag.Conditional;
import org.khet.kit.etag.ETags;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.school.service.Versioned;

import java.net.URI;
import java.util.List;

/**
 * How resources answer versioned resources: the ETag of the version (the kit's {@link ETags#of}), and the conditional
 * headers evaluated by the kit's {@link Conditional} rather than parsed by hand.
 */
public final class Responses {
    private Responses() {
    }

    /** A read (the kit's {@link Conditional}): 304 when the request's If-None-Match names this version, else 200. */
    static <T> Response read(Request request, Versioned<T> v) {
        return Conditional.read(request, v.version(), v.value());
    }

    /** A write's answer: 201 with its location when it created the resource, else 200; with the ETag written. */
    static <T> Response written(Versioned<T> v, String location) {
        Response.ResponseBuilder b = v.created() ? Response.created(URI.create(location)) : Response.ok();
        return b.entity(v.value()).tag(ETags.of(v.version())).build();
    }


    /**
     * The one check of a round parameter (1 = 10 June, 2 = 10 November): a 400 naming it unless it is a whole number
     * from 1 to {@code max}. It arrives as text because Quarkus REST answers a bare 404 to an {@code int} path or
     * query parameter that is not a number.
     */
    public static int round(String value, int max) {
        List<Problem.FieldError> errors = new java.util.ArrayList<>();
        int round = round(value, max, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation("parameter 'round' is not valid", errors);
        }
        return round;
    }

    /** As {@link #round(String, int)}, the error added to {@code errors} (and -1 answered) for a check of several parameters. */
    public static int round(String value, int max, List<Problem.FieldError> errors) {
        try {
            int round = Integer.parseInt(value.strip());
            if (round >= 1 && round <= max) {
                return round;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        errors.add(Problem.FieldError.field("round", "must be a round from 1 to " + max + ", got '" + value + "'"));
        return -1;
    }
}
