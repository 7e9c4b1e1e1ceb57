package org.khet.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * Baht amounts: {@link BigDecimal} with scale 2 (satang), never floating point. Input with more than two
 * decimals is rejected rather than rounded, so a typed amount is never silently changed.
 */
public final class Money {
    public static final int SCALE = 2;
    /** numeric(16,2): 14 digits before the point. */
    public static final BigDecimal MAX = new BigDecimal("99999999999999.99");
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** Parses an amount as written ("1,234.50" and "1234.5" are accepted; "12.345", "12.300" and "abc" are not). */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("amount is empty");
        }
        String cleaned = text.strip().replace(",", "");
        BigDecimal value;
        try {
            value = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not an amount of money");
        }
        return ofWritten(value);
    }

    /**
     * An amount as a sender wrote it (a request body's number, a feed cell): more than two decimal places written is
     * refused even when they are zeros ({@code 1000.500}) — a third decimal place in a finance figure is a typing or
     * export error the sender should see. Then as {@link #of(BigDecimal)}.
     */
    public static BigDecimal ofWritten(BigDecimal value) {
        Objects.requireNonNull(value, "amount");
        if (value.scale() > SCALE) {
            throw new IllegalArgumentException(value.toPlainString() + " has more than two decimals (satang)");
        }
        return of(value);
    }

    /** Checks scale and range and returns the amount at scale 2 (a computed value's trailing zeros are no decimals). */
    public static BigDecimal of(BigDecimal value) {
        Objects.requireNonNull(value, "amount");
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            throw new IllegalArgumentException(value.toPlainString() + " has more than two decimals (satang)");
        }
        if (value.abs().compareTo(MAX) > 0) {
            throw new IllegalArgumentException(value.toPlainString() + " is larger than " + MAX.toPlainString());
        }
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal of(long baht) {
        return BigDecimal.valueOf(baht).setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal sum(Collection<BigDecimal> amounts) {
        BigDecimal total = ZERO;
        for (BigDecimal a : amounts) {
            if (a != null) {
                total = total.add(a);
            }
        }
        return total.setScale(SCALE, RoundingMode.UNNECESSARY);
    }
}
