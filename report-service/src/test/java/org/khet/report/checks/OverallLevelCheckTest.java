package org.khet.report.checks;

import org.junit.jupiter.api.Test;
import org.khet.contracts.Finding;
import org.khet.contracts.codes.Severity;
import org.khet.contracts.read.assessment.AreaEvaluationsView;
import org.khet.contracts.read.assessment.AreaEvaluationsView.FrameworkResult;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The overall level the office printed against the rubric's level of its parts' mean. */
class OverallLevelCheckTest {
    static final Finding.Subject AREA = Finding.Subject.area(Summaries.AREA, Summaries.NAME);

    static FrameworkResult framework(String code, String mean, Integer level, String label, String reportedMean,
                                     String reportedLabel) {
        return new FrameworkResult(code, "ESAO-STD", "มาตรฐาน " + code, "OBEC-5LEVEL", 2,
                mean == null ? null : new BigDecimal(mean), level, label,
                reportedMean == null ? null : new BigDecimal(reportedMean), reportedLabel, 12, Map.of(), null, List.of());
    }

    static List<Finding> check(FrameworkResult... f) {
        return OverallLevelCheck.check(AREA, new AreaEvaluationsView(Summaries.AREA, Summaries.NAME, 2566, List.of(f), List.of()));
    }

    @Test
    void theLevelPrintedForTheMeanIsAMinorFinding() {
        // the office printed "ดีมาก" and no figure: the report prints 4; the parts' mean is 3.96, level 4 too
        List<Finding> out = check(framework("A", "3.96", 4, "ดีมาก", null, "ดีมาก"));
        assertEquals(1, out.size());
        Finding f = out.get(0);
        assertEquals("report.overall-level", f.code());
        assertEquals(Severity.MINOR, f.severity());
        assertEquals("4", f.reported());
        assertEquals("3.96", f.computed());
        assertEquals(0, new BigDecimal("0.04").compareTo(f.difference()));
        assertEquals("มาตรฐาน A", f.table());
        assertEquals("พิมพ์ระดับ 4 แทนค่าเฉลี่ย 3.96 ของตัวชี้วัดย่อย 12 ตัว (ระดับ ดีมาก เท่ากันตามเกณฑ์ OBEC-5LEVEL)",
                f.messageTh());
    }

    @Test
    void aLabelOtherThanTheRubricsIsMajor() {
        List<Finding> out = check(framework("B", "3.40", 3, "ดี", null, "ดีมาก"));
        assertEquals(1, out.size());
        assertEquals(Severity.MAJOR, out.get(0).severity());
        assertEquals("ดีมาก", out.get(0).reported());
        assertEquals("3.40 → ดี", out.get(0).computed());
        assertNull(out.get(0).difference());
    }

    @Test
    void aPrintedFigureAWholeMeanOrNoLabelIsNotThisChecks() {
        assertEquals(List.of(), check(
                framework("C", "4.20", 4, "ดีมาก", "4.21", "ดีมาก"),   // assessment.framework-average's
                framework("D", "4.00", 4, "ดีมาก", null, "ดีมาก"),     // 4 is the mean
                framework("E", "3.96", 4, "ดีมาก", null, null),        // nothing printed
                framework("F", null, null, null, null, "ดีมาก")));     // nothing computed
    }
}
