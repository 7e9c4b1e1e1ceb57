package org.khet.report.mapping;

import org.khet.contracts.Percent;
import org.khet.report.domain.Column;
import org.khet.report.domain.Row;
import org.khet.report.domain.RowKind;
import org.khet.report.domain.Table;
import org.khet.report.words.Words;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds a {@link Table}; totals the service did not send are summed (or averaged) from the rows. */
final class Tables {
    private final String id;
    private final String title;
    private final String source;
    private final List<Column> columns;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean thaiDigits;
    private String emptyNote;

    private Tables(Words w, String id, String title, String source, Column... columns) {
        this.emptyNote = w.tr("ยังไม่มีข้อมูลสำหรับตารางนี้");
        this.id = id;
        this.title = title;
        this.source = source;
        this.columns = List.of(columns);
    }

    static Tables of(Words w, String id, String title, String source, Column... columns) {
        return new Tables(w, id, title, source, columns);
    }

    Tables row(Object... cells) {
        rows.add(new Row(RowKind.DATA, counts(cells)));
        return this;
    }

    Tables group(String label) {
        rows.add(Row.group(label));
        return this;
    }

    Tables subtotal(Object... cells) {
        rows.add(new Row(RowKind.SUBTOTAL, counts(cells)));
        return this;
    }

    Tables total(Object... cells) {
        rows.add(new Row(RowKind.TOTAL, counts(cells)));
        return this;
    }

    /** The cells with every whole number as a Long (the read contracts count in int, a row's cells in Long). */
    private static List<Object> counts(Object... cells) {
        List<Object> out = new ArrayList<>(cells.length);
        for (Object c : cells) {
            out.add(c instanceof Integer i ? Long.valueOf(i) : c);
        }
        return out;
    }

    Tables note(String note) {
        if (note != null && !note.isBlank()) {
            notes.add(note);
        }
        return this;
    }

    /** What the table says under it when it has no rows. */
    Tables whenEmpty(String note) {
        this.emptyNote = note;
        return this;
    }

    Tables thaiDigits() {
        this.thaiDigits = true;
        return this;
    }

    int dataRows() {
        return (int) rows.stream().filter(r -> r.kind() == RowKind.DATA).count();
    }

    /**
     * A total row: for each numeric column the given value when the service sent one, else the sum of the data
     * rows (or their mean for columns listed in {@code meanColumns}); text columns take {@code label} in the
     * first text column.
     */
    Tables totalRow(String label, List<Object> given, int... meanColumns) {
        List<Object> cells = new ArrayList<>();
        boolean labelled = false;
        for (int c = 0; c < columns.size(); c++) {
            Object g = given == null || c >= given.size() ? null : given.get(c);
            g = g instanceof Integer i ? Long.valueOf(i) : g;
            Column col = columns.get(c);
            if (!col.type().numeric()) {
                cells.add(!labelled ? label : (g == null ? "" : g));
                labelled = true;
            } else if (g != null) {
                cells.add(g);
            } else if (col.type() == org.khet.report.domain.ColumnType.PERCENT) {
                cells.add(null);
            } else {
                final int ci = c;
                boolean mean = Arrays.stream(meanColumns).anyMatch(m -> m == ci);
                cells.add(mean ? mean(c) : sum(c));
            }
        }
        rows.add(new Row(RowKind.TOTAL, cells));
        return this;
    }

    /** In the total row just added, column {@code c} becomes part / whole × 100 of the total's own cells. */
    Tables percentInTotal(int c, int part, int whole) {
        Row last = rows.get(rows.size() - 1);
        List<Object> cells = new ArrayList<>(last.cells());
        cells.set(c, cells.get(part) instanceof Long p && cells.get(whole) instanceof Long w ? pct(p, w) : null);
        rows.set(rows.size() - 1, new Row(last.kind(), cells));
        return this;
    }

    Object sum(int c) {
        BigDecimal s = BigDecimal.ZERO;
        boolean any = false;
        boolean integral = true;
        for (Row r : rows) {
            if (r.kind() != RowKind.DATA) {
                continue;
            }
            Object v = r.cells().get(c);
            if (v instanceof Long l) {
                s = s.add(BigDecimal.valueOf(l));
                any = true;
            } else if (v instanceof BigDecimal d) {
                s = s.add(d);
                any = true;
                integral = false;
            }
        }
        if (!any) {
            return null;
        }
        return integral ? (Object) s.longValue() : s;
    }

    Object mean(int c) {
        BigDecimal s = BigDecimal.ZERO;
        int n = 0;
        for (Row r : rows) {
            if (r.kind() != RowKind.DATA) {
                continue;
            }
            Object v = r.cells().get(c);
            if (v instanceof Number num) {
                s = s.add(new BigDecimal(num.toString()));
                n++;
            }
        }
        return n == 0 ? null : s.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal pct(Long part, Long whole) {
        return part == null || whole == null ? null : Percent.of(part, whole);
    }

    static BigDecimal diff(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    Table build() {
        if (rows.isEmpty()) {
            notes.add(0, emptyNote);
        }
        List<Row> typed = new ArrayList<>(rows.size());
        for (Row r : rows) {
            typed.add(r.kind() == RowKind.GROUP ? r : new Row(r.kind(), typed(r.cells())));
        }
        return new Table(id, title, source, columns, List.copyOf(typed), List.copyOf(notes), thaiDigits);
    }

    /** Counts as whole numbers and every other figure at two decimals, whatever scale the service sent. */
    private List<Object> typed(List<Object> cells) {
        List<Object> out = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            org.khet.report.domain.ColumnType type = columns.get(c).type();
            if (v instanceof BigDecimal d && type == org.khet.report.domain.ColumnType.INTEGER) {
                v = d.setScale(0, RoundingMode.HALF_UP).longValueExact();
            } else if (v instanceof Long l && type.numeric() && type != org.khet.report.domain.ColumnType.INTEGER) {
                v = BigDecimal.valueOf(l).setScale(2);
            } else if (v instanceof BigDecimal d && type.numeric()) {
                v = d.setScale(2, RoundingMode.HALF_UP);
            }
            out.add(v);
        }
        return out;
    }
}
