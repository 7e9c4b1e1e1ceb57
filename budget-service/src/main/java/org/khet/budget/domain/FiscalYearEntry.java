package org.khet.budget.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A fiscal year (ปีงบประมาณ) Khet accepts budget data for: 1 October to 30 September, named in BE. */
@Entity
@Table(name = "fiscal_year")
public class FiscalYearEntry extends PanacheEntityBase {
    @Id
    public int be;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
}
