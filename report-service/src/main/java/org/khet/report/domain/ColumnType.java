package org.khet.report.domain;

/** How a column's values are kept (numbers stay numbers in JSON and XLSX) and printed. */
public enum ColumnType {
    /** Text, printed as is. */
    TEXT,
    /** A count: 1,072. */
    INTEGER,
    /** Baht with satang: 158,845,335.00 (the budget tables). */
    MONEY,
    /**
     * Baht as the project lists print them: whole baht (5,000) where the amount has no satang, with its satang
     * (5,000.50) where it has; a satang is never dropped. XLSX keeps the number with two decimals.
     */
    BAHT,
    /** A score or mean with two decimals: 41.33. */
    DECIMAL,
    /** A difference, printed with its sign: +0.05, -1.15. */
    SIGNED_DECIMAL,
    /** A percentage with two decimals: 97.86. */
    PERCENT;

    public boolean numeric() {
        return this != TEXT;
    }
}
