package org.khet.budget.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The office's operating plan for a fiscal year (แผนการใช้จ่ายงบประมาณของสำนักงาน): planned vs spent lines. */
@Entity
@Table(name = "operating_plan")
public class OperatingPlan extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    public List<OperatingPlanLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    public List<OperatingPlanReportedTotal> reportedTotals = new ArrayList<>();

    public static OperatingPlan find(String areaCode, int fiscalYear) {
        return find("areaCode = ?1 and fiscalYear = ?2", areaCode, fiscalYear).firstResult();
    }
}
