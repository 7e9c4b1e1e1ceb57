package org.khet.budget.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A project's budget and spend as project-service last published them (a projection; project-service owns it). */
@Entity
@Table(name = "project_funding")
public class ProjectFunding extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public String projectId;
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    public Integer number;
    @Column(name = "plan_kind")
    public String planKind;
    @Column(name = "funding_source")
    public String fundingSource;
    @Column(name = "category_code")
    public String categoryCode;
    public String strategy;
    public String title;
    public BigDecimal budget;
    @Column(name = "actual_spend")
    public BigDecimal actualSpend;
    public boolean deleted;
    @Column(name = "last_event_id")
    public String lastEventId;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
