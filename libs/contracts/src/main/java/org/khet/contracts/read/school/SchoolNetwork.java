package org.khet.contracts.read.school;

import java.util.List;

/**
 * A school network (กลุ่มเครือข่าย) with its year-bounded members, as {@code GET /v1/areas/{code}/networks} lists them.
 *
 * @param kind    {@code cluster} (by place), {@code program} (e.g. compulsory-education schools) or
 *                {@code subject-club}
 * @param members every membership, past ones included: a school is a member in the academic years from
 *                {@code fromYear} to {@code toYear} (open-ended when null)
 * @param position its place in the office's list of its kind (networks, subject clubs); null: none given, Thai order
 */
public record SchoolNetwork(String code, String areaCode, String nameTh, String kind, List<Member> members,
                            Integer position) {

    public record Member(String schoolCode, String schoolNameTh, int fromYear, Integer toYear) {
    }
}
