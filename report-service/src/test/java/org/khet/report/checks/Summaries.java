package org.khet.report.checks;

import org.khet.contracts.read.school.AreaSummary;

import java.util.List;
import java.util.Map;

/** Made-up area summaries with only the tables a check reads. */
final class Summaries {
    static final String AREA = "5699";
    static final String NAME = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดลอง เขต 1";

    private Summaries() {
    }

    static AreaSummary of(AreaSummary.Table1 table1, AreaSummary.SizeClasses sizes, AreaSummary.StudentsByDistrict students,
                          AreaSummary.StudentsByGrade grades, AreaSummary.StaffByDistrict staff,
                          AreaSummary.Admissions admissions, AreaSummary.PrimaryTransitions p6,
                          AreaSummary.SecondaryTransitions m3) {
        return new AreaSummary(AREA, NAME, 2566, 1, List.of(), null, table1, sizes, students, grades, staff, null, null,
                admissions, p6, m3, List.of(), Map.of(), List.of(), null);
    }

    static AreaSummary.DistrictRow district(String code, String name, int mainSchools, int branches) {
        return new AreaSummary.DistrictRow(code, name, null, null, null, null, null, null, mainSchools + branches,
                mainSchools, branches);
    }

    static AreaSummary.Table1 table1(AreaSummary.DistrictRow... districts) {
        int main = 0;
        int branches = 0;
        for (AreaSummary.DistrictRow d : districts) {
            main += d.mainSchools();
            branches += d.branches();
        }
        return new AreaSummary.Table1(List.of(districts), new AreaSummary.DistrictRow(null, "รวม", null, null, null, null,
                null, null, main + branches, main, branches));
    }

    static AreaSummary.GradeRow grade(String grade, String name, int students, int rooms) {
        return new AreaSummary.GradeRow(grade, name, students / 2, students - students / 2, students, rooms);
    }

    static AreaSummary.LevelBlock level(String level, String name, AreaSummary.GradeRow... grades) {
        int students = 0;
        int rooms = 0;
        for (AreaSummary.GradeRow g : grades) {
            students += g.students();
            rooms += g.classrooms();
        }
        return new AreaSummary.LevelBlock(level, name, List.of(grades), students, rooms);
    }

    static AreaSummary.StudentsByGrade grades(AreaSummary.LevelBlock... levels) {
        return new AreaSummary.StudentsByGrade(List.of(levels), 0, 0);
    }
}
