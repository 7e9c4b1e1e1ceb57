package org.khet.contracts;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Thai school academic year (ปีการศึกษา), named by the Buddhist-era year in which it starts.
 * Academic year 2565 opens on 16 May 2022 and its second term closes at the end of March 2023;
 * April to mid-May belongs to the year that is ending.
 */
public record AcademicYear(int be) implements Comparable<AcademicYear> {
    /** First day of the first term (the Ministry's calendar; the same every year since 2563 excepted). */
    public static final MonthDay OPENS = MonthDay.of(5, 16);

    public AcademicYear {
        BuddhistEra.requireBe(be, "academicYear");
    }

    public static AcademicYear of(int be) {
        return new AcademicYear(be);
    }

    /** The academic year that a date falls into (a date before 16 May belongs to the previous year). */
    public static AcademicYear containing(LocalDate date) {
        int ceStart = MonthDay.from(date).isBefore(OPENS) ? date.getYear() - 1 : date.getYear();
        return new AcademicYear(BuddhistEra.toBe(ceStart));
    }

    public LocalDate start() {
        return OPENS.atYear(BuddhistEra.toCe(be));
    }

    /** The last day before the next academic year opens. */
    public LocalDate end() {
        return OPENS.atYear(BuddhistEra.toCe(be) + 1).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public AcademicYear previous() {
        return new AcademicYear(be - 1);
    }

    @Override
    public int compareTo(AcademicYear o) {
        return Integer.compare(be, o.be);
    }

    @Override
    public String toString() {
        return "AY" + be;
    }
}
