package org.khet.report.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A report table: "1.1.2 จำนวนนักเรียน จำแนกตามอำเภอ". {@code id} is stable (XLSX sheet names, tests);
 * {@code notes} are printed under it (the as-of date, the number of test takers, where the data is missing).
 * {@code thaiDigits} prints this table in Thai digits whatever the report option says (the ITA table is
 * published that way). {@code provenance} says which resource its figures came from (JSON only; absent when unknown).
 */
public record Table(String id, String title, String source, List<Column> columns, List<Row> rows,
                    List<String> notes, boolean thaiDigits,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Provenance provenance) implements Block {

    public Table(String id, String title, String source, List<Column> columns, List<Row> rows, List<String> notes,
                 boolean thaiDigits) {
        this(id, title, source, columns, rows, notes, thaiDigits, null);
    }

    /** This table with its provenance. */
    public Table from(Provenance p) {
        return new Table(id, title, source, columns, rows, notes, thaiDigits, p);
    }

    public Table {
        for (Row r : rows) {
            if (r.kind() != RowKind.GROUP && r.cells().size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": a row has " + r.cells().size()
                        + " cells for " + columns.size() + " columns");
            }
        }
    }

    public boolean hasTotal() {
        return rows.stream().anyMatch(r -> r.kind() == RowKind.TOTAL);
    }
}
