package org.khet.contracts.events.round;

import java.util.UUID;

/**
 * {@code <service>.RoundSubmissionChanged.v1}: one school's submission to a collection round moved (submitted,
 * resubmitted, warnings acknowledged, certified, acknowledged, reopened, locked), keyed by the school.
 *
 * @param action    what happened: submit, acknowledge-warnings, certify, acknowledge, reopen, lock
 * @param from      the status before, a {@code SubmissionStatus} code
 * @param to        the status after
 * @param reason    why (a reopening's reason); null otherwise
 * @param receiptId the feed receipt of a submission; null for the other actions
 * @param warnings  the submission's warnings not yet acknowledged after the transition
 */
public record SubmissionChanged(UUID roundId, String kind, int academicYear, int round, String schoolCode,
                                String areaCode, String action, String from, String to, String reason,
                                UUID receiptId, int warnings) {
    public static final String NAME = "RoundSubmissionChanged";

    public static String type(String service) {
        return service + "." + NAME + ".v1";
    }
}
