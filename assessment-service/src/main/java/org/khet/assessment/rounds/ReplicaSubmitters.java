package org.khet.assessment.rounds;

import jakarta.inject.Singleton;
import org.khet.kit.round.DirectorySubmitters;
import org.khet.kit.sql.Sql;

/**
 * The schools expected to send their test results in a round: those open in assessment-service's replica of the org
 * directory when the round opens (the replica has no status history; see {@link DirectorySubmitters}). A singleton:
 * its superclass has no constructor a client proxy could use.
 */
@Singleton
public class ReplicaSubmitters extends DirectorySubmitters {
    public ReplicaSubmitters(Sql sql) {
        super(sql);
    }
}
