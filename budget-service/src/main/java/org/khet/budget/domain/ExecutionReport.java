package org.khet.budget.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A snapshot of budget execution (ผลการเบิกจ่ายงบประมาณ) as of a date, as the finance system reported it. */
@Entity
@Table(name = "execution_report")
public class ExecutionReport extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Column(name = "as_of")
    public LocalDate asOf;
    public String source;
    @Column(name = "reported_total_allocated")
    public BigDecimal reportedTotalAllocated;
    @Column(name = "reported_total_disbursed")
    public BigDecimal reportedTotalDisbursed;
    @Column(name = "reported_total_committed")
    public BigDecimal reportedTotalCommitted;
    @Column(name = "reported_total_remaining")
    public BigDecimal reportedTotalRemaining;
    @Column(name = "reported_total_percent")
    public BigDecimal reportedTotalPercent;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ExecutionReportLine> lines = new ArrayList<>();
}
