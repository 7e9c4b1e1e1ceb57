package org.khet.school.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.HttpHeaders;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.school.service.OrgService;

import java.net.URI;
import java.util.List;

/** How resources answer: versioned resources with their ETag, feeds with their result or their job. */
final class Responses {
    private Responses() {
    }

    static <T> Response versioned(OrgService.Versioned<T> v, String location) {
        Response.ResponseBuilder b = v.created() ? Response.created(URI.create(location)) : Response.ok();
        return b.entity(v.value()).header(HttpHeaders.ETAG, etag(v.version())).build();
    }

    /**
     * The strong ETag of a version, as {@code ETags.of} makes it; written as a header string because loading
     * {@code jakarta.ws.rs.core.EntityTag} can fail under the test class loader of Quarkus 3.33 (RuntimeDelegate
     * "not a subtype"), answering a 500.
     */
    static String etag(long version) {
        return "\"" + version + "\"";
    }


    /**
     * The one check of a round parameter (1 = 10 June, 2 = 10 November): a 400 naming it unless it is a whole number
     * from 1 to {@code max}. It arrives as text because Quarkus REST answers a bare 404 to an {@code int} path or
     * query parameter that is not a number.
     */
    static int round(String value, int max) {
        try {
            int round = Integer.parseInt(value.strip());
            if (round >= 1 && round <= max) {
                return round;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.validation("parameter 'round' is not valid",
                List.of(Problem.FieldError.field("round", "must be a round from 1 to " + max + ", got '" + value + "'")));
    }
}
