package org.khet.school.service.summary;

import org.junit.jupiter.api.Test;
import org.khet.contracts.Finding;
import org.khet.contracts.codes.Severity;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ReportedFiguresTest {
    static final String SEED = "รายงานประจำปี 2566";
    final Figures computed = new Figures()
            .put(FigureKey.parse("3.1/P1/admittedStudentsPercent"), new BigDecimal("65.66"))
            .put(FigureKey.parse("3.1/P1/admittedRoomsPercent"), new BigDecimal("99.18"))
            .put(FigureKey.parse("table1/total/schools"), new BigDecimal("131"))
            .label(SummaryTable.ADMISSIONS, "P1", "ประถมศึกษาปีที่ 1");

    static ReportedFigures.Printed printed(String key, String value, String source) {
        return new ReportedFigures.Printed(FigureKey.parse(key), new BigDecimal(value), source);
    }

    @Test
    void aFigurePrintedAsComputedIsNoFindingWhateverItsScale() {
        assertEquals(List.of(), new ReportedFigures().compare(Tables.AREA, computed,
                List.of(printed("3.1/P1/admittedRoomsPercent", "99.180", null), printed("table1/total/schools", "131.00", SEED))));
    }

    @Test
    void aPrintedFigureThatDiffersIsAFindingAtItsTableRowAndColumn() {
        Finding f = new ReportedFigures().compare(Tables.AREA, computed,
                List.of(printed("3.1/P1/admittedStudentsPercent", "65.65", SEED))).get(0);
        assertEquals("school.reported-figure", f.code());
        assertEquals(Tables.AREA, f.subject());
        assertEquals("3.1", f.table());
        assertEquals("ประถมศึกษาปีที่ 1", f.row());
        assertEquals("admittedStudentsPercent", f.column());
        assertEquals("65.65", f.reported());
        assertEquals("65.66", f.computed());
        assertEquals(new BigDecimal("-0.01"), f.difference());
        assertEquals(Severity.MINOR, f.severity(), "a rounding slip");
        assertEquals("figure 3.1/P1/admittedStudentsPercent: reported 65.65 (" + SEED + "), computed from the stored rows 65.66",
                f.messageEn());
        assertTrue(f.messageTh().startsWith("ตัวเลข 3.1/P1/admittedStudentsPercent ที่รายงานไว้ 65.65"), f.messageTh());
    }

    @Test
    void aPrintedFigureKhetDoesNotComputeIsAMajorFinding() {
        Finding f = new ReportedFigures().compare(Tables.AREA, computed,
                List.of(printed("table1/total/villages", "402", null))).get(0);
        assertEquals("1", f.table());
        assertEquals("รวม", f.row());
        assertEquals("villages", f.column());
        assertNull(f.computed());
        assertNull(f.difference());
        assertEquals(Severity.MAJOR, f.severity());
        assertTrue(f.messageEn().endsWith("but Khet computes no such figure from the stored rows"), f.messageEn());
    }
}
