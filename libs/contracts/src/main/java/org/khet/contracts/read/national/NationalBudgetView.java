package org.khet.contracts.read.national;

import org.khet.contracts.read.Page;

import java.time.LocalDate;

/** The national budget roll-up (budget-service): a page of the areas' allocation and disbursement at a date. */
public record NationalBudgetView(int fiscalYear, LocalDate asOf, Page<BudgetArea> areas) {
}
