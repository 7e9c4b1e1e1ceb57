package org.khet.report.render;

import org.junit.jupiter.api.Test;
import org.khet.report.domain.ColumnType;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Plain rules: how figures and Thai digits are printed. */
class FiguresAndDigitsTest {

    @Test
    void figuresArePrintedAsTheReportPrintsThem() {
        assertEquals("158,845,335.00", Fmt.cell(new BigDecimal("158845335"), ColumnType.MONEY));
        assertEquals("1,072", Fmt.cell(1072L, ColumnType.INTEGER));
        assertEquals("-1.15", Fmt.cell(new BigDecimal("-1.15"), ColumnType.SIGNED_DECIMAL));
        assertEquals("+0.05", Fmt.cell(new BigDecimal("0.05"), ColumnType.SIGNED_DECIMAL));
        assertEquals("-", Fmt.cell(null, ColumnType.MONEY));
        // the project lists: whole baht as the office writes them, a satang that is there is kept
        assertEquals("5,000", Fmt.cell(new BigDecimal("5000.00"), ColumnType.BAHT));
        assertEquals("1,542,000", Fmt.cell(new BigDecimal("1542000"), ColumnType.BAHT));
        assertEquals("5,000.50", Fmt.cell(new BigDecimal("5000.5"), ColumnType.BAHT));
        assertEquals("0.01", Fmt.cell(new BigDecimal("0.01"), ColumnType.BAHT));
        assertEquals("-8,650", Fmt.cell(new BigDecimal("-8650.00"), ColumnType.BAHT));
        assertEquals("-", Fmt.cell(null, ColumnType.BAHT));
        assertEquals("๙๗.๑๔ AA อันดับที่ ๑๒๓", Fmt.digits("97.14 AA อันดับที่ 123", true));
        assertEquals("97.14", Fmt.digits("97.14", false));
    }
}
