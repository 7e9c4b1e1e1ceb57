package org.khet.report.mapping;

import org.junit.jupiter.api.Test;
import org.khet.contracts.read.ComputedTable;
import org.khet.contracts.read.ComputedTable.Column;
import org.khet.contracts.read.ComputedTable.Kind;
import org.khet.contracts.read.ComputedTable.Row;
import org.khet.report.domain.Block;
import org.khet.report.domain.ColumnType;
import org.khet.report.domain.RowKind;
import org.khet.report.domain.Table;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A service's {@link ComputedTable} becomes the report's table as it is: headers, kinds, exact cells, its total row. */
class ComputedTablesTest {

    @Test
    void aComputedTableIsPrintedAsItCameWithItsKindsAndExactFigures() {
        ComputedTable sent = new ComputedTable("t1.1.7", "1.1.7 นักเรียนที่มีความต้องการจำเป็นพิเศษ", "1.1.7 Special needs",
                List.of(new Column("need", "ประเภท", "Need", Kind.TEXT),
                        new Column("students", "นักเรียน", "Students", Kind.INTEGER),
                        new Column("budget", "งบประมาณ", "Budget", Kind.MONEY),
                        new Column("share", "ร้อยละ", "Share", Kind.PERCENT)),
                List.of(Row.of("บกพร่องทางการเห็น", 3, new BigDecimal("1500.25"), new BigDecimal("37.5")),
                        Row.of("บกพร่องทางการได้ยิน", 5, null, new BigDecimal("62.50")),
                        Row.totalOf("รวม", 8, new BigDecimal("1500.25"), new BigDecimal("100"))));

        List<Block> blocks = ComputedTables.blocks(org.khet.report.words.Words.TH, List.of(sent), "school-service");
        assertEquals(1, blocks.size());
        Table t = (Table) blocks.get(0);
        assertEquals("t1.1.7", t.id());
        assertEquals("1.1.7 นักเรียนที่มีความต้องการจำเป็นพิเศษ", t.title());
        assertEquals("school-service", t.source());
        assertEquals(List.of("ประเภท", "นักเรียน", "งบประมาณ", "ร้อยละ"), t.columns().stream().map(c -> c.header()).toList());
        assertEquals(List.of(ColumnType.TEXT, ColumnType.INTEGER, ColumnType.MONEY, ColumnType.PERCENT),
                t.columns().stream().map(c -> c.type()).toList());
        assertEquals(List.of(RowKind.DATA, RowKind.DATA, RowKind.TOTAL), t.rows().stream().map(r -> r.kind()).toList());
        assertEquals(List.of("บกพร่องทางการเห็น", 3L, new BigDecimal("1500.25"), new BigDecimal("37.50")), t.rows().get(0).cells());
        assertEquals(Arrays.asList("บกพร่องทางการได้ยิน", 5L, null, new BigDecimal("62.50")), t.rows().get(1).cells());
        assertEquals(List.of("รวม", 8L, new BigDecimal("1500.25"), new BigDecimal("100.00")), t.rows().get(2).cells());
    }

    @Test
    void noTablesAreNoBlocks() {
        assertEquals(List.of(), ComputedTables.blocks(org.khet.report.words.Words.TH, null, "school-service"));
        assertEquals(List.of(), ComputedTables.blocks(org.khet.report.words.Words.TH, List.of(), "school-service"));
    }
}
