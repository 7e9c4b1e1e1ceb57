package org.khet.school.service;

import org.khet.contracts.FeedResult;
import org.khet.contracts.events.school.SchoolFactsSubmitted;
import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.outbox.Outbox;
import org.khet.school.repository.SchoolFacts.SchoolRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/** What the school-level feeds share: the school check, duplicates, what they wrote, their answer and events. */
final class SimpleFeeds {
    private SimpleFeeds() {
    }

    /**
     * One unit of facts a feed created or changed — a school's round (enrolment, staffing), a school's year and level
     * (admissions), a school's year and stage (transitions) — as the store's SQL returns it.
     *
     * @param round   the round for staffing and enrolment, else null
     * @param created true when nothing was stored for the unit before, false when the feed changed what was
     */
    record Written(String schoolCode, int academicYear, Integer round, boolean created) {
    }

    /**
     * The schoolCode cell through the one registered-and-open-school check ({@link FeedErrors#registeredOpenSchool}):
     * the code, or null with the error recorded.
     */
    static String school(FeedErrors errors, FeedRow r, Map<String, SchoolRef> schools, String sends) {
        String code = errors.text(r, "schoolCode", true);
        SchoolRef ref = code == null ? null : schools.get(code);
        return errors.registeredOpenSchool(r, "schoolCode", code, ref == null ? null : ref.status(), sends) ? code : null;
    }

    /** Records {@code key} as seen at this row; false (with an error on {@code column}) when an earlier row had it. */
    static boolean firstOf(FeedErrors errors, FeedRow r, Map<String, Integer> seen, String key, String column, String what) {
        Integer first = seen.putIfAbsent(key, r.row());
        if (first != null) {
            errors.add(r.row(), column, "duplicate row: " + what + " is already in row " + first);
            return false;
        }
        return true;
    }

    /**
     * The feed's answer: of its {@code units}, those {@code written} were created or updated and the others were sent
     * with the facts already stored; the areas and years are those of every row, changed or not.
     */
    static FeedResult result(String kind, int rows, int units, List<Written> written, Map<String, SchoolRef> schools,
                             List<String> schoolCodes, List<Integer> years) {
        int created = (int) written.stream().filter(Written::created).count();
        TreeSet<String> areas = new TreeSet<>();
        schoolCodes.forEach(code -> areas.add(schools.get(code).areaCode()));
        return FeedResult.of(kind, rows, created, written.size() - created, units - written.size(), List.copyOf(areas),
                List.copyOf(new TreeSet<>(years)));
    }

    /**
     * One event per area, year and round naming the schools whose facts the feed created or changed; units sent again
     * unchanged publish nothing.
     *
     * @param rowsOf how many rows of the feed a written unit had
     */
    static void publish(Outbox outbox, String type, String aggregate, Map<String, SchoolRef> schools,
                        List<Written> written, ToIntFunction<Written> rowsOf, String actor) {
        record Key(String area, int year, Integer round) {
        }
        Map<Key, TreeSet<String>> changed = new TreeMap<>(Comparator.comparing(Key::area).thenComparingInt(Key::year)
                .thenComparing(Key::round, Comparator.nullsFirst(Comparator.naturalOrder())));
        Map<Key, Integer> rows = new HashMap<>();
        for (Written w : written) {
            Key k = new Key(schools.get(w.schoolCode()).areaCode(), w.academicYear(), w.round());
            changed.computeIfAbsent(k, x -> new TreeSet<>()).add(w.schoolCode());
            rows.merge(k, rowsOf.applyAsInt(w), Integer::sum);
        }
        changed.forEach((k, codes) -> outbox.publish(type, Outbox.Subject.of(aggregate, k.area()).area(k.area())
                        .academicYear(k.year()),
                new SchoolFactsSubmitted(k.area(), k.year(), k.round(), new ArrayList<>(codes), Objects.requireNonNull(rows.get(k))),
                actor));
    }
}
