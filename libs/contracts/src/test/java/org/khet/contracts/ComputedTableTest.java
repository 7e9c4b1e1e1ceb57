package org.khet.contracts;

import org.junit.jupiter.api.Test;
import org.khet.contracts.read.ComputedTable;
import org.khet.contracts.read.ComputedTable.Column;
import org.khet.contracts.read.ComputedTable.Kind;
import org.khet.contracts.read.ComputedTable.Row;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ComputedTableTest {
    static final List<Column> COLUMNS = List.of(new Column("district", "อำเภอ", "District", Kind.TEXT),
            new Column("budget", "งบประมาณ", "Budget", Kind.MONEY));

    @Test
    void numbersAreKeptAsTheirExactTextAndReadBackExactly() {
        ComputedTable t = new ComputedTable("t1", "ตาราง", "Table", COLUMNS,
                List.of(Row.of("จุน", new BigDecimal("12159000.05")), Row.of("ปง", new BigDecimal("1E+3"))));
        assertEquals(List.of("จุน", "12159000.05"), t.rows().get(0).cells());
        assertEquals("1000", t.rows().get(1).cells().get(1), "no exponent on the wire");
        assertEquals(new BigDecimal("12159000.05"), t.number(0, "budget"));
    }

    @Test
    void aRowOfAnotherWidthOrTextInANumberColumnIsRefusedNamingRowAndColumn() {
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class, () -> new ComputedTable("t1", "ตาราง",
                "Table", COLUMNS, List.of(Row.of("จุน"))));
        assertEquals("table t1, row 1: 1 cells for 2 columns", width.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class, () -> new ComputedTable("t1", "ตาราง",
                "Table", COLUMNS, List.of(Row.of("จุน", "1"), Row.of("ปง", "1,000.00"))));
        assertEquals("table t1, row 2, column budget: '1,000.00' is not a number", text.getMessage());
    }
}
