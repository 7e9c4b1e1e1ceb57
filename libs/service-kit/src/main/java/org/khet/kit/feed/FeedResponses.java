package org.khet.kit.feed;

import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Map;

/** How every feed endpoint answers: 200 with the {@link org.khet.contracts.FeedResult}, or 202 with the job's address. */
public final class FeedResponses {
    private FeedResponses() {
    }

    /** Takes a feed through {@code pipeline} as the endpoint received it and answers it. */
    public static Response accept(FeedPipeline pipeline, FeedKind<?> kind, byte[] body, String format,
                                  String contentType, String idempotencyKey, String prefer) {
        return of(pipeline.accept(kind, body, format, contentType, idempotencyKey, respondAsync(prefer)));
    }

    /**
     * As {@link #accept}, or with {@code dryRun} a dry run: 200 with the {@link org.khet.contracts.FeedPreview}
     * (the same errors, the warnings, what would be created / updated / unchanged), nothing stored or published.
     */
    public static Response accept(FeedPipeline pipeline, FeedKind<?> kind, byte[] body, String format,
                                  String contentType, String idempotencyKey, String prefer, boolean dryRun) {
        if (dryRun) {
            return Response.ok(pipeline.preview(kind, body, format, contentType)).build();
        }
        return accept(pipeline, kind, body, format, contentType, idempotencyKey, prefer);
    }

    public static Response of(FeedPipeline.Outcome o) {
        if (o.jobId() != null) {
            return Response.accepted(Map.of("jobId", o.jobId(), "status", "queued"))
                    .location(URI.create("/v1/feed-jobs/" + o.jobId())).build();
        }
        return Response.ok(o.result()).build();
    }

    /** {@code Prefer: respond-async} (RFC 7240) asks for a job whatever the feed's size. */
    public static boolean respondAsync(String prefer) {
        return prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async");
    }
}
