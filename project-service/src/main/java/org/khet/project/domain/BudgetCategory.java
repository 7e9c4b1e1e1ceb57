package org.khet.project.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The budget category (หมวดงบประมาณ) of a project's money, by budget-service's codes: งบบุคลากร, งบดำเนินงาน,
 * งบลงทุน, งบเงินอุดหนุน, งบรายจ่ายอื่น. Stored and published as the lower-case code.
 */
public enum BudgetCategory {
    PERSONNEL, OPERATING, INVESTMENT, SUBSIDY, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(BudgetCategory::code).toList();
    }

    /** The category of a code (case-insensitive), or empty when it is none of them. */
    public static Optional<BudgetCategory> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        return Arrays.stream(values()).filter(v -> v.code().equalsIgnoreCase(c)).findFirst();
    }
}
