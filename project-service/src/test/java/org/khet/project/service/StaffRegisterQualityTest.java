package org.khet.project.service;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a register is too unreal to judge owners (which names are placeholders: contracts' OfficeStaffMemberTest). */
class StaffRegisterQualityTest {

    @Test
    void aRegisterIsRealEnoughWhileAtMostHalfOfItIsPlaceholders() {
        StaffRegister.Staff half = new StaffRegister.Staff("5602", List.of(
                new StaffRegister.Member("a", "นายสมชาย ใจดี"),
                new StaffRegister.Member("b", "บุคลากรอำนวยการ คนที่ 2 (ชื่อสมมติ)")));
        assertEquals(new StaffRegister.Quality(2, 1), half.quality());
        assertTrue(half.quality().realEnough(), "one of two is half: still judged");

        StaffRegister.Staff most = new StaffRegister.Staff("5602", List.of(
                new StaffRegister.Member("a", "นายสมชาย ใจดี"),
                new StaffRegister.Member("b", "บุคลากรอำนวยการ คนที่ 2 (ชื่อสมมติ)"),
                new StaffRegister.Member("c", "บุคลากรอำนวยการ คนที่ 3 (ชื่อสมมติ)")));
        assertEquals(new StaffRegister.Quality(3, 2), most.quality());
        assertFalse(most.quality().realEnough(), "two of three are placeholders");
    }
}
