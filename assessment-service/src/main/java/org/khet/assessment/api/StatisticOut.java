package org.khet.assessment.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored test statistic as the API shows it. */
public record StatisticOut(UUID id, int academicYear, String test, String subject, String level, String orgCode,
                           String areaCode, BigDecimal meanPercent, Integer takers, BigDecimal standardDeviation,
                           String source, BigDecimal reportedDiffObec, BigDecimal reportedDiffNation, long version,
                           OffsetDateTime updatedAt, String updatedBy) {
}
