package org.khet.school.api;

import jakarta.ws.rs.core.Response;
import org.khet.school.service.FeedKind;
import org.khet.school.service.FeedService;

/** The one way every feed endpoint takes a file: body, format, Idempotency-Key and Prefer: respond-async. */
final class FeedEndpoint {
    private FeedEndpoint() {
    }

    static Response accept(FeedService feeds, FeedKind<?> kind, byte[] body, String format, String contentType,
                           String idempotencyKey, String prefer) {
        return Responses.feed(feeds.accept(kind, body, format, contentType, idempotencyKey, Responses.respondAsync(prefer)));
    }
}
