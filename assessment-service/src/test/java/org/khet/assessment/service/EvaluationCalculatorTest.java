package org.khet.assessment.service;

import org.junit.jupiter.api.Test;
import org.khet.assessment.service.EvaluationCalculator.Indicator;
import org.khet.assessment.service.EvaluationCalculator.Result;
import org.khet.contracts.Finding;
import org.khet.contracts.codes.Severity;
import org.khet.contracts.codes.SubjectKind;
import org.khet.contracts.read.assessment.AreaEvaluationsView.FrameworkResult;
import org.khet.contracts.read.assessment.AreaEvaluationsView.IndicatorRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class EvaluationCalculatorTest {
    static final EvaluationCalculator.Framework QP = new EvaluationCalculator.Framework("QP-2566", "QP", "QP 2566",
            RubricScaleTest.FIVE, 1);

    static final Finding.Subject AREA = Finding.Subject.area("5602", "สพป.พะเยา เขต 2");

    static FrameworkResult compute(EvaluationCalculator.Framework fw, List<Indicator> inds, List<Result> res,
                                   List<Finding> findings) {
        return EvaluationCalculator.compute(fw, AREA, inds, res, Map.of(), findings);
    }

    static Result score(String ind, String round, String score, String label) {
        return new Result(ind, round, "SCORED", score == null ? null : new BigDecimal(score), null, label, null, null,
                null, null, null, null, null, null);
    }

    static Result state(String ind, String state) {
        return new Result(ind, "", state, null, null, null, null, null, null, null, null, null, null, null);
    }

    static IndicatorRow row(FrameworkResult r, String code) {
        return r.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void roundsAreAveragedAndNotApplicableIsExcludedAndCounted() {
        List<Indicator> inds = List.of(new Indicator("1", null, "ความปลอดภัย", "ROUNDS", 1),
                new Indicator("6a", null, "ปฐมวัย", "ROUNDS", 2), new Indicator("6b", null, "ศึกษาต่อ", "ROUNDS", 3),
                new Indicator("8", null, "ประชาธิปไตย", "ROUNDS", 4));
        List<Result> res = List.of(score("1", "6m", "1", null), score("1", "12m", "4", null),
                score("6a", "6m", "4", null), score("6a", "12m", "2", null), state("6b", "NOT_APPLICABLE"),
                score("8", "12m", "3", null), score("8", "6m", "1", null));
        List<Finding> findings = new ArrayList<>();
        FrameworkResult r = compute(QP, inds, res, findings);
        assertEquals(new BigDecimal("2.50"), row(r, "1").score());
        assertEquals("ดี", row(r, "1").label(), "2.50 is ดี under half-point bands");
        assertEquals(List.of("6m", "12m"), row(r, "8").rounds().stream().map(x -> x.round()).toList());
        assertEquals(new BigDecimal("2.50"), r.average(), "(2.50 + 3.00 + 2.00) / 3");
        assertEquals(3, r.counted());
        assertEquals(1, r.excluded().get("NOT_APPLICABLE"));
        assertEquals("ดี", r.averageLabel());
        assertTrue(findings.isEmpty());
    }

    @Test
    void aReportedLevelTheRubricWouldNotGiveIsKeptAndIsAFinding() {
        List<Indicator> inds = List.of(new Indicator("1", null, "ความปลอดภัย", "ROUNDS", 1));
        List<Result> res = List.of(score("1", "6m", "1", null), score("1", "12m", "4", null), score("1", "", "2.50", "พอใช้"),
                score("ALL", "", "2.60", "ดี"));
        List<Finding> findings = new ArrayList<>();
        FrameworkResult r = compute(QP, inds, res, findings);
        assertEquals("พอใช้", row(r, "1").label(), "kept as reported");
        assertEquals(2, row(r, "1").level());
        assertEquals("ดี", row(r, "1").rubricLabel());
        assertEquals(2, findings.size(), findings.toString());
        Finding level = findings.get(0);
        assertEquals("assessment.rubric-level", level.code());
        assertEquals(new Finding.Subject(SubjectKind.INDICATOR, "QP-2566:1", "ความปลอดภัย"), level.subject());
        assertEquals("QP 2566", level.table());
        assertEquals("ตัวชี้วัดที่ 1", level.row());
        assertEquals("คำอธิบายระดับคุณภาพ", level.column());
        assertEquals("2.50 → พอใช้", level.reported());
        assertEquals("2.50 → ดี", level.computed());
        assertNull(level.difference());
        assertEquals(Severity.MAJOR, level.severity(), "two labels are always major");
        Finding average = findings.get(1);
        assertEquals("assessment.framework-average", average.code());
        assertEquals(AREA, average.subject());
        assertEquals("ค่าเฉลี่ยรวม 1 ตัวชี้วัด", average.row());
        assertNull(average.column());
        assertEquals(new BigDecimal("0.10"), average.difference(), "reported average 2.60 against 2.50");
        assertEquals(Severity.MAJOR, average.severity(), "0.10 apart is more than a rounding slip");
    }

    @Test
    void theStandardsTreeIsComputedFromItsChildren() {
        var std = new EvaluationCalculator.Framework("ESAO-STD-2560", "ESAO-STD", "มาตรฐาน", RubricScaleTest.FIVE, 2);
        List<Indicator> inds = List.of(new Indicator("1", null, "มาตรฐานที่ 1", "SCORE", 1),
                new Indicator("1.1", "1", "ตัวบ่งชี้ที่ 1", "SCORE", 2), new Indicator("1.2", "1", "ตัวบ่งชี้ที่ 2", "SCORE", 3),
                new Indicator("1.3", "1", "ตัวบ่งชี้ที่ 3", "SCORE", 4), new Indicator("1.4", "1", "ตัวบ่งชี้ที่ 4", "GROUP", 5),
                new Indicator("1.4.1", "1.4", "ประเด็น 1", "SCORE", 6), new Indicator("1.4.2", "1.4", "ประเด็น 2", "SCORE", 7),
                new Indicator("1.4.3", "1.4", "ประเด็น 3", "SCORE", 8));
        List<Result> res = List.of(score("1", "", "5", "ดีเยี่ยม"), score("1.1", "", "5", "ดีเยี่ยม"),
                state("1.2", "MONITORED_NOT_EVALUATED"), score("1.3", "", "2", "พอใช้"), score("1.4.1", "", "1", null),
                score("1.4.2", "", "4", null), state("1.4.3", "NOT_APPLICABLE"));
        List<Finding> findings = new ArrayList<>();
        FrameworkResult r = compute(std, inds, res, findings);
        assertEquals(new BigDecimal("2.50"), row(r, "1.4").score(), "mean of its evaluated points 1 and 4");
        assertEquals("children", row(r, "1.4").scoreSource());
        assertEquals(2, row(r, "1.4").depth());
        assertEquals(new BigDecimal("3.17"), r.average(), "(5 + 2 + 2.50) / 3 over the depth-2 indicators");
        assertEquals(1, r.excluded().get("MONITORED_NOT_EVALUATED"));
        assertEquals(1, findings.size(), "standard 1 reported 5, its indicators give 3.17 → ดี");
        assertTrue(findings.get(0).computed().startsWith("3.17 ดี"), findings.toString());
    }

    @Test
    void targetsAndGrades() {
        var ap = new EvaluationCalculator.Framework("AP-2566", "AP", "AP", RubricScaleTest.FIVE, 1);
        List<Indicator> inds = List.of(new Indicator("2", null, "ปลอดภัย", "TARGET", 1),
                new Indicator("3", null, "แผนภัยพิบัติ", "TARGET", 2), new Indicator("24", null, "ยุทธศาสตร์ชาติ", "TARGET", 3));
        List<Result> res = List.of(
                new Result("2", "", "SCORED", null, null, null, new BigDecimal("80"), new BigDecimal("99.64"), "ACHIEVED", null, null, null, null, null),
                new Result("3", "", "SCORED", null, null, null, new BigDecimal("80"), new BigDecimal("79.99"), "ACHIEVED", null, null, null, null, null),
                state("24", "PENDING"));
        List<Finding> findings = new ArrayList<>();
        FrameworkResult r = compute(ap, inds, res, findings);
        assertEquals("ACHIEVED", row(r, "2").outcome());
        assertEquals("NOT_ACHIEVED", row(r, "3").outcome());
        assertEquals(1, r.targets().achieved());
        assertEquals(1, r.targets().notAchieved());
        assertEquals(1, r.targets().pending());
        assertNull(r.average(), "targets are not averaged");
        assertEquals(1, findings.size(), "79.99 against 80 reported as achieved");

        var ita = new EvaluationCalculator.Framework("ITA-2566", "ITA", "ITA", RubricScaleTest.ITA, 1);
        FrameworkResult g = compute(ita, List.of(new Indicator("ITA", null, "ITA", "GRADE", 1)),
                List.of(new Result("ITA", "", "SCORED", new BigDecimal("97.14"), null, null, null, null, null, "A", 123, 245,
                        new BigDecimal("-0.11"), null)), findings);
        assertEquals("AA", row(g, "ITA").grade());
        assertEquals("A", row(g, "ITA").label(), "the reported grade is kept");
        assertEquals(2, findings.size(), "and its disagreement is a finding");
        assertEquals(123, row(g, "ITA").rank());
    }
}
