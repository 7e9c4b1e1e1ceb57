package org.khet.contracts;

/** Buddhist-era (พ.ศ.) ↔ common-era year conversion: พ.ศ. = ค.ศ. + 543. */
public final class BuddhistEra {
    public static final int OFFSET = 543;
    /** Years Khet accepts: 2500 BE (1957) to 2700 BE; anything else is a typing error (e.g. a CE year). */
    public static final int MIN_BE = 2500;
    public static final int MAX_BE = 2700;

    private BuddhistEra() {
    }

    public static int toCe(int beYear) {
        return beYear - OFFSET;
    }

    public static int toBe(int ceYear) {
        return ceYear + OFFSET;
    }

    /** Throws when {@code beYear} is outside the plausible range, naming the value and what was likely meant. */
    public static int requireBe(int beYear, String what) {
        if (beYear < MIN_BE || beYear > MAX_BE) {
            String hint = (beYear >= MIN_BE - OFFSET && beYear <= MAX_BE - OFFSET)
                    ? " (looks like a common-era year; Khet takes Buddhist-era years, e.g. " + toBe(beYear) + ")"
                    : "";
            throw new IllegalArgumentException(what + " must be a Buddhist-era year between " + MIN_BE + " and "
                    + MAX_BE + ", got " + beYear + hint);
        }
        return beYear;
    }
}
