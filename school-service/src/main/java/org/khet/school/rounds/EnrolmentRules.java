package org.khet.school.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.FeedWarning;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.round.ValidationRules;
import org.khet.kit.sql.Sql;
import org.khet.school.domain.Grade;
import org.khet.school.service.EnrolmentFeed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The enrolment feed's rules as data ({@link ValidationRules}, kind {@code enrolment}), applied per school's area:
 * <ul>
 *   <li>{@code students-per-classroom}: a grade's students per classroom above {@code max};</li>
 *   <li>{@code grade-change}: a grade's students changed by more than {@code maxPercent} % from the school's previous
 *       stored round (grades of at least {@code minStudents} before);</li>
 *   <li>{@code grade-not-taught}: M1–M3 students at a school of a primary area that is not an expansion school.</li>
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

    public List<FeedWarning> check(EnrolmentFeed.Content c) {
        Map<String, Map<String, Optional<ValidationRules.Rule>>> byArea = new HashMap<>();
        List<Found> found = new ArrayList<>();
        Map<String, Boolean> teachesLowerSecondary = teachesLowerSecondary(c);
        Map<String, Integer> previous = previousCounts(c);
        for (EnrolmentFeed.Line l : c.lines()) {
            String area = c.schools().get(l.schoolCode()).areaCode();
            Map<String, Optional<ValidationRules.Rule>> rs = byArea.computeIfAbsent(area, a -> new HashMap<>());
            int students = l.boys() + l.girls();
            ValidationRules.Rule perRoom = rule(rs, "students-per-classroom", area);
            if (perRoom != null && l.classrooms() > 0) {
                double max = perRoom.number("max", 40);
                BigDecimal per = BigDecimal.valueOf(students).divide(BigDecimal.valueOf(l.classrooms()), 1, RoundingMode.HALF_UP);
                if (per.doubleValue() > max) {
                    found.add(new Found(perRoom, new FeedWarning(perRoom.code(), perRoom.version(), l.schoolCode(), l.row(),
                            "classrooms", students + " students in " + l.classrooms() + " classroom(s) of " + l.grade()
                            + " = " + per.toPlainString() + " per classroom", "at most " + plain(max) + " per classroom",
                            "ชั้น " + l.grade() + " มีนักเรียน " + per.toPlainString() + " คนต่อห้อง เกิน " + plain(max) + " คน",
                            l.grade() + " has " + per.toPlainString() + " students per classroom, above " + plain(max))));
                }
            }
            ValidationRules.Rule change = rule(rs, "grade-change", area);
            Integer before = previous.get(l.schoolCode() + "/" + l.academicYear() + "/" + l.round() + "/" + l.grade());
            if (change != null && before != null && before >= change.number("minStudents", 10) && before > 0) {
                double max = change.number("maxPercent", 30);
                BigDecimal pct = BigDecimal.valueOf(Math.abs(students - before) * 100L)
                        .divide(BigDecimal.valueOf(before), 2, RoundingMode.HALF_UP);
                if (pct.doubleValue() > max) {
                    found.add(new Found(change, new FeedWarning(change.code(), change.version(), l.schoolCode(), l.row(),
                            "boys", students + " students in " + l.grade() + ", " + before + " in the previous round ("
                            + pct.toPlainString() + " % change)", "at most " + plain(max) + " % change",
                            "ชั้น " + l.grade() + " เปลี่ยนจาก " + before + " เป็น " + students + " คน (" + pct.toPlainString() + " %)",
                            l.grade() + " changed from " + before + " to " + students + " students (" + pct.toPlainString() + " %)")));
                }
            }
            ValidationRules.Rule taught = rule(rs, "grade-not-taught", area);
            if (taught != null && students > 0 && l.grade().level == Grade.Level.LOWER_SECONDARY
                    && !teachesLowerSecondary.getOrDefault(l.schoolCode(), true)) {
                found.add(new Found(taught, new FeedWarning(taught.code(), taught.version(), l.schoolCode(), l.row(),
                        "grade", students + " students in " + l.grade(), "M1–M3 only at expansion schools",
                        "โรงเรียนไม่ใช่โรงเรียนขยายโอกาส แต่มีนักเรียนชั้น " + l.grade() + " " + students + " คน",
                        "the school is not an expansion school but has " + students + " students in " + l.grade())));
            }
        }
        List<Problem.FieldError> hard = found.stream().filter(f -> f.rule().hard())
                .map(f -> Problem.FieldError.cell(f.warning().row(), f.warning().column(), f.warning().rule() + ": "
                        + f.warning().messageEn() + " (" + f.warning().limit() + ")")).toList();
        if (!hard.isEmpty()) {
            throw ProblemException.validation("figures break hard validation rules; nothing was stored", hard);
        }
        return found.stream().map(Found::warning).toList();
    }

    private record Found(ValidationRules.Rule rule, FeedWarning warning) {
    }

    private ValidationRules.Rule rule(Map<String, Optional<ValidationRules.Rule>> cache, String code, String area) {
        return cache.computeIfAbsent(code, k -> rules.effective("enrolment", k, area)).filter(r -> !r.off()).orElse(null);
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Whether each school of the feed teaches M1–M3: expansion schools, and every school of a secondary area. */
    private Map<String, Boolean> teachesLowerSecondary(EnrolmentFeed.Content c) {
        Map<String, Boolean> out = new HashMap<>();
        sql.query("""
                select s.code, s.expansion or a.level = 'secondary' from school s join area a on a.code = s.area_code
                 where s.code = any(?)""", rs -> out.put(rs.getString(1), rs.getBoolean(2)),
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
        sql.query("""
                select t.school, t.yr, t.rnd, g.grade, g.boys + g.girls
                  from unnest(?, ?, ?) as t(school, yr, rnd)
                  cross join lateral (select r.academic_year, r.round from enrolment_round r
                                       where r.school_code = t.school and (r.academic_year, r.round) < (t.yr, t.rnd)
                                       order by r.academic_year desc, r.round desc limit 1) p
                  join enrolment_grade g on g.school_code = t.school and g.academic_year = p.academic_year
                                        and g.round = p.round""",
                rs -> out.put(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3) + "/" + rs.getString(4), rs.getInt(5)),
                schools.toArray(String[]::new), years.toArray(Integer[]::new), numbers.toArray(Integer[]::new));
        return out;
    }
}
