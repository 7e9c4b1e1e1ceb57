package org.khet.contracts.read.school;

/**
 * A unit of an area office (กลุ่ม/หน่วย): the director's office, the deputies, a group or the internal-audit unit.
 *
 * @param code         the unit's code within its area ({@code policy-planning})
 * @param kind         {@code executive}, {@code group} or {@code unit}
 * @param directorName who heads it, as the report prints it
 * @param sortOrder    its place in the report's lists
 */
public record OfficeUnit(String code, String nameTh, String kind, String directorName, int sortOrder) {
}
