package org.khet.project.service;

import org.khet.contracts.BuddhistEra;
import org.khet.contracts.Money;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects every field error of one request, so a client can fix all of them in one round. */
final class Validation {
    private final List<Problem.FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(Problem.FieldError.field(field, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    void throwIfAny(String what) {
        if (!errors.isEmpty()) {
            throw ProblemException.validation(what + " is not valid; nothing was stored", errors);
        }
    }

    String text(String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "is required");
            }
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            add(field, "is longer than " + max + " characters");
            return null;
        }
        return s;
    }

    /** An amount in baht: at most two decimals, within numeric(16,2), never negative. */
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

    Integer fiscalYear(String field, Integer value) {
        if (value == null) {
            add(field, "is required (Buddhist era, e.g. 2566)");
            return null;
        }
        if (value < BuddhistEra.MIN_BE || value > BuddhistEra.MAX_BE) {
            add(field, "must be a Buddhist-era year from " + BuddhistEra.MIN_BE + " to " + BuddhistEra.MAX_BE + ", got " + value);
            return null;
        }
        return value;
    }

    Integer positive(String field, Integer value, boolean required) {
        if (value == null) {
            if (required) {
                add(field, "is required");
            }
            return null;
        }
        if (value < 1) {
            add(field, "must be 1 or more, got " + value);
            return null;
        }
        return value;
    }

    <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, E dflt) {
        if (value == null || value.isBlank()) {
            if (dflt == null) {
                add(field, "is required, one of " + List.of(type.getEnumConstants()));
            }
            return dflt;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            add(field, "must be one of " + List.of(type.getEnumConstants()) + ", got '" + value + "'");
            return null;
        }
    }
}
