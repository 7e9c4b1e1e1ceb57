package org.khet.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one percentage rule of Khet: part / whole × 100, rounded half-up to two decimals. */
public final class Percent {
    public static final int SCALE = 2;

    private Percent() {
    }

    /** @return the percentage, or {@code null} when the whole is zero (a percentage of nothing is undefined). */
    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(long part, long whole) {
        return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** Rounds any computed figure (a mean, a difference) the way percentages are rounded. */
    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
