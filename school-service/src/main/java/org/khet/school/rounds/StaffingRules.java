package org.khet.school.rounds;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.FeedWarning;
import org.khet.kit.round.ValidationRules;
import org.khet.kit.sql.Sql;
import org.khet.school.repository.SchoolFacts.RoundKey;
import org.khet.school.service.StaffingFeed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staffing feed's rules as data ({@link ValidationRules}, kind {@code staffing}), applied per school's area:
 * {@code pupils-per-teacher}, a school's pupils per teaching staff member out of {@code min}–{@code max}, counting the
 * staff types listed in {@code staffTypes} against the school's stored enrolment of the same year and round (a round
 * without stored enrolment is not checked: there is nothing to compare with).
 */
@ApplicationScoped
public class StaffingRules {
    static final List<String> TEACHING = List.of("teacher", "government-employee", "crisis-teacher");

    private final ValidationRules rules;
    private final Sql sql;

    public StaffingRules(ValidationRules rules, Sql sql) {
        this.rules = rules;
        this.sql = sql;
    }

    /** A school's round in the feed: its lines' rows and counts by staff type. */
    private static final class Sent {
        final int firstRow;
        final Map<String, int[]> byType = new HashMap<>();

        Sent(int firstRow) {
            this.firstRow = firstRow;
        }
    }

    public List<FeedWarning> check(StaffingFeed.Content c) {
        RuleCheck check = new RuleCheck(rules, "staffing");
        Map<RoundKey, Sent> sent = new LinkedHashMap<>();
        for (StaffingFeed.Line l : c.lines()) {
            sent.computeIfAbsent(new RoundKey(l.schoolCode(), l.academicYear(), l.round()), k -> new Sent(l.row()))
                    .byType.put(l.staffType(), new int[]{l.row(), l.count()});
        }
        Map<RoundKey, Integer> pupils = pupils(sent.keySet());
        sent.forEach((k, s) -> {
            ValidationRules.Rule ratio = check.rule("pupils-per-teacher", c.schools().get(k.schoolCode()).areaCode());
            Integer students = pupils.get(k);
            if (ratio == null || students == null) {
                return;
            }
            List<String> types = staffTypes(ratio.params());
            int teachers = 0;
            int row = 0;
            for (String t : types) {
                int[] line = s.byType.get(t);
                if (line != null) {
                    teachers += line[1];
                    row = row == 0 ? line[0] : Math.min(row, line[0]);
                }
            }
            row = row == 0 ? s.firstRow : row;
            double min = ratio.number("min", 0);
            double max = ratio.number("max", Double.MAX_VALUE);
            String limit = "from " + RuleCheck.plain(min) + " to " + RuleCheck.plain(max) + " pupils per teacher ("
                    + String.join(", ", types) + ")";
            if (teachers == 0) {
                if (students > 0) {
                    check.found(ratio, k.schoolCode(), row, "count", students + " pupils and 0 teaching staff", limit,
                            "โรงเรียนมีนักเรียน " + students + " คน แต่ไม่มีครูผู้สอน",
                            "the school has " + students + " pupils and no teaching staff");
                }
                return;
            }
            BigDecimal per = BigDecimal.valueOf(students).divide(BigDecimal.valueOf(teachers), 1, RoundingMode.HALF_UP);
            if (per.doubleValue() < min || per.doubleValue() > max) {
                check.found(ratio, k.schoolCode(), row, "count", students + " pupils / " + teachers + " teaching staff = "
                                + per.toPlainString() + " pupils per teacher", limit,
                        "นักเรียน " + per.toPlainString() + " คนต่อครู 1 คน อยู่นอกช่วง " + RuleCheck.plain(min) + "–"
                                + RuleCheck.plain(max) + " คน",
                        per.toPlainString() + " pupils per teacher, outside " + RuleCheck.plain(min) + "–"
                                + RuleCheck.plain(max));
            }
        });
        return check.result();
    }

    /** The staff types the rule counts as teaching: its {@code staffTypes} parameter, else {@link #TEACHING}. */
    private static List<String> staffTypes(JsonNode params) {
        JsonNode types = params == null ? null : params.get("staffTypes");
        if (types == null || !types.isArray() || types.isEmpty()) {
            return TEACHING;
        }
        List<String> out = new ArrayList<>();
        types.forEach(t -> out.add(t.asText()));
        return out;
    }

    /** The stored students of each school's round the feed sends (rounds without stored enrolment are absent). */
    private Map<RoundKey, Integer> pupils(java.util.Set<RoundKey> rounds) {
        Map<RoundKey, Integer> out = new HashMap<>();
        sql.query("""
                select g.school_code, g.academic_year, g.round, sum(g.boys + g.girls)
                  from unnest(?, ?, ?) as t(school, yr, rnd)
                  join enrolment_grade g on g.school_code = t.school and g.academic_year = t.yr and g.round = t.rnd
                 group by g.school_code, g.academic_year, g.round""",
                rs -> out.put(new RoundKey(rs.getString(1), rs.getInt(2), rs.getInt(3)), rs.getInt(4)),
                rounds.stream().map(RoundKey::schoolCode).toArray(String[]::new),
                rounds.stream().map(RoundKey::academicYear).toArray(Integer[]::new),
                rounds.stream().map(RoundKey::round).toArray(Integer[]::new));
        return out;
    }
}
