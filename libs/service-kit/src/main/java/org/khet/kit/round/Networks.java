package org.khet.kit.round;

import java.util.List;
import java.util.Map;

/**
 * The school networks (กลุ่มเครือข่าย) a service knows, for a round's completeness per network
 * ({@link DirectoryCompleteness}): a service that keeps them (school-service owns them, assessment-service replicates
 * them from {@code school.NetworkChanged.v1}) declares one bean; without one, completeness has no networks.
 */
public interface Networks {

    /**
     * @param bySchool the codes of the networks each school belongs to, by school code
     * @param names    the networks' Thai names, by code
     */
    record Memberships(Map<String, List<String>> bySchool, Map<String, String> names) {
        public static final Memberships NONE = new Memberships(Map.of(), Map.of());
    }

    /** The memberships of an academic year (a membership is bounded by academic years). */
    Memberships of(int academicYear);
}
