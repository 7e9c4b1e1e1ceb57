package org.khet.kit.problem;

import org.khet.contracts.BuddhistEra;
import org.khet.contracts.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects every field error of one JSON request body, so that a client can fix all of them in one round; then
 * {@link #throwIfAny} answers one 400 problem listing them, before anything is stored. (Feeds have their row and
 * column twin, {@code org.khet.kit.feed.FeedErrors}.)
 */
public final class FieldErrors {
    private final List<Problem.FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(Problem.FieldError.field(field, message));
    }

    public void addIf(String field, String problem) {
        if (problem != null) {
            add(field, problem);
        }
    }

    public boolean required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** A 400 problem "{@code what} is not valid; nothing was stored" with every field error, when there is any. */
    public void throwIfAny(String what) {
        if (!errors.isEmpty()) {
            throw ProblemException.validation(what + " is not valid; nothing was stored", errors);
        }
    }

    /** A 400 problem "n field(s) are not valid; nothing was stored" with every field error, when there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors.size() + " field(s) are not valid; nothing was stored", errors);
        }
    }

    public String text(String field, String value, boolean required, int max) {
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

    /** An amount in baht: at most two decimals, within numeric(16,2); negative only where allowed. Null when absent or bad. */
    public BigDecimal money(String field, BigDecimal value, boolean required, boolean allowNegative) {
        if (value == null) {
            if (required) {
                add(field, "is required");
            }
            return null;
        }
        try {
            BigDecimal m = Money.ofWritten(value);
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

    public Integer fiscalYear(String field, Integer value) {
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

    public Integer positive(String field, Integer value, boolean required) {
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

    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, E dflt) {
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

    /** A percentage from 0 to 1000 with at most two decimals (scale 2); null when absent or bad. */
    public BigDecimal percent(String field, BigDecimal value) {
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
}
