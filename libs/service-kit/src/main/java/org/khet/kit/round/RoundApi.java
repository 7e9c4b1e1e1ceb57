package org.khet.kit.round;

import java.util.List;

/**
 * What the ritual's endpoints share in every service that exposes its rounds: the bodies they take, the page of the
 * audit trail as the API document shows it, and the descriptions of their refusals. Each service keeps its own thin
 * resource (its path, its operationIds, unique across services).
 */
public final class RoundApi {
    public static final String REFUSED = "The caller lacks the role this step needs, or acts outside its org unit: the "
            + "problem names the role and unit it needs";
    public static final String WRONG_STATE = "The round or the submission is not in a state that allows this step: the "
            + "problem says which state it is in and which it needs";

    private RoundApi() {
    }

    /** Why an area reopens a submission. */
    public record Reopening(String reason) {
    }

    /** The warnings a school acknowledges, each by its number with a reason. */
    public record WarningAcks(List<Rounds.WarningAck> warnings) {
    }

    /** A page of figure changes, as the API document shows it. */
    public record FigureChangePage(List<Rounds.FigureChange> items, int page, int size, long total) {
    }
}
