package org.khet.school.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An area's completeness in a collection round of a kind and year (or the total of the rows shown), counted as the
 * round's own completeness counts it (the kit's {@code Completeness}): over the schools expected to submit.
 *
 * @param roundId      the round that covers the area: its own, else the national one; null when none exists yet
 * @param national     whether that round is a national one (OBEC's, every area at once)
 * @param state        the round's state (planned, open, closed, locked); null without a round
 * @param closesOn     the round's closing date; null without a round
 * @param expected     schools expected to submit
 * @param submitted    expected schools that have submitted
 * @param certified    expected schools whose director's certification stands
 * @param acknowledged expected schools the area has acknowledged
 * @param late         expected schools whose first submission came after the closing date (by the date in Thailand)
 * @param missing      expected schools that have not submitted
 * @param onTimeRate   expected schools that submitted by the closing date, in percent of those expected (null with none)
 */
public record RoundArea(String areaCode, String nameTh, String affiliation, String province, UUID roundId,
                        Boolean national, String state, LocalDate closesOn, int expected, int submitted, int certified,
                        int acknowledged, int late, int missing, BigDecimal onTimeRate) {
}
