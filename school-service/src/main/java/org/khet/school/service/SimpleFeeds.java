package org.khet.school.service;

import org.khet.contracts.events.school.SchoolFactsSubmitted;
import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.outbox.Outbox;
import org.khet.school.domain.Codes;
import org.khet.school.repository.SchoolFacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the staffing, admissions and transitions feeds share: the school check, duplicates, per-area events. */
final class SimpleFeeds {
    private SimpleFeeds() {
    }

    /** Checks the schoolCode cell: format, registered, open. Returns the code or null (error recorded). */
    static String school(FeedErrors errors, FeedRow r, Map<String, SchoolFacts.SchoolRef> schools) {
        String school = errors.text(r, "schoolCode", true);
        if (school == null) {
            return null;
        }
        if (!Codes.SCHOOL.matcher(school).matches()) {
            errors.add(r.row(), "schoolCode", "must be an OBEC school code of 8 or 10 digits, got '" + school + "'");
            return null;
        }
        if (!schools.containsKey(school)) {
            errors.add(r.row(), "schoolCode", "no school " + school + " is registered");
            return null;
        }
        return school;
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

    /** One event per area and year naming the schools the feed changed. */
    static List<String> publish(Outbox outbox, String type, String aggregate, Map<String, SchoolFacts.SchoolRef> schools,
                                List<String> schoolCodes, List<Integer> yearsOfRows, Integer round, String actor,
                                TreeSet<Integer> years) {
        Map<String, Map<Integer, TreeSet<String>>> byArea = new TreeMap<>();
        Map<String, Map<Integer, Integer>> rowsBy = new HashMap<>();
        for (int i = 0; i < schoolCodes.size(); i++) {
            String area = schools.get(schoolCodes.get(i)).areaCode();
            int year = yearsOfRows.get(i);
            byArea.computeIfAbsent(area, a -> new TreeMap<>()).computeIfAbsent(year, y -> new TreeSet<>()).add(schoolCodes.get(i));
            rowsBy.computeIfAbsent(area, a -> new HashMap<>()).merge(year, 1, Integer::sum);
        }
        for (var a : byArea.entrySet()) {
            for (var y : a.getValue().entrySet()) {
                years.add(y.getKey());
                outbox.publish(type, Outbox.Subject.of(aggregate, a.getKey()).area(a.getKey()).academicYear(y.getKey()),
                        new SchoolFactsSubmitted(a.getKey(), y.getKey(), round, new ArrayList<>(y.getValue()),
                                rowsBy.get(a.getKey()).get(y.getKey())), actor);
            }
        }
        return List.copyOf(byArea.keySet());
    }
}
