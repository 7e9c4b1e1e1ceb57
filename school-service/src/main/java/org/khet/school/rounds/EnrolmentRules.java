package org.khet.school.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.FeedWarning;
import org.khet.kit.round.ValidationRules;
import org.khet.kit.sql.Sql;
import org.khet.school.domain.Grade;
import org.khet.school.service.EnrolmentFeed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The enrolment feed's rules as data ({@link ValidationRules}, kind {@code enrolment}), applied per school's area:
 * <ul>
 *   <li>{@code students-per-classroom}: a grade's students per classroom above {@code max};</li>
 *   <li>{@code grade-change}: a grade's students changed by more than {@code maxPercent} % from the school's previous
 *       stored round (grades of at least {@code minStudents} before);</li>
 *   <li>{@code grade-not-taught}: M1–M3 students at a school of a primary area that is not an expansion school;</li>
 *   <li>{@code kindergarten-not-taught}: K1–K3 students at a school whose register lists the levels it teaches without
 *       kindergarten (a school whose levels are unknown is skipped);</li>
 *   <li>{@code classrooms-without-students}: a grade with classrooms and no students;</li>
 *   <li>{@code students-without-classrooms}: a level (pre-primary, primary, lower or upper secondary) with students
 *       and no classroom in any of its grades (a grade without a room of its own shares one of its level: ห้องเรียนคละชั้น).</li>
 * </ul>
 * A rule of severity warning gives {@link FeedWarning}s; hard rejects the feed (400, every figure listed).
 */
@ApplicationScoped
public class EnrolmentRules {
    private final ValidationRules rules;
    private final Sql sql;

    public EnrolmentRules(ValidationRules rules, Sql sql) {
        this.rules = rules;
        this.sql = sql;
    }

    /** The rules this class checks. */
    static final List<String> CODES = List.of("students-per-classroom", "classrooms-without-students", "grade-change",
            "grade-not-taught", "kindergarten-not-taught", "students-without-classrooms");

    public List<FeedWarning> check(EnrolmentFeed.Content c) {
        return check(c, true);
    }

    /** @param kept false when nobody reads the warnings: only hard rules are checked (see FeedKind#warnings) */
    public List<FeedWarning> check(EnrolmentFeed.Content c, boolean kept) {
        RuleCheck check = new RuleCheck(rules, "enrolment", kept);
        if (CODES.stream().noneMatch(check::checked)) {
            return List.of(); // nobody keeps warnings and no rule is hard: nothing to look at
        }
        long t0 = System.nanoTime();
        Map<String, Register> register = check.checked("grade-not-taught") || check.checked("kindergarten-not-taught")
                ? register(c) : Map.of();
        long t1 = System.nanoTime();
        Map<String, Integer> previous = check.checked("grade-change") ? previousCounts(c) : Map.of();
        long t2 = System.nanoTime();
        Map<String, LevelCount> levels = new LinkedHashMap<>();
        boolean byLevel = check.checked("students-without-classrooms");
        for (EnrolmentFeed.Line l : c.lines()) {
            String area = c.schools().get(l.schoolCode()).areaCode();
            int students = l.boys() + l.girls();
            if (byLevel) {
                levels.computeIfAbsent(l.schoolCode() + "/" + l.academicYear() + "/" + l.round() + "/" + l.grade().level,
                        k -> new LevelCount(l.schoolCode(), area, l.grade().level, l.row())).add(students, l.classrooms());
            }
            ValidationRules.Rule perRoom = check.rule("students-per-classroom", area);
            if (perRoom != null && l.classrooms() > 0) {
                double max = perRoom.number("max", 40);
                BigDecimal per = BigDecimal.valueOf(students).divide(BigDecimal.valueOf(l.classrooms()), 1, RoundingMode.HALF_UP);
                if (per.doubleValue() > max) {
                    check.found(perRoom, l.schoolCode(), l.row(), "classrooms", students + " students in " + l.classrooms()
                            + " classroom(s) of " + l.grade() + " = " + per.toPlainString() + " per classroom",
                            "at most " + plain(max) + " per classroom",
                            "ชั้น " + l.grade() + " มีนักเรียน " + per.toPlainString() + " คนต่อห้อง เกิน " + plain(max) + " คน",
                            l.grade() + " has " + per.toPlainString() + " students per classroom, above " + plain(max));
                }
            }
            ValidationRules.Rule empty = check.rule("classrooms-without-students", area);
            if (empty != null && l.classrooms() > 0 && students == 0) {
                check.found(empty, l.schoolCode(), l.row(), "classrooms", l.classrooms() + " classroom(s) of " + l.grade()
                                + " and 0 students", "a classroom has students",
                        "ชั้น " + l.grade() + " มี " + l.classrooms() + " ห้องเรียน แต่ไม่มีนักเรียน",
                        l.grade() + " has " + l.classrooms() + " classroom(s) and no students");
            }
            ValidationRules.Rule change = check.rule("grade-change", area);
            Integer before = change == null ? null
                    : previous.get(l.schoolCode() + "/" + l.academicYear() + "/" + l.round() + "/" + l.grade());
            if (change != null && before != null && before >= change.number("minStudents", 10) && before > 0) {
                double max = change.number("maxPercent", 30);
                BigDecimal pct = BigDecimal.valueOf(Math.abs(students - before) * 100L)
                        .divide(BigDecimal.valueOf(before), 2, RoundingMode.HALF_UP);
                if (pct.doubleValue() > max) {
                    check.found(change, l.schoolCode(), l.row(), "boys", students + " students in " + l.grade() + ", "
                                    + before + " in the previous round (" + pct.toPlainString() + " % change)",
                            "at most " + plain(max) + " % change",
                            "ชั้น " + l.grade() + " เปลี่ยนจาก " + before + " เป็น " + students + " คน (" + pct.toPlainString() + " %)",
                            l.grade() + " changed from " + before + " to " + students + " students (" + pct.toPlainString() + " %)");
                }
            }
            ValidationRules.Rule taught = check.rule("grade-not-taught", area);
            if (taught != null && students > 0 && l.grade().level == Grade.Level.LOWER_SECONDARY
                    && !register.getOrDefault(l.schoolCode(), Register.UNKNOWN).lowerSecondary()) {
                check.found(taught, l.schoolCode(), l.row(), "grade", students + " students in " + l.grade(),
                        "M1–M3 only at expansion schools",
                        "โรงเรียนไม่ใช่โรงเรียนขยายโอกาส แต่มีนักเรียนชั้น " + l.grade() + " " + students + " คน",
                        "the school is not an expansion school but has " + students + " students in " + l.grade());
            }
            ValidationRules.Rule kindergarten = check.rule("kindergarten-not-taught", area);
            List<String> listed = register.getOrDefault(l.schoolCode(), Register.UNKNOWN).levels();
            if (kindergarten != null && students > 0 && l.grade().level == Grade.Level.PRE_PRIMARY && listed != null
                    && !listed.contains(Grade.Level.PRE_PRIMARY.code)) {
                check.found(kindergarten, l.schoolCode(), l.row(), "grade", students + " students in " + l.grade(),
                        "K1–K3 only at a school whose register lists kindergarten (it lists " + String.join(", ", listed) + ")",
                        "ทะเบียนโรงเรียนระบุว่าไม่มีระดับอนุบาล แต่มีนักเรียนชั้น " + l.grade() + " " + students + " คน",
                        "the school register lists no kindergarten but the school has " + students + " students in "
                                + l.grade());
            }
        }
        for (LevelCount lc : levels.values()) {
            ValidationRules.Rule roomless = check.rule("students-without-classrooms", lc.area);
            if (roomless != null && lc.students > 0 && lc.classrooms == 0) {
                check.found(roomless, lc.school, lc.firstRow, "classrooms", lc.students + " students in "
                                + lc.level.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " grades and 0 classrooms",
                        "a level with students has a classroom",
                        "ระดับ" + lc.level.nameTh + " มีนักเรียน " + lc.students + " คน แต่ไม่มีห้องเรียน",
                        "the " + lc.level.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " level has "
                                + lc.students + " students and no classroom");
            }
        }
        org.jboss.logging.Logger.getLogger(EnrolmentRules.class).infof("enrolment rules: register %d ms, previous %d ms, "
                + "rules %d ms", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return check.result();
    }

    /** A school's level (pre-primary, primary …) in one round of the feed: its students, classrooms and first row. */
    private static final class LevelCount {
        final String school;
        final String area;
        final Grade.Level level;
        final int firstRow;
        int students;
        int classrooms;

        LevelCount(String school, String area, Grade.Level level, int firstRow) {
            this.school = school;
            this.area = area;
            this.level = level;
            this.firstRow = firstRow;
        }

        void add(int students, int classrooms) {
            this.students += students;
            this.classrooms += classrooms;
        }
    }

    private static String plain(double v) {
        return RuleCheck.plain(v);
    }

    /**
     * What the register says a school teaches: M1–M3 (expansion schools, and every school of a secondary area) and
     * the levels it lists (null when unknown).
     */
    private record Register(boolean lowerSecondary, List<String> levels) {
        static final Register UNKNOWN = new Register(true, null);
    }

    private Map<String, Register> register(EnrolmentFeed.Content c) {
        Map<String, Register> out = new HashMap<>();
        sql.query("""
                select s.code, s.expansion or a.level = 'secondary', s.levels from school s
                  join area a on a.code = s.area_code
                 where s.code = any(?)""", rs -> {
                    java.sql.Array levels = rs.getArray(3);
                    return out.put(rs.getString(1), new Register(rs.getBoolean(2),
                            levels == null ? null : List.of((String[]) levels.getArray())));
                },
                (Object) c.schools().keySet().toArray(String[]::new));
        return out;
    }

    /** Each grade's students in the school's latest stored round before the feed's, by "school/year/round/grade". */
    private Map<String, Integer> previousCounts(EnrolmentFeed.Content c) {
        List<String> schools = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        c.rounds().keySet().forEach(k -> {
            schools.add(k.schoolCode());
            years.add(k.academicYear());
            numbers.add(k.round());
        });
        Map<String, Integer> out = new HashMap<>();
        // The previous rounds first, materialized, then their grades joined on the whole key: the one-statement
        // form (grades joined on the school from the feed and the year and round from the lateral look-up) was
        // planned, right after a national feed had doubled the tables and before autovacuum analysed them, as an
        // index scan of enrolment_grade by year and round alone, memoized and filtered by school: 29,000 × 435,000
        // comparisons, minutes instead of a second (ADR 0030).
        sql.query("""
                with prev as materialized (
                    select t.school, t.yr, t.rnd, p.academic_year, p.round
                      from unnest(?, ?, ?) as t(school, yr, rnd)
                      cross join lateral (select r.academic_year, r.round from enrolment_round r
                                           where r.school_code = t.school and (r.academic_year, r.round) < (t.yr, t.rnd)
                                           order by r.academic_year desc, r.round desc limit 1) p)
                select prev.school, prev.yr, prev.rnd, g.grade, g.boys + g.girls
                  from prev join enrolment_grade g on g.school_code = prev.school
                                                  and g.academic_year = prev.academic_year and g.round = prev.round""",
                rs -> out.put(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3) + "/" + rs.getString(4), rs.getInt(5)),
                schools.toArray(String[]::new), years.toArray(Integer[]::new), numbers.toArray(Integer[]::new));
        return out;
    }
}
