package org.khet.budget.service;

import org.khet.contracts.Money;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with a JSON body field by field, so the client can fix everything in one round. */
final class FieldChecks {
    private final List<Problem.FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(Problem.FieldError.field(field, message));
    }

    void addIf(String field, String problem) {
        if (problem != null) {
            add(field, problem);
        }
    }

    boolean required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    /** An amount with at most two decimals; negative only where allowed. Null when absent or bad. */
    BigDecimal money(String field, BigDecimal value, boolean required, boolean allowNegative) {
        if (value == null) {
            if (required) {
                add(field, "is required");
            }
            return null;
        }
        try {
            BigDecimal m = Money.of(value);
            if (m.signum() < 0 && !allowNegative) {
                add(field, "must not be negative, got " + value.toPlainString());
                return null;
            }
            return m;
        } catch (IllegalArgumentException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    BigDecimal percent(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            add(field, "has more than two decimals: " + value.toPlainString());
            return null;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1000)) > 0) {
            add(field, "must be a percentage from 0 to 1000, got " + value.toPlainString());
            return null;
        }
        return value.setScale(2);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors.size() + " field(s) are not valid; nothing was stored", errors);
        }
    }
}
