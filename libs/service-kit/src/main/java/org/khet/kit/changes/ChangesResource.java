package org.khet.kit.changes;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.util.List;

/**
 * {@code GET /v1/changes?after=&limit=}: this service's events in commit order, for systems that cannot
 * consume Kafka. A reader stores {@code next} and asks again with {@code after=next}; nothing is skipped.
 */
@Path("/v1/changes")
@Tag(name = "changes", description = "Change feed: every event of this service in commit order")
public class ChangesResource {
    private final ChangeFeed feed;

    public ChangesResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listChanges", summary = "Events after a position, oldest first (CloudEvents 1.0 JSON)",
            description = "A reader keeps `next` and asks again with `after=next`; nothing is skipped. Filter by areaCode or event type.")
    public ChangeFeed.Page changes(@QueryParam("after") @DefaultValue("0") String after,
                                   @QueryParam("limit") @DefaultValue("100") String limit,
                                   @QueryParam("areaCode") String areaCode,
                                   @QueryParam("type") String type) {
        long from = parse("after", after, 0, Long.MAX_VALUE);
        int max = (int) parse("limit", limit, 1, ChangeFeed.MAX_LIMIT);
        return feed.read(from, max, blankToNull(areaCode), blankToNull(type));
    }

    private static long parse(String name, String value, long min, long max) {
        try {
            long v = Long.parseLong(value.strip());
            if (v < min || v > max) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw ProblemException.validation("query parameter '" + name + "' is not valid",
                    List.of(Problem.FieldError.field(name, "must be a whole number from " + min + " to " + max
                            + ", got '" + value + "'")));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
