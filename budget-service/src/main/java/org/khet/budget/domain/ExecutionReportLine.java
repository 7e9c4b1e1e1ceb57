package org.khet.budget.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** One category row of an execution snapshot: disbursed and PO-committed, plus the figures printed beside them. */
@Entity
@Table(name = "execution_report_line")
@IdClass(ExecutionReportLine.Key.class)
public class ExecutionReportLine extends PanacheEntityBase {
    @Id
    @ManyToOne
    @JoinColumn(name = "report_id")
    public ExecutionReport report;
    @Id
    @Column(name = "category_code")
    public String categoryCode;
    @Column(name = "reported_allocated")
    public BigDecimal reportedAllocated;
    public BigDecimal disbursed;
    public BigDecimal committed;
    @Column(name = "reported_remaining")
    public BigDecimal reportedRemaining;
    @Column(name = "reported_percent")
    public BigDecimal reportedPercent;

    public static class Key implements Serializable {
        public UUID report;
        public String categoryCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(report, k.report) && Objects.equals(categoryCode, k.categoryCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(report, categoryCode);
        }
    }
}
