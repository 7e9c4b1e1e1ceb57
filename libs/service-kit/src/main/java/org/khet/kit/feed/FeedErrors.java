package org.khet.kit.feed;

import org.khet.contracts.Money;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Collects what is wrong with a feed's rows while they are parsed, so the sender learns every bad cell in one
 * answer. Each parse method returns null when the cell is bad (the error is recorded); {@link #throwIfAny}
 * ends the validation with a 400 problem listing row, column and reason.
 */
public final class FeedErrors {
    /** Beyond this many, the answer lists the first ones and says how many there are in all. */
    public static final int MAX_LISTED = 1000;

    private final List<Problem.FieldError> errors = new ArrayList<>();
    private int total;

    public void add(int row, String column, String message) {
        total++;
        if (errors.size() < MAX_LISTED) {
            errors.add(Problem.FieldError.cell(row, column, message));
        }
    }

    /** OBEC school codes: the 8-digit SMIS code or the 10-digit OBEC code. */
    public static final java.util.regex.Pattern SCHOOL_CODE = java.util.regex.Pattern.compile("[0-9]{8}|[0-9]{10}");

    /**
     * The one "registered and open school" check of every school-level feed (enrolment, staffing, admissions,
     * transitions, the schools' test results): the school in {@code column} must be registered and open.
     *
     * @param code   the school code of the row (null when the cell was empty: reported by the caller's own check)
     * @param status the school's status in the register ({@code open}, {@code merged}, {@code closed}), or null when
     *               no school with that code is registered
     * @param sends  what the feed carries, for the message ("enrolment", "test results")
     * @return true when the school may send the row
     */
    public boolean registeredOpenSchool(FeedRow r, String column, String code, String status, String sends) {
        if (code == null) {
            return false;
        }
        if (status == null) {
            add(r.row(), column, SCHOOL_CODE.matcher(code).matches()
                    ? "no school " + code + " is registered"
                    : "must be an OBEC school code of 8 or 10 digits, got '" + code + "'");
            return false;
        }
        if (!org.khet.contracts.codes.SchoolStatus.OPEN.code().equals(status)) {
            add(r.row(), column, "school " + code + " is " + status + "; it sends no " + sends);
            return false;
        }
        return true;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public int count() {
        return total;
    }

    public void throwIfAny() {
        if (total > 0) {
            String more = total > errors.size() ? " (the first " + errors.size() + " are listed)" : "";
            throw ProblemException.validation(total + " problem(s) in the feed" + more + "; nothing was stored", errors);
        }
    }

    public String text(FeedRow r, String column, boolean required) {
        String v = r.get(column);
        if (v == null && required) {
            add(r.row(), column, "is required");
        }
        return v;
    }

    /** A whole number ≥ 0 (counts of students, rooms, staff). Accepts "1,234" and Excel's "12.0". */
    public Integer count(FeedRow r, String column, boolean required) {
        String v = text(r, column, required);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v.replace(",", ""));
            if (d.signum() < 0) {
                add(r.row(), column, "must not be negative, got " + v);
                return null;
            }
            return d.stripTrailingZeros().intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            add(r.row(), column, "must be a whole number, got '" + v + "'");
            return null;
        }
    }

    public Integer integer(FeedRow r, String column, boolean required, int min, int max) {
        String v = text(r, column, required);
        if (v == null) {
            return null;
        }
        try {
            int i = new BigDecimal(v.replace(",", "")).stripTrailingZeros().intValueExact();
            if (i < min || i > max) {
                add(r.row(), column, "must be from " + min + " to " + max + ", got " + v);
                return null;
            }
            return i;
        } catch (NumberFormatException | ArithmeticException e) {
            add(r.row(), column, "must be a whole number, got '" + v + "'");
            return null;
        }
    }

    /**
     * A decimal number with at most {@code scale} decimals from {@code min} to {@code max}, so that a value too large
     * for its column is the sender's error at this row and column (e.g. {@code "a percentage"}, 0, 100).
     */
    public BigDecimal decimal(FeedRow r, String column, boolean required, int scale, String what, BigDecimal min,
                              BigDecimal max) {
        BigDecimal d = decimal(r, column, required, scale);
        if (d != null && (d.compareTo(min) < 0 || d.compareTo(max) > 0)) {
            add(r.row(), column, "must be " + what + " from " + min.toPlainString() + " to " + max.toPlainString()
                    + ", got " + d.toPlainString());
            return null;
        }
        return d;
    }

    /** A decimal number (a mean score, a percentage) with at most {@code scale} decimals. */
    public BigDecimal decimal(FeedRow r, String column, boolean required, int scale) {
        String v = text(r, column, required);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v.replace(",", ""));
            if (d.stripTrailingZeros().scale() > scale) {
                add(r.row(), column, "has more than " + scale + " decimals: " + v);
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            add(r.row(), column, "must be a number, got '" + v + "'");
            return null;
        }
    }

    /** An amount of baht with at most two decimals; negative only where {@code allowNegative}. */
    public BigDecimal money(FeedRow r, String column, boolean required, boolean allowNegative) {
        String v = text(r, column, required);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal m = Money.parse(v);
            if (m.signum() < 0 && !allowNegative) {
                add(r.row(), column, "must not be negative, got " + v);
                return null;
            }
            return m;
        } catch (IllegalArgumentException e) {
            add(r.row(), column, e.getMessage());
            return null;
        }
    }

    /** An ISO date (2023-06-10). */
    public LocalDate date(FeedRow r, String column, boolean required) {
        String v = text(r, column, required);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            add(r.row(), column, "must be a date as YYYY-MM-DD (Gregorian), got '" + v + "'");
            return null;
        }
    }

    /** One of the allowed values (case-insensitive), returned as written in {@code allowed}. */
    public String oneOf(FeedRow r, String column, boolean required, Collection<String> allowed) {
        String v = text(r, column, required);
        if (v == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v)) {
                return a;
            }
        }
        add(r.row(), column, "must be one of " + allowed + ", got '" + v + "'");
        return null;
    }

    public Boolean bool(FeedRow r, String column, boolean required) {
        String v = text(r, column, required);
        if (v == null) {
            return null;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "ใช่" -> {
                return true;
            }
            case "false", "no", "n", "0", "ไม่ใช่" -> {
                return false;
            }
            default -> {
                add(r.row(), column, "must be true or false, got '" + v + "'");
                return null;
            }
        }
    }

    /** A Buddhist-era year (2566). */
    public Integer beYear(FeedRow r, String column, boolean required) {
        return integer(r, column, required, org.khet.contracts.BuddhistEra.MIN_BE, org.khet.contracts.BuddhistEra.MAX_BE);
    }
}
