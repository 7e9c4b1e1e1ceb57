package org.khet.contracts.events.school;

/**
 * {@code school.OfficeStaffChanged.v1}: a person of the area office's staff was recorded, changed or removed.
 *
 * @param category 38kh (38 ข.), 38c1 (38 ค(1)), 38c2 (38 ค(2)), government-employee, permanent, temporary
 */
public record OfficeStaffChanged(String areaCode, String id, String nameTh, String position, String category,
                                 String unitCode, boolean removed) {
    public static final String TYPE = "school.OfficeStaffChanged.v1";
}
