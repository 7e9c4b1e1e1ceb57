package org.khet.assessment.api;

import java.util.UUID;

/**
 * What a feed did: rows read, how many were new, changed or already stored as sent. {@code replayed} is true
 * when the same feed (same Idempotency-Key, or same content in the same scope) was processed before: nothing
 * was stored again and the first answer is returned.
 */
public record FeedResult(UUID receiptId, String kind, int rows, int inserted, int updated, int unchanged, int events,
                         boolean replayed) {

    public FeedResult asReplay(UUID receiptId) {
        return new FeedResult(receiptId, kind, rows, inserted, updated, unchanged, events, true);
    }
}
