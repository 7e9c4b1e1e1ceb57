package org.khet.school.rounds;

import org.khet.contracts.FeedWarning;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.round.ValidationRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One feed's check against its kind's rules as data: the rule in force for each school's area (looked up once per
 * area and code; none when it is off), and what the rules found. {@link #result} rejects the feed (400, every figure
 * listed) when a hard rule broke, else answers the warnings.
 */
final class RuleCheck {
    private final ValidationRules rules;
    private final String kind;
    private Map<String, Map<String, ValidationRules.Rule>> inForce;
    private final List<Found> found = new ArrayList<>();

    private record Found(ValidationRules.Rule rule, FeedWarning warning) {
    }

    /** Whether the warnings are kept: when not, only hard rules are checked (the others could only warn). */
    private final boolean kept;

    RuleCheck(ValidationRules rules, String kind) {
        this(rules, kind, true);
    }

    RuleCheck(ValidationRules rules, String kind, boolean kept) {
        this.rules = rules;
        this.kind = kind;
        this.kept = kept;
    }

    /** Whether rule {@code code} is checked in some area (so its data is worth reading). */
    boolean checked(String code) {
        Map<String, ValidationRules.Rule> byArea = inForce().get(code);
        return byArea != null && byArea.values().stream().anyMatch(r -> !r.off() && (kept || r.hard()));
    }

    /**
     * The rule {@code code} in force in {@code area}, or null when it is off or unknown: the area's latest version,
     * else the national default's latest ({@link ValidationRules#effective}'s choice), from the kind's rules read in
     * one query (a national feed names 245 areas: one query per area and rule took seconds; ADR 0030).
     */
    ValidationRules.Rule rule(String code, String area) {
        Map<String, ValidationRules.Rule> byArea = inForce().get(code);
        if (byArea == null) {
            return null;
        }
        ValidationRules.Rule r = byArea.get(area);
        if (r == null) {
            r = byArea.get(NATIONAL);
        }
        return r == null || r.off() || !kept && !r.hard() ? null : r;
    }

    /** Where the national default is kept in {@link #inForce}'s maps (no area code is empty). */
    private static final String NATIONAL = "";

    /** Each rule's latest version per area (the national default under {@link #NATIONAL}), by code. */
    private Map<String, Map<String, ValidationRules.Rule>> inForce() {
        if (inForce == null) {
            inForce = new HashMap<>();
            for (ValidationRules.Rule r : rules.rules(kind, null)) {
                inForce.computeIfAbsent(r.code(), c -> new HashMap<>())
                        .merge(r.areaCode() == null ? NATIONAL : r.areaCode(), r,
                                (a, b) -> b.version() > a.version() ? b : a);
            }
        }
        return inForce;
    }

    /** What {@code rule} found at a school's row and column. */
    void found(ValidationRules.Rule rule, String school, int row, String column, String reported, String limit,
               String messageTh, String messageEn) {
        found.add(new Found(rule, new FeedWarning(rule.code(), rule.version(), school, row, column, reported, limit,
                messageTh, messageEn)));
    }

    /** The warnings, in the order found; a 400 listing every figure when a hard rule found any. */
    List<FeedWarning> result() {
        List<Problem.FieldError> hard = found.stream().filter(f -> f.rule().hard())
                .map(f -> Problem.FieldError.cell(f.warning().row(), f.warning().column(), f.warning().rule() + ": "
                        + f.warning().messageEn() + " (" + f.warning().limit() + ")")).toList();
        if (!hard.isEmpty()) {
            throw ProblemException.validation("figures break hard validation rules; nothing was stored", hard);
        }
        return found.stream().map(Found::warning).toList();
    }

    /** A parameter as written: 40, not 40.0. */
    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
