package org.khet.school.service.summary;

import org.khet.contracts.read.ComputedTable;

import java.util.Map;
import java.util.Optional;

/**
 * A table of an area's summary beyond the typed ones, which the report prints as it is ({@link ComputedTable}): a
 * CDI bean implementing this is found by {@code SummaryService} and its table appears in the summary's
 * {@code moreTables} and in the report, with no other edit (docs/adding-a-feed.md). It loads what it needs itself
 * (one set-based query through the kit's {@code Sql}, every value bound), counting a school-level kind's figures only
 * of the schools {@link Counted} names, as the typed tables do (ADR 0021).
 */
public interface AreaTable {

    /**
     * The table of {@code areaCode} for an academic year and enrolment round; empty when it has nothing to print.
     *
     * @param counted whose figures of each school-level kind the summary counts (its basis where collection rounds
     *                cover it); a table of the register or of the office's own figures has no use for it
     */
    Optional<ComputedTable> compute(String areaCode, int academicYear, int round, Counted counted);

    /**
     * Which schools' figures of each kind ({@code enrolment}, {@code staffing}, {@code admissions},
     * {@code transitions}) the summary counts: where a collection round covers the kind, on the {@code acknowledged}
     * basis only the schools the area acknowledged; a kind not listed counts every stored figure.
     */
    record Counted(Map<String, String[]> byKind) {
        /** Every stored figure of every kind: no collection round covers the summary. */
        public static final Counted EVERY = new Counted(Map.of());

        public Counted {
            byKind = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(byKind));
        }

        /** The codes of the schools whose figures of {@code kind} count, or null for every stored figure. */
        public String[] schools(String kind) {
            return byKind.get(kind);
        }

        /**
         * The SQL condition "the school in {@code column} counts for the kind": bind {@link #bind} where it stands
         * (two values), e.g. {@code "… where s.area_code = ? and " + counted.condition("s.code")}.
         */
        public static String condition(String column) {
            return "(cast(? as text[]) is null or " + column + " = any(cast(? as text[])))";
        }

        /** The two values of {@link #condition} for {@code kind}. */
        public Object[] bind(String kind) {
            return new Object[] {schools(kind), schools(kind)};
        }
    }
}
