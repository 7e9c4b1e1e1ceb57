package org.khet.school.service.summary;

import org.khet.contracts.read.ComputedTable;

import java.util.Optional;

/**
 * A table of an area's summary beyond the typed ones, which the report prints as it is ({@link ComputedTable}): a
 * CDI bean implementing this is found by {@code SummaryService} and its table appears in the summary's
 * {@code moreTables} and in the report, with no other edit (docs/adding-a-feed.md). It loads what it needs itself
 * (one set-based query through the kit's {@code Sql}, every value bound).
 */
public interface AreaTable {

    /** The table of {@code areaCode} for an academic year and enrolment round; empty when it has nothing to print. */
    Optional<ComputedTable> compute(String areaCode, int academicYear, int round);
}
