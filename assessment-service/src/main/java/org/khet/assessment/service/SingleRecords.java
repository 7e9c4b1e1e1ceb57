package org.khet.assessment.service;

import org.khet.contracts.FeedWarning;
import org.khet.kit.round.Rounds;
import java.util.stream.Collectors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.khet.contracts.FeedResult;
import org.khet.kit.feed.FeedFormat;
import org.khet.kit.feed.FeedKind;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One record sent as a JSON object with a feed's column names ({@code POST /v1/test-statistics}): read as a feed of
 * one row, so that it passes exactly the checks of a feed row (the kind's {@code authorize}, {@code validate} and
 * {@code store}), and answered by field instead of row and column. A single record has no receipt: sent again, it
 * is answered as unchanged. A school's record submits to the school's collection round like a feed's row.
 */
@ApplicationScoped
public class SingleRecords {
    private final AccessControl access;
    private final Rounds rounds;

    public SingleRecords(AccessControl access, Rounds rounds) {
        this.access = access;
        this.rounds = rounds;
    }

    @Transactional
    public <T> FeedResult store(FeedKind<T> kind, byte[] json) {
        String body = new String(json, StandardCharsets.UTF_8).strip();
        if (!body.startsWith("{")) {
            throw new ProblemException(400, "malformed-json", "The body is not valid JSON",
                    "a single record is one JSON object", null);
        }
        T content;
        try {
            List<FeedRow> rows = FeedReader.read(("[" + body + "]").getBytes(StandardCharsets.UTF_8), FeedFormat.JSON,
                    kind.columns());
            kind.authorize(rows, access);
            content = kind.validate(rows);
        } catch (ProblemException e) {
            throw byField(e);
        }
        // a school's record submits to its collection round as a feed's row would (no receipt: it has none)
        List<FeedWarning> warnings = kind.warnings(content);
        List<Rounds.Resolved> resolved = rounds.resolve(kind.name(), kind.roundTargets(content));
        FeedResult result = kind.store(content, access.actor());
        rounds.submitted(resolved, warnings.stream().collect(Collectors.groupingBy(FeedWarning::schoolCode)), null);
        return result;
    }

    /** 201 when the record was new, else 200 (changed, or sent again as stored). */
    public static Response answer(FeedResult result) {
        return Response.status(result.created() > 0 ? 201 : 200).entity(result).build();
    }

    private static ProblemException byField(ProblemException e) {
        List<Problem.FieldError> fields = e.errors().stream()
                .map(f -> f.column() != null ? Problem.FieldError.field(f.column(), f.message()) : f).toList();
        String detail = e.getMessage() == null ? null : e.getMessage().replace("in the feed", "in the record");
        return new ProblemException(e.status(), e.slug(), e.title(), detail, fields);
    }
}
