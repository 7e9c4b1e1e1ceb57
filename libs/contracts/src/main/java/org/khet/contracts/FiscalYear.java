package org.khet.contracts;

import java.time.LocalDate;

/**
 * Thai government fiscal year (ปีงบประมาณ), named by the Buddhist-era year in which it ends:
 * FY2566 runs from 1 October 2022 to 30 September 2023.
 */
public record FiscalYear(int be) implements Comparable<FiscalYear> {

    public FiscalYear {
        BuddhistEra.requireBe(be, "fiscalYear");
    }

    public static FiscalYear of(int be) {
        return new FiscalYear(be);
    }

    /** The fiscal year that contains the given (Gregorian) date. */
    public static FiscalYear containing(LocalDate date) {
        int ceEnd = date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
        return new FiscalYear(BuddhistEra.toBe(ceEnd));
    }

    public LocalDate start() {
        return LocalDate.of(BuddhistEra.toCe(be) - 1, 10, 1);
    }

    public LocalDate end() {
        return LocalDate.of(BuddhistEra.toCe(be), 9, 30);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * The academic year whose results a fiscal year's report presents: the one that began in the
     * fiscal year's first calendar year (FY2566 reports on academic year 2565), as the annual report does.
     */
    public AcademicYear reportedAcademicYear() {
        return new AcademicYear(be - 1);
    }

    /**
     * The academic year that opens during this fiscal year, whose enrolment snapshot (10 June) the fiscal year's
     * report prints: FY2566 (Oct 2022 – Sep 2023) prints the students of academic year 2566 as of 10 June 2566.
     */
    public AcademicYear enrolmentAcademicYear() {
        return new AcademicYear(be);
    }

    public FiscalYear previous() {
        return new FiscalYear(be - 1);
    }

    @Override
    public int compareTo(FiscalYear o) {
        return Integer.compare(be, o.be);
    }

    @Override
    public String toString() {
        return "FY" + be;
    }
}
