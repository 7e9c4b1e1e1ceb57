package org.khet.budget.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One allotment (การจัดสรร / โอนเปลี่ยนแปลง) of a category's budget to an area; negative for a transfer out. */
@Entity
@Table(name = "allotment")
public class Allotment extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Column(name = "category_code")
    public String categoryCode;
    @Column(name = "document_no")
    public String documentNo;
    @Column(name = "allotted_on")
    public LocalDate allottedOn;
    @Column(precision = 16, scale = 2)
    public BigDecimal amount;
    public String note;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
