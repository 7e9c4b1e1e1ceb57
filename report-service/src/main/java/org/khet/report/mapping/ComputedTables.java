package org.khet.report.mapping;

import org.khet.contracts.read.ComputedTable;
import org.khet.report.domain.Block;
import org.khet.report.domain.Column;
import org.khet.report.domain.ColumnType;
import org.khet.report.words.Words;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables a service sends as {@link ComputedTable}s, printed as they are: a column's kind becomes the report's
 * {@link ColumnType}, a numeric cell its exact value, a total row the report's total row. Nothing here knows any
 * particular table, so a new one reaches the report without an edit of report-service (docs/adding-a-feed.md). The
 * English report prints the English title and headers the service sends.
 */
final class ComputedTables {
    private ComputedTables() {
    }

    /** The report's blocks of {@code tables} from {@code source}, in their order. */
    static List<Block> blocks(Words w, List<ComputedTable> tables, String source) {
        List<Block> out = new ArrayList<>();
        for (ComputedTable t : tables == null ? List.<ComputedTable>of() : tables) {
            out.add(table(w, t, source));
        }
        return out;
    }

    static Block table(Words w, ComputedTable t, String source) {
        Column[] columns = t.columns().stream()
                .map(c -> new Column(c.key(), w.thai() || c.headerEn() == null ? c.headerTh() : c.headerEn(), type(c.kind())))
                .toArray(Column[]::new);
        Tables table = Tables.of(w, t.id(), w.thai() || t.titleEn() == null ? t.titleTh() : t.titleEn(), source, columns);
        for (ComputedTable.Row r : t.rows()) {
            Object[] cells = new Object[columns.length];
            for (int c = 0; c < columns.length; c++) {
                String v = r.cells().get(c);
                ComputedTable.Kind kind = t.columns().get(c).kind();
                cells[c] = v == null ? null : kind == ComputedTable.Kind.TEXT ? v
                        : kind == ComputedTable.Kind.INTEGER ? (Object) new BigDecimal(v).longValueExact() : new BigDecimal(v);
            }
            if (r.total()) {
                table.total(cells);
            } else {
                table.row(cells);
            }
        }
        return table.build();
    }

    private static ColumnType type(ComputedTable.Kind kind) {
        return switch (kind) {
            case TEXT -> ColumnType.TEXT;
            case INTEGER -> ColumnType.INTEGER;
            case DECIMAL -> ColumnType.DECIMAL;
            case MONEY -> ColumnType.MONEY;
            case PERCENT -> ColumnType.PERCENT;
        };
    }
}
