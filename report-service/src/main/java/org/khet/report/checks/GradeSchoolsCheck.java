package org.khet.report.checks;

import org.khet.contracts.Finding;
import org.khet.contracts.read.assessment.AreaTestsView;
import org.khet.contracts.read.school.AreaSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * More schools reporting a grade than schools that teach it (โรงเรียนที่รายงานชั้นมากกว่าโรงเรียนที่สอนชั้นนั้น). What
 * the report knows of the schools teaching a grade is 1.1.3's classrooms and the open schools: a secondary grade
 * (ม.1–ม.6) is taught in rooms of its own, so its schools are at most its classrooms; a primary or pre-primary grade
 * may share a room with another grade (small schools teach ป.1–ป.2 together), so its bound is the open schools, and
 * the kindergarten's is the pre-primary classrooms. Counted against it: 3.1's schools admitting, 3.2's and 3.3's
 * schools with graduates, each test's schools (ADR 0024).
 */
public final class GradeSchoolsCheck {
    public static final String CODE = "report.grade-schools";

    private GradeSchoolsCheck() {
    }

    public static List<Finding> check(Finding.Subject area, AreaSummary s, AreaTestsView tests) {
        List<Finding> out = new ArrayList<>();
        if (s == null || s.studentsByGrade() == null) {
            return out;
        }
        int year = s.academicYear();
        Bounds bounds = new Bounds(s);
        if (s.admissions() != null) {
            for (AreaSummary.AdmissionRow r : s.admissions().rows()) {
                String grade = r.level().equals("kindergarten") ? "pre-primary" : r.level();
                bounds.check(area, "3.1", r.nameTh(), "โรงเรียนที่เปิดรับ", "เปิดรับนักเรียน" + r.nameTh(), grade,
                        r.schools(), s.admissions().academicYear(), year, out);
            }
        }
        if (s.p6Transitions() != null) {
            bounds.check(area, "3.2", "ประถมศึกษาปีที่ 6", "โรงเรียน", "มีนักเรียนจบชั้นประถมศึกษาปีที่ 6", "P6", s.p6Transitions().schools(),
                    s.p6Transitions().graduationYear(), year, out);
        }
        if (s.m3Transitions() != null) {
            bounds.check(area, "3.3", "มัธยมศึกษาปีที่ 3", "โรงเรียน", "มีนักเรียนจบชั้นมัธยมศึกษาปีที่ 3", "M3", s.m3Transitions().schools(),
                    s.m3Transitions().graduationYear(), year, out);
        }
        if (tests != null) {
            for (AreaTestsView.TestTable t : tests.tests()) {
                int schools = t.subjects().stream().mapToInt(AreaTestsView.SubjectRow::schools).max().orElse(0);
                // the table names the test; the row and message say "takers" in Thai (a code such as ONET-M3 is
                // English in the Thai report's annex)
                bounds.check(area, t.nameTh() == null ? t.test() : t.nameTh(), "ผู้เข้าสอบ", "โรงเรียน",
                        "มีนักเรียนเข้าสอบ", t.grade(), schools,
                        tests.academicYear(), year, out);
            }
        }
        return out;
    }

    /** The most schools that can teach a grade, from the summary's year. */
    private static final class Bounds {
        private final Map<String, Integer> rooms = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private final int openSchools;

        Bounds(AreaSummary s) {
            for (AreaSummary.LevelBlock l : s.studentsByGrade().levels()) {
                rooms.put(l.level(), l.classrooms());
                names.put(l.level(), l.nameTh());
                for (AreaSummary.GradeRow g : l.grades()) {
                    rooms.put(g.grade(), g.classrooms());
                    names.put(g.grade(), g.nameTh());
                }
            }
            openSchools = s.table1() != null && s.table1().total() != null ? s.table1().total().schools()
                    : s.sizeClasses() != null ? s.sizeClasses().totalSchools() : Integer.MAX_VALUE;
        }

        /** The bound and what it is, or null when the report has none for this grade. */
        Bound of(String grade) {
            if (grade == null) {
                return null;
            }
            if (grade.startsWith("M") && rooms.containsKey(grade)) {
                return new Bound(rooms.get(grade), "ห้องเรียน" + names.get(grade) + " (ตาราง 1.1.3)",
                        grade + " classrooms (table 1.1.3)");
            }
            if (grade.equals("pre-primary") && rooms.containsKey(grade)) {
                return new Bound(Math.min(rooms.get(grade), openSchools), "ห้องเรียนก่อนประถมศึกษา (ตาราง 1.1.3)",
                        "pre-primary classrooms (table 1.1.3)");
            }
            return openSchools == Integer.MAX_VALUE ? null
                    : new Bound(openSchools, "โรงเรียนที่เปิดสอน (ตาราง 1)", "open schools (table 1)");
        }

        void check(Finding.Subject area, String table, String row, String column, String doingTh, String grade,
                   int schools,
                   int reportedYear, int boundYear, List<Finding> out) {
            Bound b = of(grade);
            if (b == null || schools <= b.most) {
                return;
            }
            String years = reportedYear == boundYear ? "" : " (ปี " + reportedYear + " กับ " + boundYear + ")";
            String yearsEn = reportedYear == boundYear ? "" : " (academic year " + reportedYear + " against " + boundYear + ")";
            out.add(Finding.of(CODE, ReportChecks.SOURCE, area).at(table, row, column)
                    .counts(schools, b.most)
                    .says(schools + " โรงเรียน" + doingTh + " แต่" + b.whatTh + " ให้ได้ไม่เกิน " + b.most + years,
                            schools + " schools report " + grade + " but at most " + b.most
                                    + " schools can teach it, by the " + b.whatEn + yearsEn));
        }
    }

    private record Bound(int most, String whatTh, String whatEn) {
    }
}
