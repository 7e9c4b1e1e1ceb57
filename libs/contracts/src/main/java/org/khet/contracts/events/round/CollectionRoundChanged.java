package org.khet.contracts.events.round;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code <service>.CollectionRoundChanged.v1}: a collection round was planned, opened, closed or locked. Every service
 * that collects school-level feeds in rounds publishes it on its own topic ({@code school}, {@code assessment}).
 *
 * @param areaCode       the round's area; null for a national round (every area at once)
 * @param from           the state before (null when the round was just planned)
 * @param expectedSchools the schools expected to submit (open schools of the register at the snapshot date)
 */
public record CollectionRoundChanged(UUID roundId, String kind, int academicYear, int round, LocalDate snapshotDate,
                                     String areaCode, String from, String to, int expectedSchools) {
    public static final String NAME = "CollectionRoundChanged";

    public static String type(String service) {
        return service + "." + NAME + ".v1";
    }
}
