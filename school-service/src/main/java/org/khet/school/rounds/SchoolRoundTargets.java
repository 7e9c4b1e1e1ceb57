package org.khet.school.rounds;

import org.khet.kit.round.RoundTarget;
import org.khet.school.repository.SchoolFacts.SchoolRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The collection-round targets of a school-level feed: one per school, year and round number the feed names, with
 * the figures it sends for each (for the audit trail).
 */
public final class SchoolRoundTargets {
    private final Map<String, SchoolRef> schools;
    private final boolean whole;
    private final Map<Key, TreeMap<String, String>> figures = new LinkedHashMap<>();

    private record Key(String schoolCode, int academicYear, int round) {
    }

    /**
     * @param schools the validated feed's registered schools (their areas)
     * @param whole   whether the feed replaces a school's round whole
     */
    public SchoolRoundTargets(Map<String, SchoolRef> schools, boolean whole) {
        this.schools = schools;
        this.whole = whole;
    }

    /** A figure the feed sends: {@code name} such as {@code P1.boys}; a null value is not sent. */
    public SchoolRoundTargets figure(String school, int year, int round, String name, Object value) {
        TreeMap<String, String> f = figures.computeIfAbsent(new Key(school, year, round), k -> new TreeMap<>());
        if (value != null) {
            f.put(name, value.toString());
        }
        return this;
    }

    public List<RoundTarget> build() {
        List<RoundTarget> out = new ArrayList<>(figures.size());
        figures.forEach((k, f) -> {
            SchoolRef ref = schools.get(k.schoolCode());
            if (ref != null) {
                out.add(new RoundTarget(k.schoolCode(), ref.areaCode(), k.academicYear(), k.round(), f, whole));
            }
        });
        return out;
    }
}
