package org.khet.contracts.read.national;

import java.math.BigDecimal;

/**
 * A subject's national figures: the takers-weighted mean of every area's mean (Σ mean × takers / Σ takers over the
 * areas that say their takers) beside the figures OBEC and the nation published.
 *
 * @param areas          areas with a mean in the subject
 * @param weightedAreas  of them, those whose takers are known (the weighted mean is over these)
 * @param weightedMean   rounded half-up to 2 decimals; null where no area says its takers
 * @param obecPublished  OBEC's (สพฐ.) published mean, where stored
 * @param difference     obecPublished − weightedMean
 */
public record SubjectFigures(String test, String subject, String subjectTh, int areas, int weightedAreas, long takers,
                             BigDecimal weightedMean, BigDecimal obecPublished, BigDecimal nationPublished,
                             BigDecimal difference) {
}
