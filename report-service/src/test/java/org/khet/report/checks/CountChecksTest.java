package org.khet.report.checks;

import org.junit.jupiter.api.Test;
import org.khet.contracts.Finding;
import org.khet.contracts.codes.Severity;
import org.khet.contracts.read.project.QuantitativeResult;
import org.khet.contracts.read.school.AreaSummary;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khet.report.checks.Summaries.district;
import static org.khet.report.checks.Summaries.grade;
import static org.khet.report.checks.Summaries.grades;
import static org.khet.report.checks.Summaries.level;
import static org.khet.report.checks.Summaries.table1;

/** Counts that cannot be: bands times schools against the pupils, rooms without pupils, directors, whole bases. */
class CountChecksTest {
    static final Finding.Subject AREA = Finding.Subject.area(Summaries.AREA, Summaries.NAME);

    static AreaSummary.SizeClasses sizes(int small, int medium, int extraLarge) {
        return new AreaSummary.SizeClasses(List.of(
                new AreaSummary.SizeClassRow("small", "ขนาดเล็ก", "0-120", small, null),
                new AreaSummary.SizeClassRow("medium", "ขนาดกลาง", "121-600", medium, null),
                new AreaSummary.SizeClassRow("extra-large", "ขนาดใหญ่พิเศษ", "1501+", extraLarge, null)),
                small + medium + extraLarge, new BigDecimal("100"));
    }

    static AreaSummary.StudentsByDistrict pupils(int total) {
        return new AreaSummary.StudentsByDistrict(List.of(), new AreaSummary.GenderRow(null, "รวม", total / 2,
                total - total / 2, total));
    }

    @Test
    void thePupilsMustFitTheSizeBandsTimesTheirSchools() {
        // 2 small (0–120) and 1 medium (121–600): between 2·0 + 121 = 121 and 2·120 + 600 = 840 pupils
        List<Finding> over = CountChecks.summary(AREA, Summaries.of(null, sizes(2, 1, 0), pupils(900), null, null, null,
                null, null));
        assertEquals(1, over.size(), over::toString);
        Finding f = over.get(0);
        assertEquals("report.impossible-count", f.code());
        assertEquals(Severity.MAJOR, f.severity());
        assertEquals("1.1.1", f.table());
        assertEquals("900", f.reported());
        assertEquals("121–840", f.computed());
        assertTrue(f.messageTh().startsWith("นักเรียน 900 คน (ตาราง 1.1.2) เป็นไปไม่ได้กับจำนวนโรงเรียนตามขนาด"), f.messageTh());

        assertEquals(List.of(), CountChecks.summary(AREA, Summaries.of(null, sizes(2, 1, 0), pupils(840), null, null,
                null, null, null)), "840 is the most they can hold");
        List<Finding> under = CountChecks.summary(AREA, Summaries.of(null, sizes(2, 1, 0), pupils(120), null, null,
                null, null, null));
        assertEquals("121–840", under.get(0).computed(), "fewer than the medium school alone has");
        // an open band (1501+) has no ceiling: only the floor 1,501 binds
        assertEquals(List.of(), CountChecks.summary(AREA, Summaries.of(null, sizes(0, 0, 1), pupils(9000), null, null,
                null, null, null)));
        assertEquals("≥ 1501", CountChecks.summary(AREA, Summaries.of(null, sizes(0, 0, 1), pupils(1500), null, null,
                null, null, null)).get(0).computed());
    }

    @Test
    void aClassroomHoldsAtLeastOnePupilAndASchoolOneDirector() {
        AreaSummary.StudentsByGrade g = grades(level("primary", "ประถมศึกษา",
                grade("P1", "ประถมศึกษาปีที่ 1", 3, 4), grade("P2", "ประถมศึกษาปีที่ 2", 4, 4)));
        AreaSummary.Admissions admissions = new AreaSummary.Admissions(2566, List.of(
                new AreaSummary.AdmissionRow("M1", "มัธยมศึกษาปีที่ 1", 1, 2, 60, 2, null, 1, null)));
        AreaSummary.StaffByDistrict staff = new AreaSummary.StaffByDistrict(List.of(
                new AreaSummary.StaffRow("5699-01", "เมือง", 3, 0, 20, 23),
                new AreaSummary.StaffRow("5699-02", "ดอย", 2, 0, 9, 11)), null);
        // เมือง has 2 main schools and a branch: 3 directors are one too many; ดอย's 2 for 2 are right
        AreaSummary.Table1 t1 = table1(district("5699-01", "เมือง", 2, 1), district("5699-02", "ดอย", 2, 0));
        List<Finding> out = CountChecks.summary(AREA, Summaries.of(t1, null, null, g, staff, admissions, null, null));
        assertEquals(List.of("1.1.3|ประถมศึกษาปีที่ 1|4|3", "3.1|มัธยมศึกษาปีที่ 1|2|1", "1.1.4|เมือง|3|2"),
                out.stream().map(f -> f.table() + "|" + f.row() + "|" + f.reported() + "|" + f.computed()).toList());
        assertEquals(0, BigDecimal.ONE.compareTo(out.get(0).difference()));
        assertEquals("ผู้บริหารสถานศึกษา 3 คน ในอำเภอเมือง มากกว่าโรงเรียนหลัก 2 โรง (ตาราง 1): โรงเรียนหนึ่งมีผู้อำนวยการหนึ่งคน",
                out.get(2).messageTh());
    }

    @Test
    void aPercentageNeedsAWholeBaseAtThePrecisionPrinted() {
        assertTrue(CountChecks.wholeBaseExists(19, new BigDecimal("95")), "19 of 20");
        assertTrue(CountChecks.wholeBaseExists(86, new BigDecimal("80")), "86 of 107 is 80.37, printed 80");
        assertTrue(CountChecks.wholeBaseExists(1, new BigDecimal("33.3")), "1 of 3 is 33.33…, printed 33.3");
        assertTrue(CountChecks.wholeBaseExists(3, new BigDecimal("100")));
        assertTrue(CountChecks.wholeBaseExists(0, BigDecimal.ZERO));
        assertFalse(CountChecks.wholeBaseExists(1, new BigDecimal("40")), "1 of 2 is 50, 1 of 3 is 33");
        assertFalse(CountChecks.wholeBaseExists(86, new BigDecimal("80.5")), "86 of 106 is 81.13, of 107 80.37");
        assertFalse(CountChecks.wholeBaseExists(1, BigDecimal.ZERO));
        assertFalse(CountChecks.wholeBaseExists(5, new BigDecimal("120")));
    }

    @Test
    void aProjectResultWhoseCountAndPercentageContradictIsAFinding() {
        Finding.Subject project = Finding.Subject.of(org.khet.contracts.codes.SubjectKind.PROJECT, "ACTION_PLAN-4", "โครงการทดลอง");
        List<Finding> out = CountChecks.percentages(project, "โครงการตามแผนปฏิบัติการ ที่ 4", List.of(
                new QuantitativeResult("โรงเรียนผ่านการประเมิน จำนวน 19 โรงเรียน คิดเป็นร้อยละ 95", new BigDecimal("19"), "โรงเรียน", null),
                new QuantitativeResult("ครูเข้ารับการอบรม จำนวน 1 คน คิดเป็นร้อยละ 40", new BigDecimal("1"), "คน", null),
                new QuantitativeResult("ร้อยละ 90 ของบุคลากรคัดแยกขยะ", new BigDecimal("90"), "ร้อยละ", null)));
        assertEquals(1, out.size(), out::toString);
        assertEquals("report.impossible-percent", out.get(0).code());
        assertEquals(project, out.get(0).subject());
        assertEquals("โครงการตามแผนปฏิบัติการ ที่ 4", out.get(0).table());
        assertEquals("1 = ร้อยละ 40", out.get(0).reported());
        assertTrue(out.get(0).messageTh().startsWith("ไม่มีจำนวนเต็มใดที่ 1 คน คิดเป็นร้อยละ 40"), out.get(0).messageTh());
    }
}
