package org.khet.school.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.events.EventJson;
import org.khet.kit.feed.FeedFormat;
import org.khet.kit.feed.FeedJobs;
import org.khet.kit.feed.FeedReceipts;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.security.AccessControl;
import org.khet.school.config.SchoolConfig;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Accepts a feed file: reads it (a file that cannot be read, or a wrong header, is a 400 at once), answers a feed
 * seen before with its first result (nothing changes), and otherwise validates the whole feed and stores it in one
 * transaction — in the request for small feeds, as a background job for large ones (202, /v1/feed-jobs/{id}).
 */
@ApplicationScoped
public class FeedService {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(FeedService.class);
    private final FeedReceipts receipts;
    private final FeedJobs jobs;
    private final AccessControl access;
    private final SchoolConfig config;

    public FeedService(FeedReceipts receipts, FeedJobs jobs, AccessControl access, SchoolConfig config) {
        this.receipts = receipts;
        this.jobs = jobs;
        this.access = access;
        this.config = config;
    }

    /** The answer: a result (stored now, or replayed from the receipt), or the job that will store it. */
    public record Outcome(FeedKind.FeedResult result, ObjectNode replayed, UUID jobId) {
    }

    public <T> Outcome accept(FeedKind<T> kind, byte[] body, String formatParam, String contentType,
                              String idempotencyKey, boolean preferAsync) {
        long t0 = System.nanoTime();
        FeedFormat format = FeedFormat.of(formatParam, contentType);
        List<FeedRow> rows = FastCsv.read(body, format, kind.columns());
        LOG.infof("%s feed: %d rows read in %d ms", kind.name(), rows.size(), (System.nanoTime() - t0) / 1_000_000);
        if (rows.isEmpty()) {
            throw org.khet.kit.problem.ProblemException.badRequest("the feed has a header but no rows; nothing was stored");
        }
        kind.authorize(rows, access);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        String sha = FeedReceipts.sha256(body);
        String scope = kind.scope(rows);
        Optional<FeedReceipts.Receipt> seen = receipts.find(kind.name(), scope, key, sha);
        if (seen.isPresent()) {
            ObjectNode result = seen.get().result().deepCopy();
            result.put("replayed", true);
            return new Outcome(null, result, null);
        }
        String actor = access.actor();
        if (preferAsync || rows.size() > config.feed().asyncRows()) {
            UUID job = jobs.submit(kind.name(), rows.size(), () -> process(kind, rows, scope, key, sha, actor));
            return new Outcome(null, null, job);
        }
        return new Outcome(process(kind, rows, scope, key, sha, actor), null, null);
    }

    private <T> FeedKind.FeedResult process(FeedKind<T> kind, List<FeedRow> rows, String scope, String key, String sha,
                                            String actor) {
        long start = System.nanoTime();
        FeedKind.FeedResult stored = QuarkusTransaction.requiringNew().timeout(1800).call(() -> {
            long t0 = System.nanoTime();
            T content = kind.validate(rows);
            long t1 = System.nanoTime();
            FeedKind.FeedResult result = kind.store(content, actor);
            receipts.record(kind.name(), scope, key, sha, rows.size(), result);
            LOG.infof("%s feed: %d rows validated in %d ms, stored in %d ms", kind.name(), rows.size(),
                    (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
            return result;
        });
        LOG.infof("%s feed: %d rows committed %d ms after validation began", kind.name(), rows.size(),
                (System.nanoTime() - start) / 1_000_000);
        return stored;
    }

    static ObjectNode json(Object o) {
        return EventJson.MAPPER.valueToTree(o);
    }
}
