package org.khet.kit.feed;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What every feed endpoint of every service reads besides its body, documented once: a resource takes it as
 * {@code @BeanParam FeedRequest request} and answers {@code request.accept(pipeline, kind, body)}.
 */
public class FeedRequest {
    @Parameter(description = "csv, xlsx or json when the Content-Type does not say")
    @QueryParam("format")
    String format;

    /** OpenAPI ignores a Content-Type header parameter: the request body's media types say it. */
    @Parameter(hidden = true)
    @HeaderParam("Content-Type")
    String contentType;

    @Parameter(description = "Makes a re-send harmless: the same key answers the first result")
    @HeaderParam("Idempotency-Key")
    String idempotencyKey;

    @Parameter(description = "respond-async runs the feed as a job whatever its size")
    @HeaderParam("Prefer")
    String prefer;

    @Parameter(description = "true: validate and preview only. The answer is a FeedPreview (dryRun, result: what "
            + "would be created, updated and unchanged, warnings) with the same errors as a real send; nothing is "
            + "stored or published, always in the request")
    @QueryParam("dryRun")
    boolean dryRun;

    /** Takes {@code body} through the kit's feed pipeline as {@code kind} and answers it (200, 202, or a dry run's 200). */
    public Response accept(FeedPipeline pipeline, FeedKind<?> kind, byte[] body) {
        return FeedResponses.accept(pipeline, kind, body, format, contentType, idempotencyKey, prefer, dryRun);
    }
}
