package org.khet.budget.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Column;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** A subtotal or total row as printed (รวม, รวมทั้งหมด), kept only to compare with the sums of stored lines. */
@Entity
@Table(name = "operating_plan_reported_total")
@IdClass(OperatingPlanReportedTotal.Key.class)
public class OperatingPlanReportedTotal extends PanacheEntityBase {
    @Id
    @ManyToOne
    @JoinColumn(name = "plan_id")
    public OperatingPlan plan;
    @Id
    public int seq;
    /** section, group or total: what the printed row sums. */
    public String scope;
    @Column(name = "label_th")
    public String labelTh;
    public BigDecimal planned;
    public BigDecimal spent;

    public static class Key implements Serializable {
        public UUID plan;
        public int seq;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(plan, k.plan) && seq == k.seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(plan, seq);
        }
    }
}
