package org.khet.assessment.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.kit.round.Networks;
import org.khet.kit.sql.Sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The school networks as assessment-service's replica holds them ({@link SchoolReplica}, from
 * {@code school.NetworkChanged.v1}), for a test-result round's completeness per network.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReplicaNetworks implements Networks {
    private final Sql sql;

    public ReplicaNetworks(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Memberships of(int academicYear) {
        Map<String, List<String>> bySchool = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        sql.query("""
                select m.school_code, n.code, n.name_th from replica_network_member m
                  join replica_network n on n.code = m.network_code
                 where m.from_year <= ? and (m.to_year is null or m.to_year >= ?)
                 order by m.school_code, n.code""", rs -> {
            bySchool.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            names.put(rs.getString(2), rs.getString(3));
            return null;
        }, academicYear, academicYear);
        return new Memberships(bySchool, names);
    }
}
