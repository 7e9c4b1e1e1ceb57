package org.khet.contracts;

import org.junit.jupiter.api.Test;
import org.khet.contracts.read.school.OfficeStaffMember;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which names on the office staff register are placeholders (ADR 0024): project-service and report-service ask this. */
class OfficeStaffMemberTest {

    @Test
    void aMadeUpNameOrARoleWithANumberIsAPlaceholderARealNameIsNot() {
        assertTrue(OfficeStaffMember.placeholder("บุคลากรอำนวยการ คนที่ 2 (ชื่อสมมติ)"));
        assertTrue(OfficeStaffMember.placeholder("เจ้าหน้าที่การเงิน คนที่ ๓"));
        assertTrue(OfficeStaffMember.placeholder("นายสมมติ ชื่อสมมติ"));
        assertTrue(OfficeStaffMember.placeholder(null));
        assertFalse(OfficeStaffMember.placeholder("นางเกตุสุตา โพธิ์แก้ว"));
        assertFalse(OfficeStaffMember.placeholder("นายคนที่ดี ใจงาม"), "คนที่ inside a name without a number");
    }
}
