package org.khet.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of a year-over-year table as a report printed it (ตารางเปรียบเทียบ), kept to check Khet's own comparison. */
@Entity
@Table(name = "test_comparison_reported")
public class ReportedComparison extends PanacheEntityBase {
    @Id
    public UUID id;
    public String areaCode;
    public String testCode;
    public String subjectCode;
    public int academicYear;
    public BigDecimal meanPercent;
    public int previousYear;
    public BigDecimal previousMean;
    public BigDecimal difference;
    public String labelTh;
    public String source;
    @Version
    public long version;
    public OffsetDateTime updatedAt;
    public String updatedBy;
}
