package org.khet.school.rounds;

import org.khet.kit.round.RoundTarget;
import org.khet.school.repository.SchoolFacts.SchoolRef;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The collection-round targets of a school-level feed: one per school, year and round number the feed names. */
public final class SchoolRoundTargets {
    private SchoolRoundTargets() {
    }

    /** A school, year and round number a feed's rows name. */
    public record Key(String schoolCode, int academicYear, int round) {
    }

    /** {@code keys} with each school's area from {@code schools} (the validated feed's registered schools). */
    public static List<RoundTarget> of(Iterable<Key> keys, Map<String, SchoolRef> schools) {
        Set<RoundTarget> out = new LinkedHashSet<>();
        for (Key k : keys) {
            SchoolRef ref = schools.get(k.schoolCode());
            if (ref != null) {
                out.add(new RoundTarget(k.schoolCode(), ref.areaCode(), k.academicYear(), k.round()));
            }
        }
        return List.copyOf(out);
    }
}
