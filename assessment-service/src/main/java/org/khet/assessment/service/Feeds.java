package org.khet.assessment.service;

import org.khet.assessment.api.FeedResult;
import org.khet.contracts.events.EventJson;
import org.khet.kit.feed.FeedFormat;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedReceipts;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Small helpers shared by this service's feeds. */
final class Feeds {
    private Feeds() {
    }

    /** The earlier answer to this same feed, if it was processed before. */
    static Optional<FeedResult> replay(FeedReceipts receipts, String kind, String scope, String key, String sha) {
        return receipts.find(kind, scope, key, sha).map(r -> {
            try {
                return EventJson.MAPPER.treeToValue(r.result(), FeedResult.class).asReplay(r.id());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Reads one JSON object as a feed of one row, so that a single record passes exactly the validation of a feed
     * row; cell errors are answered as field errors.
     */
    static List<FeedRow> single(byte[] json, FeedReader.Columns columns) {
        String body = new String(json, StandardCharsets.UTF_8).strip();
        if (!body.startsWith("{")) {
            throw new ProblemException(400, "malformed-json", "The body is not valid JSON",
                    "a single record is one JSON object", null);
        }
        try {
            return FeedReader.read(("[" + body + "]").getBytes(StandardCharsets.UTF_8), FeedFormat.JSON, columns);
        } catch (ProblemException e) {
            throw asFields(e);
        }
    }

    static ProblemException asFields(ProblemException e) {
        List<Problem.FieldError> fields = e.errors().stream()
                .map(f -> f.column() != null ? Problem.FieldError.field(f.column(), f.message()) : f).toList();
        String detail = e.getMessage() == null ? null : e.getMessage().replace("in the feed", "in the record");
        return new ProblemException(e.status(), e.slug(), e.title(), detail, fields);
    }
}
