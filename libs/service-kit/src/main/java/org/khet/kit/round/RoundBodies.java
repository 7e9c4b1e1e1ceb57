package org.khet.kit.round;

import java.util.List;

/** The bodies the ritual's endpoints take, the same in every service that exposes its rounds. */
public final class RoundBodies {
    private RoundBodies() {
    }

    /** Why an area reopens a submission. */
    public record Reopening(String reason) {
    }

    /** The warnings a school acknowledges, each by its number with a reason. */
    public record WarningAcks(List<Rounds.WarningAck> warnings) {
    }
}
