package org.khet.project.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.khet.contracts.codes.ProjectStatus;
import org.khet.contracts.read.project.Achievement;
import org.khet.contracts.read.project.FundingSource;
import org.khet.contracts.read.project.PlanKind;
import org.khet.contracts.read.project.ProjectOwner;
import org.khet.contracts.read.project.QuantitativeResult;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A project (โครงการ) of an area's fiscal year with its money and results. Remaining is computed, never stored. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Enumerated(EnumType.STRING)
    @Column(name = "plan_kind")
    public PlanKind planKind;
    public int number;
    public String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source")
    public FundingSource fundingSource;
    /** budget-service's category code (personnel, operating, investment, subsidy, other), or null. */
    @Column(name = "budget_category")
    public String budgetCategory;
    @Column(name = "strategy_number")
    public Integer strategyNumber;
    public BigDecimal budget;
    @Column(name = "actual_spend")
    public BigDecimal actualSpend;
    @Column(name = "reported_budget")
    public BigDecimal reportedBudget;
    @Column(name = "reported_remaining")
    public BigDecimal reportedRemaining;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ProjectOwner> owners = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public ProjectStatus status;
    @Enumerated(EnumType.STRING)
    public Achievement achieved;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "quantitative_results")
    public List<QuantitativeResult> quantitativeResults = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "qualitative_results")
    public List<String> qualitativeResults = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> problems = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> suggestions = new ArrayList<>();
    @Version
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    /** budget − actual spend; null while no spend is reported. Negative means overspent. */
    public BigDecimal remaining() {
        return actualSpend == null ? null : budget.subtract(actualSpend);
    }
}
