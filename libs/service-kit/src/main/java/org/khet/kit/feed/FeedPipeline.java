package org.khet.kit.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.khet.kit.config.KhetConfig;
import org.jboss.logging.Logger;
import org.khet.contracts.FeedPreview;
import org.khet.contracts.FeedResult;
import org.khet.contracts.FeedWarning;
import org.khet.kit.round.RoundTarget;
import org.khet.kit.round.Rounds;
import org.khet.contracts.events.EventJson;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way every service takes a feed file, whatever its kind:
 * <ol>
 *   <li>read it whole ({@link FeedReader}: a file that cannot be read, or a wrong header, is a 400 at once);</li>
 *   <li>authorize the caller for every org unit the rows name (403 before any work);</li>
 *   <li>answer a feed seen before with its first result, {@code replayed} true, changing nothing ({@link FeedReceipts});</li>
 *   <li>validate the whole feed and store it with its receipt in one transaction — in the request for small feeds,
 *       as a background job for large ones or when the sender prefers it (202, {@code /v1/feed-jobs/{id}}); the
 *       schools' submissions to their collection rounds move in the same transaction ({@link Rounds}), a round that
 *       does not take them refusing the feed whole (409).</li>
 * </ol>
 * A feed that fails validation stores nothing: the kind throws before it stores, and the transaction is rolled back.
 * A dry run ({@link #preview}) does all of it, in the request, and rolls the transaction back at the end: the same
 * errors, the warnings and what would be created / updated / unchanged, with nothing stored and nothing published
 * (the outbox rows go with the rollback).
 */
@ApplicationScoped
public class FeedPipeline {
    private static final Logger LOG = Logger.getLogger(FeedPipeline.class);

    private final FeedReceipts receipts;
    private final FeedJobs jobs;
    private final AccessControl access;
    private final Rounds rounds;
    private final int asyncRows;

    public FeedPipeline(FeedReceipts receipts, FeedJobs jobs, AccessControl access, Rounds rounds, KhetConfig config) {
        this.receipts = receipts;
        this.jobs = jobs;
        this.access = access;
        this.rounds = rounds;
        this.asyncRows = config.feed().asyncRows();
    }

    /** The answer: a result (stored now, or replayed from the receipt), or the job that will store it. */
    public record Outcome(FeedResult result, UUID jobId) {
    }

    public <T> Outcome accept(FeedKind<T> kind, byte[] body, String formatParam, String contentType,
                              String idempotencyKey, boolean preferAsync) {
        FeedPhases phases = new FeedPhases();
        List<FeedRow> rows = readAuthorized(kind, body, formatParam, contentType, phases);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        String sha = FeedReceipts.sha256(body);
        String scope = kind.scope(rows);
        Optional<FeedReceipts.Receipt> seen = receipts.find(kind.name(), scope, key, sha);
        phases.lap("receipt-lookup");
        if (seen.isPresent()) {
            return new Outcome(replayed(seen.get()), null);
        }
        String actor = access.actor();
        if (preferAsync || rows.size() > asyncRows) {
            UUID job = jobs.submit(kind.name(), rows.size(), () -> process(kind, rows, scope, key, sha, actor, phases));
            return new Outcome(null, job);
        }
        return new Outcome(process(kind, rows, scope, key, sha, actor, phases), null);
    }

    /**
     * A dry run: reads, authorizes, validates and stores the feed as {@link #accept} would, in the request whatever
     * its size, then rolls everything back. Answers what it would have stored (no receipt) and the warnings.
     */
    public <T> FeedPreview preview(FeedKind<T> kind, byte[] body, String formatParam, String contentType) {
        List<FeedRow> rows = readAuthorized(kind, body, formatParam, contentType, new FeedPhases());
        String actor = access.actor();
        try {
            QuarkusTransaction.requiringNew().timeout(1800).run(() -> {
                T content = kind.validate(rows);
                List<FeedWarning> warnings = kind.warnings(content, true);
                List<Rounds.Resolved> resolved = rounds.resolve(kind.name(), () -> kind.roundTargets(content));
                FeedResult result = kind.store(content, actor);
                rounds.submitted(resolved, bySchool(warnings), null);
                throw new DryRun(new FeedPreview(true, result, warnings));
            });
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DryRun d) {
                    return d.preview;
                }
            }
            throw e;
        }
        throw new IllegalStateException("a dry run ended without its preview");
    }

    /** Carries a dry run's answer out of its transaction, which the exception rolls back. */
    private static final class DryRun extends RuntimeException {
        private final transient FeedPreview preview;

        DryRun(FeedPreview preview) {
            super(null, null, false, false);
            this.preview = preview;
        }
    }

    private <T> List<FeedRow> readAuthorized(FeedKind<T> kind, byte[] body, String formatParam, String contentType,
                                             FeedPhases phases) {
        FeedFormat format = FeedFormat.of(formatParam, contentType);
        List<FeedRow> rows = FeedReader.read(body, format, kind.columns());
        phases.lap("read");
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("the feed has a header but no rows; nothing was stored");
        }
        kind.authorize(rows, access);
        phases.lap("authorize");
        return rows;
    }

    private static Map<String, List<FeedWarning>> bySchool(List<FeedWarning> warnings) {
        Map<String, List<FeedWarning>> out = new LinkedHashMap<>();
        for (FeedWarning w : warnings) {
            out.computeIfAbsent(w.schoolCode(), k -> new java.util.ArrayList<>()).add(w);
        }
        return out;
    }

    private static FeedResult replayed(FeedReceipts.Receipt receipt) {
        FeedResult first = EventJson.MAPPER.convertValue(receipt.result(), FeedResult.class);
        return first.withReceipt(receipt.id()).asReplayed();
    }

    private <T> FeedResult process(FeedKind<T> kind, List<FeedRow> rows, String scope, String key, String sha,
                                   String actor, FeedPhases before) {
        FeedPhases phases = new FeedPhases();
        FeedResult stored = QuarkusTransaction.requiringNew().timeout(1800).call(() -> {
            phases.lap("begin");
            Optional<FeedReceipts.Receipt> meanwhile = receipts.awaitAndFind(kind.name(), scope, key, sha);
            if (meanwhile.isPresent()) {
                return replayed(meanwhile.get());   // the same feed, stored by a request that ended while we waited
            }
            phases.lap("same-feed-wait");
            T content = kind.validate(rows);
            phases.lap("validate");
            List<FeedWarning> warnings = kind.warnings(content, rounds.collects(kind.name()));
            phases.lap("warnings");
            List<Rounds.Resolved> resolved = rounds.resolve(kind.name(), () -> kind.roundTargets(content));
            phases.lap("rounds");
            FeedResult result = kind.store(content, actor).withReceipt(UUID.randomUUID());
            phases.lap("store");
            receipts.record(result.receiptId(), kind.name(), scope, key, sha, rows.size(), result);
            rounds.submitted(resolved, bySchool(warnings), result.receiptId());
            phases.lap("receipt+submissions");
            return result;
        });
        phases.lap("commit");
        LOG.infof("%s feed: %d rows: %s", kind.name(), rows.size(), phases.after(before));
        return stored;
    }
}
