package org.khet.contracts.events.school;

import java.util.List;

/**
 * {@code school.NetworkChanged.v1}: a school network (กลุ่มเครือข่าย) and its membership as now recorded.
 *
 * @param kind    cluster (geographic), program (e.g. the compulsory-education group), or subject-club
 * @param members memberships, each bounded by academic years (toYear null: still a member)
 */
public record NetworkChanged(String code, String areaCode, String nameTh, String kind, List<Member> members) {
    public static final String TYPE = "school.NetworkChanged.v1";

    public record Member(String schoolCode, int fromYear, Integer toYear) {
    }
}
