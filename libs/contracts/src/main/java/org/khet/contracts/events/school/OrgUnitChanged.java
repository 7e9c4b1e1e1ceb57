package org.khet.contracts.events.school;

/**
 * {@code school.OrgUnitChanged.v1}: a unit of the org directory was registered or changed. Every service keeps
 * its replica of the directory (and so its authorization scope) from these events. Published with the area
 * code as the Kafka key, so an area's units arrive in the order they were written; OBEC and areas use their
 * own code.
 *
 * @param code       the unit's code (OBEC "obec", area "5602", district "5602-01", school its 8/10-digit code)
 * @param kind       OBEC, AREA, DISTRICT or SCHOOL
 * @param parentCode the unit it belongs to (null only for OBEC)
 * @param areaCode   the area it is in (its own code for an area; null for OBEC)
 * @param status     open, merged or closed
 */
public record OrgUnitChanged(String code, String kind, String parentCode, String areaCode, String nameTh,
                             String nameEn, String status) {
    public static final String TYPE = "school.OrgUnitChanged.v1";

    public static final String OBEC = "OBEC";
    public static final String AREA = "AREA";
    public static final String DISTRICT = "DISTRICT";
    public static final String SCHOOL = "SCHOOL";
}
