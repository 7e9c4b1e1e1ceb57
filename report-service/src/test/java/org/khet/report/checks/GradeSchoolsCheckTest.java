package org.khet.report.checks;

import org.junit.jupiter.api.Test;
import org.khet.contracts.Finding;
import org.khet.contracts.read.assessment.AreaTestsView;
import org.khet.contracts.read.school.AreaSummary;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khet.report.checks.Summaries.district;
import static org.khet.report.checks.Summaries.grade;
import static org.khet.report.checks.Summaries.grades;
import static org.khet.report.checks.Summaries.level;
import static org.khet.report.checks.Summaries.table1;

/** More schools reporting a grade than can teach it, by 1.1.3's rooms (secondary) or the open schools. */
class GradeSchoolsCheckTest {
    static final Finding.Subject AREA = Finding.Subject.area(Summaries.AREA, Summaries.NAME);

    static AreaTestsView.TestTable test(String code, String grade, int schools) {
        return new AreaTestsView.TestTable(code, "ONET", grade, "การทดสอบ " + code, 50, List.of(
                new AreaTestsView.SubjectRow("91", "ภาษาไทย", null, "schools", 50, null, schools, null, null, null, null,
                        null, null)), null);
    }

    @Test
    void aSecondaryGradeIsBoundByItsRoomsOthersByTheOpenSchools() {
        // 4 open schools (3 main, a branch); ม.3 is taught in 2 rooms, so by at most 2 schools
        AreaSummary.Table1 t1 = table1(district("5699-01", "เมือง", 3, 1));
        AreaSummary.StudentsByGrade g = grades(
                level("pre-primary", "ก่อนประถมศึกษา", grade("K2", "อนุบาล 2", 20, 2), grade("K3", "อนุบาล 3", 20, 1)),
                level("primary", "ประถมศึกษา", grade("P6", "ประถมศึกษาปีที่ 6", 40, 3)),
                level("lower-secondary", "มัธยมศึกษาตอนต้น", grade("M1", "มัธยมศึกษาปีที่ 1", 30, 2),
                        grade("M3", "มัธยมศึกษาปีที่ 3", 30, 2)));
        AreaSummary.Admissions admissions = new AreaSummary.Admissions(2566, List.of(
                new AreaSummary.AdmissionRow("kindergarten", "อนุบาล", 4, 4, 40, 4, null, 30, null),
                new AreaSummary.AdmissionRow("M1", "มัธยมศึกษาปีที่ 1", 2, 2, 60, 2, null, 30, null)));
        AreaSummary.PrimaryTransitions p6 = new AreaSummary.PrimaryTransitions(2565, 5, 40, 40, 0, 40, null);
        AreaSummary.SecondaryTransitions m3 = new AreaSummary.SecondaryTransitions(2565, 3, 30, 20, 5, 3, 2, 30, null);
        AreaTestsView tests = new AreaTestsView(Summaries.AREA, Summaries.NAME, 2565, 2564, List.of(
                test("ONET-P6", "P6", 4), test("ONET-M3", "M3", 3)), List.of());
        List<Finding> out = GradeSchoolsCheck.check(AREA, Summaries.of(t1, null, null, g, null, admissions, p6, m3), tests);
        // kindergarten: 4 ≤ min(3 pre-primary rooms, 4 schools)? no: 4 > 3; ม.1 2 ≤ 2 rooms; ป.6 5 > 4 open schools;
        // ม.3 3 > 2 rooms in 3.3 and in O-NET; O-NET ป.6 4 ≤ 4
        assertEquals(List.of("3.1|อนุบาล|4|3", "3.2|ประถมศึกษาปีที่ 6|5|4", "3.3|มัธยมศึกษาปีที่ 3|3|2",
                        "การทดสอบ ONET-M3|ผู้เข้าสอบ|3|2"),
                out.stream().map(f -> f.table() + "|" + f.row() + "|" + f.reported() + "|" + f.computed()).toList());
        assertEquals("report.grade-schools", out.get(0).code());
        assertEquals("3 โรงเรียนมีนักเรียนจบชั้นมัธยมศึกษาปีที่ 3 แต่ห้องเรียนมัธยมศึกษาปีที่ 3 (ตาราง 1.1.3) ให้ได้ไม่เกิน "
                + "2 (ปี 2565 กับ 2566)", out.get(2).messageTh());
        assertEquals("4 schools report pre-primary but at most 3 schools can teach it, by the pre-primary classrooms "
                + "(table 1.1.3)", out.get(0).messageEn(), "the same year: no years named");
    }

    @Test
    void withoutTheGradeTableThereIsNothingToJudgeBy() {
        AreaSummary.SecondaryTransitions m3 = new AreaSummary.SecondaryTransitions(2565, 300, 30, 20, 5, 3, 2, 30, null);
        assertEquals(List.of(), GradeSchoolsCheck.check(AREA, Summaries.of(null, null, null, null, null, null, null, m3), null));
    }
}
