package org.khet.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.budget.domain.BudgetCategory;
import org.khet.budget.domain.FiscalYearEntry;
import org.khet.contracts.BuddhistEra;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.problem.ProblemException;

import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedRow;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Codes a budget fact refers to: areas (the org directory replica), fiscal years and budget categories. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class References {
    private final OrgDirectory directory;

    public References(OrgDirectory directory) {
        this.directory = directory;
    }

    /** Null when the directory holds {@code code} as an area, else why not (as {@link OrgDirectory#requireArea} says it). */
    public String areaProblem(String code) {
        if (code == null || code.isBlank()) {
            return "is required";
        }
        try {
            directory.requireArea(code);
            return null;
        } catch (ProblemException e) {
            return e.getMessage();
        }
    }

    /** True when the directory holds {@code code} as an area. */
    public boolean isArea(String code) {
        return areaProblem(code) == null;
    }

    public Optional<FiscalYearEntry> fiscalYear(Integer be) {
        return be == null ? Optional.empty() : Optional.ofNullable(FiscalYearEntry.findById(be));
    }

    /** Null when the year is one Khet holds budgets for, else why not. */
    public String fiscalYearProblem(Integer be) {
        if (be == null) {
            return "is required";
        }
        if (fiscalYear(be).isEmpty()) {
            try {
                BuddhistEra.requireBe(be, "a fiscal year");
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
            return "fiscal year " + be + " is not one of the years Khet holds (see /v1/fiscal-years)";
        }
        return null;
    }

    public FiscalYearEntry requireFiscalYear(Integer be) {
        String p = fiscalYearProblem(be);
        if (p != null) {
            throw ProblemException.badRequest("fiscalYear " + p);
        }
        return fiscalYear(be).orElseThrow();
    }

    /** Categories by code and by Thai name, so a feed may name them either way. */
    public Map<String, BudgetCategory> categoryLookup() {
        Map<String, BudgetCategory> m = new LinkedHashMap<>();
        for (BudgetCategory c : BudgetCategory.ordered()) {
            m.put(c.code.toLowerCase(Locale.ROOT), c);
            m.put(c.nameTh, c);
        }
        return m;
    }

    public static BudgetCategory category(Map<String, BudgetCategory> lookup, String text) {
        return text == null ? null : lookup.get(text.strip().toLowerCase(Locale.ROOT));
    }

    public static String knownCategories(Map<String, BudgetCategory> lookup) {
        return lookup.values().stream().distinct().map(c -> c.code + " (" + c.nameTh + ")").toList().toString();
    }

    /**
     * The area and fiscal-year checks every budget feed row needs, recording problems by row and column; an area is
     * looked up once per feed however many rows name it.
     */
    public FeedRowChecks feedRowChecks() {
        return new FeedRowChecks();
    }

    public final class FeedRowChecks {
        private final Map<String, Optional<String>> areaProblems = new HashMap<>();

        private FeedRowChecks() {
        }

        /** The row's areaCode, or null (with the problem recorded) when it is missing or not a known area. */
        public String area(FeedErrors errors, FeedRow r) {
            String area = errors.text(r, "areaCode", true);
            if (area == null) {
                return null;
            }
            Optional<String> problem = areaProblems.computeIfAbsent(area, a -> Optional.ofNullable(areaProblem(a)));
            if (problem.isPresent()) {
                errors.add(r.row(), "areaCode", problem.get());
                return null;
            }
            return area;
        }

        /** The row's fiscal year if Khet holds budgets for it (the problem recorded otherwise). */
        public Optional<FiscalYearEntry> fiscalYear(FeedErrors errors, FeedRow r) {
            Integer fy = errors.beYear(r, "fiscalYear", true);
            Optional<FiscalYearEntry> year = References.this.fiscalYear(fy);
            if (fy != null && year.isEmpty()) {
                errors.add(r.row(), "fiscalYear", fiscalYearProblem(fy));
            }
            return year;
        }
    }
}
