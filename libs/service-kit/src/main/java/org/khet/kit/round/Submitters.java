package org.khet.kit.round;

import java.time.LocalDate;
import java.util.List;

/**
 * The schools expected to submit to a round: the service that owns the register (school-service) or a replica of it
 * answers from the register as it stood at the snapshot date. One bean per service that collects rounds.
 */
public interface Submitters {
    /** A school expected to submit, with where it belongs (for completeness by area and district). */
    record Submitter(String schoolCode, String areaCode, String districtCode) {
    }

    /** The schools open at {@code snapshotDate} in {@code areaCode}, or in every area when it is null. */
    List<Submitter> expected(String areaCode, LocalDate snapshotDate);
}
