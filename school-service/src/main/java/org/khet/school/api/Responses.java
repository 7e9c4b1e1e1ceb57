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


    /** A required year or round query parameter, as a 400 naming it when absent or not a number in range. */
    static int intParam(String name, String value, int min, int max) {
        try {
            int v = Integer.parseInt(value == null ? "" : value.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ProblemException.validation("query parameter '" + name + "' is not valid",
                List.of(Problem.FieldError.field(name, "must be a whole number from " + min + " to " + max + ", got '" + value + "'")));
    }
}
