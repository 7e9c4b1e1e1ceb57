package org.khet.school.service;

import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;

import java.util.List;

/**
 * One kind of feed (enrolment, staffing, admissions, transitions): its columns, how its rows are validated as a
 * whole (every bad cell reported, with database look-ups), and how the validated rows are stored.
 *
 * @param <T> the validated content of a feed
 */
public interface FeedKind<T> {
    String name();

    FeedReader.Columns columns();

    /** What the feed is about, for idempotency by content: "1056020001:2566:1" for one school's round, etc. */
    String scope(List<FeedRow> rows);

    /**
     * Refuses (403) a caller who may not write what the rows are about, on the request's thread before any work
     * (a large feed would otherwise fail later, in its job): by default the schools the rows name.
     */
    default void authorize(List<FeedRow> rows, org.khet.kit.security.AccessControl access) {
        for (String school : distinct(rows, "schoolCode")) {
            if (org.khet.school.domain.Codes.isSchool(school)) {
                access.requireWrite(school);
            }
        }
    }

    /** Validates every row; throws a 400 problem listing all bad cells, or 409 for rows of locked rounds. */
    T validate(List<FeedRow> rows);

    /** Stores validated content in the caller's transaction, with its events; returns what was stored. */
    FeedResult store(T content, String actor);

    /** What a feed stored, as answered to the sender (and kept on its receipt for a re-send). */
    record FeedResult(String kind, int rows, int schools, List<String> areaCodes, List<Integer> academicYears,
                      boolean replayed) {
    }

    /** Codes of the schools the raw rows name, for the authorization check before any work. */
    static List<String> distinct(List<FeedRow> rows, String column) {
        java.util.Set<String> seen = new java.util.HashSet<>();
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
        List<java.util.Set<String>> values = new java.util.ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            values.add(new java.util.TreeSet<>());
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
