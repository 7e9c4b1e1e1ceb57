package org.khet.contracts.read.project;

import org.khet.contracts.codes.ProjectStatus;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A project (โครงการ) as project-service answers it ({@code GET /v1/projects/{id}}, and the items of
 * {@code GET /v1/areas/{code}/projects}): its plan, money, owners, results and photos.
 *
 * @param strategyTh   the text of its strategy in the year's strategic plan, null without a plan or a strategy
 * @param remaining    budget − actual spend, computed; null while no spend is reported (negative: overspent)
 * @param spentPercent actual spend as a percentage of the budget; null while no spend is reported
 * @param reportedBudget    a second budget the source printed (the project's own page), kept to show disagreements
 * @param reportedRemaining the remainder the source printed, kept to show disagreements
 * @param budgetCategory    budget-service's category code (personnel, operating, investment, subsidy, other), or null
 */
public record ProjectView(UUID id, String areaCode, int fiscalYear, PlanKind planKind, int number, String title,
                          FundingSource fundingSource, String budgetCategory, Integer strategyNumber, String strategyTh,
                          BigDecimal budget, BigDecimal actualSpend, BigDecimal remaining, BigDecimal spentPercent,
                          BigDecimal reportedBudget, BigDecimal reportedRemaining, List<ProjectOwner> owners,
                          ProjectStatus status, Achievement achieved, List<QuantitativeResult> quantitativeResults,
                          List<String> qualitativeResults, List<String> problems, List<String> suggestions,
                          List<PhotoView> photos, long version, OffsetDateTime updatedAt, String updatedBy) {
}
