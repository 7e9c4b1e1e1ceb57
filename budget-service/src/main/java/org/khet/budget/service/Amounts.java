package org.khet.budget.service;

import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.problem.FieldErrors;

import java.math.BigDecimal;

/**
 * The rule "amounts have at most 2 decimals (more is a 400)" read as written: {@code 1000.500} has three
 * decimals and is refused, although its value has two (the kit's money parsers strip trailing zeros first). A
 * finance figure typed with a third decimal place is a typing or export error the sender should see. These wrap
 * the kit's {@code money} checks, which still check range and sign.
 */
final class Amounts {
    private Amounts() {
    }

    /** A JSON amount: Jackson keeps the scale as written ({@code 1000.500} → scale 3). */
    static BigDecimal money(FieldErrors checks, String field, BigDecimal value, boolean required, boolean allowNegative) {
        if (value != null && value.scale() > 2) {
            checks.add(field, value.toPlainString() + " has more than two decimals (satang)");
            return null;
        }
        return checks.money(field, value, required, allowNegative);
    }

    /** A feed cell, as written ({@code "1,000.500"} has three decimals). */
    static BigDecimal money(FeedErrors errors, FeedRow r, String column, boolean required, boolean allowNegative) {
        String v = r.get(column);
        if (v != null) {
            int dot = v.lastIndexOf('.');
            String decimals = dot < 0 ? "" : v.substring(dot + 1).strip();
            if (decimals.length() > 2 && decimals.chars().allMatch(Character::isDigit)) {
                errors.add(r.row(), column, v.strip() + " has more than two decimals (satang)");
                return null;
            }
        }
        return errors.money(r, column, required, allowNegative);
    }
}
