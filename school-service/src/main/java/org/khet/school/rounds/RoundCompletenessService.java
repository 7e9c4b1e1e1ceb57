package org.khet.school.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.kit.round.Completeness;
import org.khet.kit.round.Rounds;
import org.khet.kit.sql.Sql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Completeness of a round by the register's groups: the area (each area of a national round), districts, networks. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RoundCompletenessService {
    private final Rounds rounds;
    private final Sql sql;

    public RoundCompletenessService(Rounds rounds, Sql sql) {
        this.rounds = rounds;
        this.sql = sql;
    }

    /** @param names the Thai names of the areas, districts and networks listed, by code */
    public record RoundCompleteness(Rounds.RoundView round, Completeness total, List<Completeness> areas,
                                    List<Completeness> districts, List<Completeness> networks,
                                    Map<String, String> names) {
    }

    public RoundCompleteness of(java.util.UUID roundId) {
        Rounds.RoundView r = rounds.round(roundId);
        List<Rounds.Sub> subs = rounds.submissions(roundId);
        Map<String, List<String>> networks = new HashMap<>();
        Map<String, String> names = new java.util.TreeMap<>();
        sql.query("""
                select m.school_code, m.network_code, n.name_th from network_member m join network n on n.code = m.network_code
                 where m.from_year <= ? and (m.to_year is null or m.to_year >= ?)""", rs -> {
            networks.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
            names.put(rs.getString(2), rs.getString(3));
            return null;
        }, r.academicYear(), r.academicYear());
        sql.query("select code, name_th from area union all select code, name_th from district", rs -> {
            names.put(rs.getString(1), rs.getString(2));
            return null;
        });
        var byArea = Rounds.groupBy(subs, s -> List.of(s.areaCode()));
        var byDistrict = Rounds.groupBy(subs, s -> java.util.Collections.singletonList(s.districtCode()));
        var byNetwork = Rounds.groupBy(subs, s -> networks.getOrDefault(s.schoolCode(), List.of()));
        java.util.Set<String> listed = new java.util.HashSet<>(byArea.keySet());
        listed.addAll(byDistrict.keySet());
        listed.addAll(byNetwork.keySet());
        names.keySet().retainAll(listed);
        return new RoundCompleteness(r, Completeness.of(r.areaCode() == null ? "national" : r.areaCode(), subs, r),
                Completeness.of(byArea, r), Completeness.of(byDistrict, r), Completeness.of(byNetwork, r), names);
    }
}
