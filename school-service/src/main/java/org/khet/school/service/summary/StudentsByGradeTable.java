package org.khet.school.service.summary;

import org.khet.contracts.read.school.AreaSummary.GradeRow;
import org.khet.contracts.read.school.AreaSummary.LevelBlock;
import org.khet.contracts.read.school.AreaSummary.StudentsByGrade;
import org.khet.school.domain.Grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.khet.school.service.summary.SummaryTable.STUDENTS_BY_GRADE;

/**
 * 1.1.3 จำนวนนักเรียนและห้องเรียน: the round's students and classrooms by grade, each level's subtotal and the grand
 * total. A primary area prints no upper-secondary block unless its schools reported such students.
 */
public final class StudentsByGradeTable {

    /** A grade's boys, girls and classrooms in the round, over the area's schools. */
    public record Count(int boys, int girls, int classrooms) {
        static final Count NONE = new Count(0, 0, 0);

        int students() {
            return boys + girls;
        }
    }

    /**
     * @param byGrade         the grades the schools reported (a grade not in it counts zero)
     * @param secondaryArea   whether the area is a secondary one (สพม.), which prints upper secondary always
     */
    public TableResult<StudentsByGrade> compute(Map<Grade, Count> byGrade, boolean secondaryArea) {
        Figures figures = new Figures();
        List<LevelBlock> levels = new ArrayList<>();
        int students = 0;
        int classrooms = 0;
        for (Grade.Level level : Grade.Level.values()) {
            if (level == Grade.Level.UPPER_SECONDARY && !secondaryArea
                    && byGrade.keySet().stream().noneMatch(g -> g.level == level)) {
                continue;
            }
            List<GradeRow> grades = new ArrayList<>();
            int levelStudents = 0;
            int levelRooms = 0;
            for (Grade g : Grade.values()) {
                if (g.level != level) {
                    continue;
                }
                Count c = byGrade.getOrDefault(g, Count.NONE);
                grades.add(new GradeRow(g.name(), g.nameTh, c.boys(), c.girls(), c.students(), c.classrooms()));
                figures.put(STUDENTS_BY_GRADE, g.name(), "students", c.students())
                        .put(STUDENTS_BY_GRADE, g.name(), "classrooms", c.classrooms())
                        .label(STUDENTS_BY_GRADE, g.name(), g.nameTh);
                levelStudents += c.students();
                levelRooms += c.classrooms();
            }
            String key = level.name().toLowerCase(Locale.ROOT).replace('_', '-');
            figures.put(STUDENTS_BY_GRADE, key, "students", levelStudents)
                    .put(STUDENTS_BY_GRADE, key, "classrooms", levelRooms)
                    .label(STUDENTS_BY_GRADE, key, level.nameTh);
            levels.add(new LevelBlock(key, level.nameTh, grades, levelStudents, levelRooms));
            students += levelStudents;
            classrooms += levelRooms;
        }
        figures.put(STUDENTS_BY_GRADE, FigureKey.TOTAL, "students", students)
                .put(STUDENTS_BY_GRADE, FigureKey.TOTAL, "classrooms", classrooms);
        return TableResult.of(new StudentsByGrade(levels, students, classrooms), figures);
    }
}
