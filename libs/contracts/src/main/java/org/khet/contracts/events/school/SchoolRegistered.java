package org.khet.contracts.events.school;

import java.util.List;

/**
 * {@code school.SchoolRegistered.v1} (a new school, โรงเรียน) and {@code school.SchoolChanged.v1} (any later change,
 * status included): the school's whole record, keyed by its area.
 *
 * @param code        OBEC school code (8 or 10 digits)
 * @param branchOf    the main school's code when this is a branch campus (สาขา), else null
 * @param expansion   an expansion-opportunity school (ขยายโอกาส: also teaches M1–M3)
 * @param specialArea highland, remote, or null
 * @param status      open, merged or closed
 * @param levels      the levels the school teaches (kindergarten, primary, lower-secondary, upper-secondary); null
 *                    when the register does not know them (added later: absent from older events)
 */
public record SchoolRegistered(String code, String areaCode, String districtCode, String nameTh, String nameEn,
                               String subDistrict, String branchOf, boolean expansion, String specialArea,
                               boolean boarding, String status, List<String> levels) {
    public static final String TYPE = "school.SchoolRegistered.v1";
    public static final String CHANGED_TYPE = "school.SchoolChanged.v1";
}
