package org.khet.contracts.read.national;

import java.math.BigDecimal;

/**
 * An area's row of the national ITA ranking.
 *
 * @param rank          computed from the scores of every area (ties share a rank)
 * @param rankOf        how many areas have a score that year
 * @param affiliation   primary or secondary (null where the area's profile is not known)
 * @param grade         the ITA rubric's grade of the score (AA, A, B …)
 * @param passes        whether the grade passes OBEC's criterion (ผ่าน)
 * @param previousScore the area's ITA score of the previous fiscal year, where stored
 * @param change        score − previousScore
 * @param reportedRank  the rank as the area reported it, where it did (compare with {@code rank})
 */
public record ItaArea(int rank, int rankOf, String areaCode, String nameTh, String affiliation, String province,
                      BigDecimal score, String grade, Boolean passes, BigDecimal previousScore, BigDecimal change,
                      Integer reportedRank) {
}
