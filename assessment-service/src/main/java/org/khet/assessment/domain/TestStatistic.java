package org.khet.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A test statistic at the level it was published (school, area, OBEC, nation): mean percent score and takers
 * of one subject in one academic year. Subject {@code ALL} is a printed "รวมเฉลี่ย", kept only to be checked.
 */
@Entity
@Table(name = "test_statistic")
public class TestStatistic extends PanacheEntityBase {
    public static final String ALL_SUBJECTS = "ALL";

    @Id
    public UUID id;
    public int academicYear;
    public String testCode;
    public String subjectCode;
    public String level;
    public String orgCode;
    public String areaCode;
    public BigDecimal meanPercent;
    public Integer takers;
    public BigDecimal standardDeviation;
    public String source;
    public BigDecimal reportedDiffObec;
    public BigDecimal reportedDiffNation;
    @Version
    public long version;
    public OffsetDateTime updatedAt;
    public String updatedBy;

    public static TestStatistic findByKey(int year, String test, String subject, String level, String org) {
        return find("academicYear = ?1 and testCode = ?2 and subjectCode = ?3 and level = ?4 and orgCode = ?5",
                year, test, subject, level, org).firstResult();
    }
}
