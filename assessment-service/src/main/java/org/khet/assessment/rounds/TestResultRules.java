package org.khet.assessment.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.assessment.service.TestStatisticsFeed;
import org.khet.contracts.FeedWarning;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.round.ValidationRules;
import org.khet.kit.sql.Sql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schools' test results' rules as data ({@link ValidationRules}, kind {@code test-statistics}), applied per
 * school's area:
 * <ul>
 *   <li>{@code mean-change}: a school's subject mean moved more than {@code maxPoints} percentage points from its
 *       mean of the year before;</li>
 *   <li>{@code takers-above-enrolment}: a school's takers of a subject above its students in the test's grade (the
 *       catalogue's {@code test.grade}: P3 for NT, P6 / M3 for O-NET …) by more than {@code maxPercentOver} %, counted
 *       in the school's latest enrolment round of the same academic year that the replica holds
 *       ({@link SchoolReplica}); skipped when it holds none.</li>
 * </ul>
 * A rule of severity warning gives {@link FeedWarning}s; hard rejects the feed (400, every figure listed).
 */
@ApplicationScoped
public class TestResultRules {
    public static final String KIND = TestStatisticsFeed.KIND;

    private final ValidationRules rules;
    private final Sql sql;

    public TestResultRules(ValidationRules rules, Sql sql) {
        this.rules = rules;
        this.sql = sql;
    }

    public List<FeedWarning> check(List<TestStatisticsFeed.Line> lines) {
        List<TestStatisticsFeed.Line> schools = lines.stream().filter(l -> "SCHOOL".equals(l.level())).toList();
        if (schools.isEmpty()) {
            return List.of();
        }
        Map<String, BigDecimal> previous = previousMeans(schools);
        Map<String, Enrolled> enrolled = enrolled(schools);
        Map<String, Optional<ValidationRules.Rule>> takersByArea = new HashMap<>();
        Map<String, Optional<ValidationRules.Rule>> byArea = new HashMap<>();
        List<ValidationRules.Rule> applied = new ArrayList<>();
        List<FeedWarning> found = new ArrayList<>();
        for (TestStatisticsFeed.Line l : schools) {
            ValidationRules.Rule takers = takersByArea.computeIfAbsent(l.area(),
                    a -> rules.effective(KIND, "takers-above-enrolment", a)).filter(r -> !r.off()).orElse(null);
            Enrolled e = enrolled.get(l.org() + "|" + l.year() + "|" + l.test());
            if (takers != null && e != null && l.takers() != null) {
                BigDecimal over = BigDecimal.valueOf(takers.number("maxPercentOver", 0)).stripTrailingZeros();
                // takers × 100 > students × (100 + maxPercentOver), exactly
                if (BigDecimal.valueOf(l.takers() * 100L).compareTo(BigDecimal.valueOf(e.students())
                        .multiply(BigDecimal.valueOf(100).add(over))) > 0) {
                    String where = "round " + e.round() + " of " + l.year();
                    applied.add(takers);
                    found.add(new FeedWarning(takers.code(), takers.version(), l.org(), l.row(), "takers",
                            l.takers() + " takers of " + l.test() + " subject " + l.subject() + ", " + e.students()
                                    + " students in " + e.grade() + " (" + where + ")",
                            (over.signum() == 0 ? "at most the " : "at most " + over.toPlainString() + " % above the ")
                                    + e.students() + " students enrolled in " + e.grade(),
                            l.test() + " วิชา " + l.subject() + " มีผู้เข้าสอบ " + l.takers() + " คน มากกว่านักเรียนชั้น "
                                    + e.grade() + " " + e.students() + " คน (รอบที่ " + e.round() + " ปีการศึกษา "
                                    + l.year() + ")",
                            l.test() + " subject " + l.subject() + " has " + l.takers() + " takers, more than the "
                                    + e.students() + " students enrolled in " + e.grade() + " (" + where + ")"));
                }
            }
            ValidationRules.Rule change = byArea.computeIfAbsent(l.area(),
                    a -> rules.effective(KIND, "mean-change", a)).filter(r -> !r.off()).orElse(null);
            BigDecimal before = previous.get(key(l.org(), l.test(), l.subject()));
            if (change == null || before == null) {
                continue;
            }
            BigDecimal max = BigDecimal.valueOf(change.number("maxPoints", 20)).stripTrailingZeros();
            BigDecimal moved = l.mean().subtract(before);
            if (moved.abs().compareTo(max) > 0) {
                String signed = (moved.signum() > 0 ? "+" : "") + moved.toPlainString();
                applied.add(change);
                found.add(new FeedWarning(change.code(), change.version(), l.org(), l.row(), "meanPercent",
                        l.mean().toPlainString() + " in " + l.year() + ", " + before.toPlainString() + " in " + (l.year() - 1)
                                + " (" + signed + " points)", "at most " + max.toPlainString() + " points from the year before",
                        l.test() + " วิชา " + l.subject() + " ค่าเฉลี่ยเปลี่ยนจาก " + before.toPlainString() + " เป็น "
                                + l.mean().toPlainString() + " (" + signed + " คะแนน) เกิน " + max.toPlainString() + " คะแนน",
                        l.test() + " subject " + l.subject() + " mean moved from " + before.toPlainString() + " to "
                                + l.mean().toPlainString() + " (" + signed + " points), more than " + max.toPlainString()));
            }
        }
        List<Problem.FieldError> hard = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (applied.get(i).hard()) {
                FeedWarning w = found.get(i);
                hard.add(Problem.FieldError.cell(w.row(), w.column(), w.rule() + ": " + w.messageEn() + " (" + w.limit() + ")"));
            }
        }
        if (!hard.isEmpty()) {
            throw ProblemException.validation("figures break hard validation rules; nothing was stored", hard);
        }
        return found;
    }

    private static String key(String school, String test, String subject) {
        return school + "|" + test + "|" + subject;
    }

    /** A school's students in a test's grade, in its latest enrolment round of the year that the replica holds. */
    private record Enrolled(String grade, int round, int students) {
    }

    /**
     * By "school|year|test": the students in the test's grade in the school's latest round of that academic year
     * (a grade the round does not list has none: a round is replaced whole); no entry without a round or a known test.
     */
    private Map<String, Enrolled> enrolled(List<TestStatisticsFeed.Line> lines) {
        Map<String, Enrolled> out = new HashMap<>();
        sql.query("""
                select t.org, t.yr, t.test, x.grade, p.round, coalesce(g.students, 0)
                  from (select distinct * from unnest(?, ?, ?) as u(org, yr, test)) t
                  join test x on x.code = t.test
                  cross join lateral (select max(r.round) as round from replica_enrolment_grade r
                                       where r.school_code = t.org and r.academic_year = t.yr) p
                  left join replica_enrolment_grade g on g.school_code = t.org and g.academic_year = t.yr
                                                     and g.round = p.round and g.grade = x.grade
                 where p.round is not null""",
                rs -> out.put(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3),
                        new Enrolled(rs.getString(4), rs.getInt(5), rs.getInt(6))),
                lines.stream().map(TestStatisticsFeed.Line::org).toArray(String[]::new),
                lines.stream().map(TestStatisticsFeed.Line::year).toArray(Integer[]::new),
                lines.stream().map(TestStatisticsFeed.Line::test).toArray(String[]::new));
        return out;
    }

    /** Each school's stored mean of the year before its line's year, by school, test and subject. */
    private Map<String, BigDecimal> previousMeans(List<TestStatisticsFeed.Line> lines) {
        Map<String, BigDecimal> out = new HashMap<>();
        sql.query("""
                select t.org, t.test, t.subject, s.mean_percent
                  from unnest(?, ?, ?, ?) as t(org, test, subject, yr)
                  join test_statistic s on s.level = 'SCHOOL' and s.org_code = t.org and s.test_code = t.test
                                       and s.subject_code = t.subject and s.academic_year = t.yr - 1""",
                rs -> out.put(key(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getBigDecimal(4)),
                lines.stream().map(TestStatisticsFeed.Line::org).toArray(String[]::new),
                lines.stream().map(TestStatisticsFeed.Line::test).toArray(String[]::new),
                lines.stream().map(TestStatisticsFeed.Line::subject).toArray(String[]::new),
                lines.stream().map(TestStatisticsFeed.Line::year).toArray(Integer[]::new));
        return out;
    }
}
