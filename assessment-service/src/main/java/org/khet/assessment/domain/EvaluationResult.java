package org.khet.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A result of one indicator for an area and fiscal year, as the evaluating body reported it: a score of a round
 * (QP 6 and 12 months) or of the indicator itself (round ''), a target and achieved percentage, an ITA score with
 * its grade and rank, or an explicit state (not applicable, monitored but not evaluated, pending).
 * Indicator {@code ALL} is the framework average as reported.
 */
@Entity
@Table(name = "evaluation_result")
public class EvaluationResult extends PanacheEntityBase {
    public static final String ALL = "ALL";
    public static final List<String> STATES = List.of("SCORED", "NOT_APPLICABLE", "MONITORED_NOT_EVALUATED", "PENDING",
            "NOT_REPORTED");

    @Id
    public UUID id;
    public String areaCode;
    public int fiscalYear;
    public String frameworkCode;
    public String indicatorCode;
    public String round;
    public String state;
    public BigDecimal score;
    public Integer reportedLevel;
    public String reportedLabel;
    public BigDecimal targetPercent;
    public BigDecimal achievedPercent;
    public String reportedOutcome;
    public String reportedGrade;
    public Integer rank;
    public Integer rankOf;
    public BigDecimal reportedChange;
    public String note;
    @Version
    public long version;
    public OffsetDateTime updatedAt;
    public String updatedBy;

    public static List<EvaluationResult> of(String area, int fiscalYear) {
        return list("areaCode = ?1 and fiscalYear = ?2", area, fiscalYear);
    }
}
