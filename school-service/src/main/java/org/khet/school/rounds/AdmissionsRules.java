package org.khet.school.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.FeedWarning;
import org.khet.kit.round.ValidationRules;
import org.khet.school.service.AdmissionsFeed;

import java.math.BigDecimal;
import java.util.List;

/**
 * The admissions feed's rules as data ({@link ValidationRules}, kind {@code admissions}), applied per school's area:
 * {@code admissions-above-plan}, a level's admitted students (or rooms) above the plan the same row gives, by more
 * than {@code maxPercentOver} % of it (0: any student above the plan).
 */
@ApplicationScoped
public class AdmissionsRules {
    private final ValidationRules rules;

    public AdmissionsRules(ValidationRules rules) {
        this.rules = rules;
    }

    public List<FeedWarning> check(AdmissionsFeed.Content c) {
        RuleCheck check = new RuleCheck(rules, "admissions");
        for (AdmissionsFeed.Line l : c.lines()) {
            ValidationRules.Rule above = check.rule("admissions-above-plan", c.schools().get(l.schoolCode()).areaCode());
            if (above == null) {
                continue;
            }
            double over = above.number("maxPercentOver", 0);
            above(check, above, l, over, "admittedStudents", l.admittedStudents(), l.plannedStudents(), "students", "คน");
            above(check, above, l, over, "admittedRooms", l.admittedRooms(), l.plannedRooms(), "rooms", "ห้อง");
        }
        return check.result();
    }

    private static void above(RuleCheck check, ValidationRules.Rule rule, AdmissionsFeed.Line l, double maxPercentOver,
                              String column, int admitted, int planned, String what, String unitTh) {
        // admitted ≤ planned × (1 + p/100), compared exactly: admitted × 100 ≤ planned × (100 + p)
        BigDecimal allowed = BigDecimal.valueOf(planned).multiply(BigDecimal.valueOf(100 + maxPercentOver));
        if (BigDecimal.valueOf(admitted * 100L).compareTo(allowed) <= 0) {
            return;
        }
        String limit = maxPercentOver == 0 ? "at most the " + planned + " planned"
                : "at most " + RuleCheck.plain(maxPercentOver) + " % above the " + planned + " planned";
        check.found(rule, l.schoolCode(), l.row(), column, admitted + " " + what + " admitted to " + l.level() + ", "
                        + planned + " planned", limit,
                "รับนักเรียน" + l.level() + " " + admitted + " " + unitTh + " เกินแผน " + planned + " " + unitTh,
                l.level() + " admitted " + admitted + " " + what + ", above the plan of " + planned);
    }
}
