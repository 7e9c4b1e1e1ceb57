package org.khet.contracts;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class CalendarTest {

    @Test
    void fiscalYear2566RunsFromOctober2022ToSeptember2023() {
        FiscalYear fy = FiscalYear.of(2566);
        assertEquals(LocalDate.of(2022, 10, 1), fy.start());
        assertEquals(LocalDate.of(2023, 9, 30), fy.end());
        assertEquals(fy, FiscalYear.containing(LocalDate.of(2022, 10, 1)));
        assertEquals(fy, FiscalYear.containing(LocalDate.of(2023, 9, 30)));
        assertEquals(FiscalYear.of(2567), FiscalYear.containing(LocalDate.of(2023, 10, 1)));
        assertEquals(FiscalYear.of(2565), FiscalYear.containing(LocalDate.of(2022, 9, 30)));
        assertTrue(fy.contains(LocalDate.of(2023, 6, 10)));
        assertFalse(fy.contains(LocalDate.of(2022, 9, 30)));
    }

    @Test
    void fiscalYearReportsOnTheAcademicYearBefore() {
        assertEquals(AcademicYear.of(2565), FiscalYear.of(2566).reportedAcademicYear());
        // ...but prints the enrolment of the academic year that opens within it (as of 10 June 2566)
        assertEquals(AcademicYear.of(2566), FiscalYear.of(2566).enrolmentAcademicYear());
        assertTrue(FiscalYear.of(2566).contains(FiscalYear.of(2566).enrolmentAcademicYear().start()));
    }

    @Test
    void academicYearStartsOnSixteenthOfMay() {
        AcademicYear ay = AcademicYear.of(2565);
        assertEquals(LocalDate.of(2022, 5, 16), ay.start());
        assertEquals(LocalDate.of(2023, 5, 15), ay.end());
        assertEquals(ay, AcademicYear.containing(LocalDate.of(2023, 3, 31)));
        assertEquals(AcademicYear.of(2566), AcademicYear.containing(LocalDate.of(2023, 6, 10)));
        assertEquals(AcademicYear.of(2565), AcademicYear.containing(LocalDate.of(2023, 5, 15)));
    }

    @Test
    void buddhistEraConversion() {
        assertEquals(2023, BuddhistEra.toCe(2566));
        assertEquals(2566, BuddhistEra.toBe(2023));
    }

    @Test
    void commonEraYearIsRejectedWithAHint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2023));
        assertTrue(e.getMessage().contains("2566"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AcademicYear.of(3000));
    }
}
