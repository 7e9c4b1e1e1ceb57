package org.khet.kit.feed;

import org.khet.contracts.FeedResult;
import org.khet.contracts.FeedWarning;
import org.khet.kit.round.RoundTarget;
import org.khet.kit.security.AccessControl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One kind of feed of any service (enrolment, allocations, projects, test statistics …): its columns, what a feed of
 * it is about, who may send it, how its rows are validated as a whole (every bad cell reported, with database
 * look-ups) and how the validated rows are stored. {@link FeedPipeline} runs every kind the same way.
 *
 * @param <T> the validated content of a feed
 */
public interface FeedKind<T> {
    /** The kind's name, as receipts, jobs and {@link FeedResult#kind()} carry it ({@code enrolment}). */
    String name();

    FeedReader.Columns columns();

    /** What the feed is about, for idempotency by content: "1056020001:2566:1" for one school's round, etc. */
    String scope(List<FeedRow> rows);

    /**
     * Refuses (403) a caller who may not write what the rows are about, on the request's thread before any work
     * (a large feed would otherwise fail later, in its job). Each kind names the org units its rows are about.
     */
    void authorize(List<FeedRow> rows, AccessControl access);

    /** Validates every row; throws a 400 problem listing all bad cells (409 for rows of locked rounds). */
    T validate(List<FeedRow> rows);

    /** Stores validated content in the caller's transaction, with its events; returns what was stored. */
    FeedResult store(T content, String actor);

    /**
     * The figures of validated content that the kind's warning rules find suspicious (they do not reject the feed),
     * each naming the school, row, column, rule and figures. Runs before {@link #store}, on the stored state as it was.
     */
    default List<FeedWarning> warnings(T content) {
        return List.of();
    }

    /**
     * As {@link #warnings(Object)}; {@code kept} false when nobody will read the warnings (the kind has no collection
     * round to keep them with the submissions, and it is no dry run): then only a hard rule's rejection matters, and a
     * kind may skip the rules that can only warn (a national feed's warnings are a hundred thousand messages).
     */
    default List<FeedWarning> warnings(T content, boolean kept) {
        return warnings(content);
    }

    /**
     * The schools' rounds the content submits to, for the kit's collection rounds ({@link org.khet.kit.round.Rounds}):
     * a kind collected in rounds lists one target per school and round; others none.
     */
    default List<RoundTarget> roundTargets(T content) {
        return List.of();
    }

    /** The distinct non-blank values of {@code column}, sorted: the codes the rows name, for {@link #authorize}. */
    static List<String> distinct(List<FeedRow> rows, String column) {
        Set<String> seen = new HashSet<>();
        for (FeedRow r : rows) {
            String v = r.get(column);
            if (v != null) {
                seen.add(v);
            }
        }
        return seen.stream().sorted().toList();
    }

    /** "code:2566:1" for one school's round; each part lists up to 3 distinct values, else says "many". One pass. */
    static String scopeOf(List<FeedRow> rows, String... columns) {
        List<Set<String>> values = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            values.add(new TreeSet<>());
        }
        boolean[] many = new boolean[columns.length];
        for (FeedRow r : rows) {
            for (int i = 0; i < columns.length; i++) {
                if (!many[i]) {
                    String v = r.get(columns[i]);
                    if (v != null && values.get(i).add(v) && values.get(i).size() > 3) {
                        many[i] = true;
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.length; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(many[i] ? "many" : String.join(",", values.get(i)));
        }
        return sb.toString();
    }
}
