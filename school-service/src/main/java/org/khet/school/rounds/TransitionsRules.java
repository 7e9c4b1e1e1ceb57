package org.khet.school.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.FeedWarning;
import org.khet.kit.round.ValidationRules;
import org.khet.school.service.TransitionsFeed;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The transitions feed's rules as data ({@link ValidationRules}, kind {@code transitions}), applied per school's area:
 * {@code transitions-add-up}, a stage's destinations (P6: continued and not continuing; M3: general, vocational,
 * equivalent and not continuing) that differ from its graduates by more than {@code maxDifference}.
 */
@ApplicationScoped
public class TransitionsRules {
    private final ValidationRules rules;

    public TransitionsRules(ValidationRules rules) {
        this.rules = rules;
    }

    public List<FeedWarning> check(TransitionsFeed.Content c) {
        RuleCheck check = new RuleCheck(rules, "transitions");
        for (TransitionsFeed.Line l : c.lines()) {
            ValidationRules.Rule sum = check.rule("transitions-add-up", c.schools().get(l.schoolCode()).areaCode());
            if (sum == null) {
                continue;
            }
            int destinations = Stream.of(l.continued(), l.general(), l.vocational(), l.equivalent(), l.notContinuing())
                    .filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
            double max = sum.number("maxDifference", 0);
            if (Math.abs(destinations - l.graduates()) > max) {
                String parts = "P6".equals(l.stage()) ? "continued + notContinuing"
                        : "general + vocational + equivalent + notContinuing";
                check.found(sum, l.schoolCode(), l.row(), "graduates", l.graduates() + " graduates of " + l.stage()
                                + ", " + parts + " = " + destinations,
                        max == 0 ? "the destinations add up to the graduates"
                                : "the destinations within " + RuleCheck.plain(max) + " of the graduates",
                        "ผู้จบชั้น " + l.stage() + " " + l.graduates() + " คน แต่รวมผู้ศึกษาต่อและไม่ศึกษาต่อได้ "
                                + destinations + " คน",
                        l.stage() + " has " + l.graduates() + " graduates but its destinations add up to " + destinations);
            }
        }
        return check.result();
    }
}
