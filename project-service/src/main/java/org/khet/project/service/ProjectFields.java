package org.khet.project.service;

import org.khet.contracts.read.project.Achievement;
import org.khet.project.domain.BudgetCategory;
import org.khet.contracts.read.project.FundingSource;
import org.khet.contracts.read.project.ProjectOwner;
import org.khet.contracts.read.project.PlanKind;
import org.khet.project.domain.Project;
import org.khet.contracts.codes.ProjectStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A project's plan and money fields after validation, from a JSON body or a feed row. {@code status} and
 * {@code achieved} null keep what is stored (a new project is PLANNED and NOT_ASSESSED); {@code keepBudgetCategory}
 * keeps the stored category (a feed without that column), else {@code budgetCategory} replaces it, null clearing it.
 */
record ProjectFields(int fiscalYear, PlanKind planKind, int number, String title, FundingSource fundingSource,
                     Integer strategyNumber, BigDecimal budget, BigDecimal actualSpend, BigDecimal reportedBudget,
                     BigDecimal reportedRemaining, List<ProjectOwner> owners, ProjectStatus status, Achievement achieved,
                     BudgetCategory budgetCategory, boolean keepBudgetCategory) {

    /** What applying these fields changed, so that only real changes become events. */
    record Changes(boolean plan, boolean spend, boolean result, BigDecimal previousBudget, BigDecimal previousSpend) {
        boolean any() {
            return plan || spend || result;
        }
    }

    Changes applyTo(Project p) {
        BigDecimal previousBudget = p.budget;
        BigDecimal previousSpend = p.actualSpend;
        ProjectStatus status = this.status != null ? this.status : p.status != null ? p.status : ProjectStatus.PLANNED;
        Achievement achieved = this.achieved != null ? this.achieved
                : p.achieved != null ? p.achieved : Achievement.NOT_ASSESSED;
        String category = keepBudgetCategory ? p.budgetCategory : budgetCategory == null ? null : budgetCategory.code();
        boolean plan = p.planKind != planKind || p.number != number || !Objects.equals(p.title, title)
                || p.fundingSource != fundingSource || !Objects.equals(p.strategyNumber, strategyNumber)
                || !same(p.budget, budget) || !same(p.reportedBudget, reportedBudget)
                || !Objects.equals(p.owners, owners) || !Objects.equals(p.budgetCategory, category);
        boolean spend = !same(p.actualSpend, actualSpend) || !same(p.reportedRemaining, reportedRemaining);
        boolean result = p.status != status || p.achieved != achieved;
        p.fiscalYear = fiscalYear;
        p.planKind = planKind;
        p.number = number;
        p.title = title;
        p.fundingSource = fundingSource;
        p.strategyNumber = strategyNumber;
        p.budget = budget;
        p.actualSpend = actualSpend;
        p.reportedBudget = reportedBudget;
        p.reportedRemaining = reportedRemaining;
        p.owners = new ArrayList<>(owners);
        p.status = status;
        p.achieved = achieved;
        p.budgetCategory = category;
        return new Changes(plan, spend, result, previousBudget, previousSpend);
    }

    ProjectFields withOwners(List<ProjectOwner> linked) {
        return new ProjectFields(fiscalYear, planKind, number, title, fundingSource, strategyNumber, budget, actualSpend,
                reportedBudget, reportedRemaining, linked, status, achieved, budgetCategory, keepBudgetCategory);
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
