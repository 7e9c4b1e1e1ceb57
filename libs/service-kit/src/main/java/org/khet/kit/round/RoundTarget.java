package org.khet.kit.round;

/**
 * What a feed submits to collection rounds: one school's figures of one year and round number (1 for the kinds
 * collected once a year). A feed kind lists its targets ({@link org.khet.kit.feed.FeedKind#roundTargets}).
 */
public record RoundTarget(String schoolCode, String areaCode, int academicYear, int round) {
}
