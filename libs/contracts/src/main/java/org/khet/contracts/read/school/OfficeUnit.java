package org.khet.contracts.read.school;

import java.util.List;

/**
 * A unit of an area office (กลุ่ม/หน่วย): the director's office, the deputies, a group or the internal-audit unit.
 *
 * @param code         the unit's code within its area ({@code policy-planning})
 * @param kind         {@code executive}, {@code group} or {@code unit}
 * @param directorName who heads it, as the report prints it
 * @param sortOrder    its place in the report's lists
 * @param holders      everyone who holds it, in the office's order (the deputies' unit has three), the director first;
 *                     empty when nobody is named
 */
public record OfficeUnit(String code, String nameTh, String kind, String directorName, int sortOrder,
                         List<String> holders) {

    /** A unit its director alone holds. */
    public OfficeUnit(String code, String nameTh, String kind, String directorName, int sortOrder) {
        this(code, nameTh, kind, directorName, sortOrder, directorName == null ? List.of() : List.of(directorName));
    }
}
