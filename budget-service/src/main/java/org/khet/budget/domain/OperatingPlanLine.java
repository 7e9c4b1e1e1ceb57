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

/** A line item of the operating plan (รายการ), e.g. ค่าไฟฟ้า in the group ค่าสาธารณูปโภค. */
@Entity
@Table(name = "operating_plan_line")
@IdClass(OperatingPlanLine.Key.class)
public class OperatingPlanLine extends PanacheEntityBase {
    @Id
    @ManyToOne
    @JoinColumn(name = "plan_id")
    public OperatingPlan plan;
    @Id
    @Column(name = "line_no")
    public int lineNo;
    @Column(name = "section_th")
    public String sectionTh;
    @Column(name = "group_th")
    public String groupTh;
    @Column(name = "item_th")
    public String itemTh;
    public BigDecimal planned;
    public BigDecimal spent;

    public static class Key implements Serializable {
        public UUID plan;
        public int lineNo;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(plan, k.plan) && lineNo == k.lineNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(plan, lineNo);
        }
    }
}
