package org.khet.assessment.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored evaluation result as the API shows it. */
public record EvaluationOut(UUID id, String areaCode, int fiscalYear, String framework, String indicator, String round,
                            String state, BigDecimal score, Integer reportedLevel, String reportedLabel,
                            BigDecimal targetPercent, BigDecimal achievedPercent, String reportedOutcome,
                            String reportedGrade, Integer rank, Integer rankOf, BigDecimal reportedChange, String note,
                            long version, OffsetDateTime updatedAt, String updatedBy) {
}
