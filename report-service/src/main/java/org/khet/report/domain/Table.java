package org.khet.report.domain;

import java.util.List;

/**
 * A report table: "1.1.2 จำนวนนักเรียน จำแนกตามอำเภอ". {@code id} is stable (XLSX sheet names, tests);
 * {@code notes} are printed under it (the as-of date, the number of test takers, where the data is missing).
 * {@code thaiDigits} prints this table in Thai digits whatever the report option says (the ITA table is
 * published that way).
 */
public record Table(String id, String title, String source, List<Column> columns, List<Row> rows,
                    List<String> notes, boolean thaiDigits) implements Block {

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
