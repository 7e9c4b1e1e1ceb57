package org.khet.contracts.read.school;

import org.khet.contracts.codes.StaffCategory;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A person of an area office's own staff (บุคลากรในสำนักงานเขต), as school-service answers
 * {@code GET /v1/office-staff/{id}} and lists them by area ({@code GET /v1/areas/{code}/staff}).
 *
 * @param position the position as the office writes it ("ผู้อำนวยการกลุ่มนโยบายและแผน")
 * @param unitCode the office unit the person works in
 */
public record OfficeStaffMember(UUID id, String areaCode, String nameTh, String position, StaffCategory category,
                                String unitCode) {

    /** What marks a placeholder: "(ชื่อสมมติ)" (a made-up name), or a name that is a role and a number ("… คนที่ 2"). */
    private static final List<Pattern> PLACEHOLDERS = List.of(
            Pattern.compile("ชื่อสมมติ"),
            Pattern.compile("คนที่\\s*[0-9๐-๙]+\\s*$"));

    /**
     * Whether a register's name stands for nobody (the demo's "บุคลากรอำนวยการ คนที่ 2 (ชื่อสมมติ)"; ADR 0024): such a
     * name says nothing about who is on the staff or how a person's name is spelled. Null is a placeholder too.
     */
    public static boolean placeholder(String nameTh) {
        return nameTh == null || PLACEHOLDERS.stream().anyMatch(p -> p.matcher(nameTh.strip()).find());
    }

    /** Whether this person's name is a {@link #placeholder(String) placeholder}. */
    public boolean placeholder() {
        return placeholder(nameTh);
    }
}
