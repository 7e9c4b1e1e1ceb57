package org.khet.contracts.read.national;

import java.math.BigDecimal;

/**
 * An area's mean in one subject of a national test, with its rank among the areas.
 *
 * @param mean   the area's published mean, or (where it published none) the takers-weighted mean of its schools'
 * @param takers the test takers the mean is over (null where the area published none)
 * @param source {@code published} or {@code schools}
 * @param rank   among every area with a mean in the subject, highest first, ties sharing a rank
 */
public record TestArea(String test, String subject, String subjectTh, String areaCode, String nameTh,
                       String affiliation, String province, BigDecimal mean, Integer takers, String source, int rank,
                       int rankOf) {
}
