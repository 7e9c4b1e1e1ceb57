package org.khet.kit.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.khet.kit.sql.Sql;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Completeness of a round by the org directory's groups (the whole, each area, each district), named from the
 * directory ({@code org_unit}, owned or replicated), and by network where the service has a {@link Networks} bean
 * (the memberships of the round's academic year; none without one).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DirectoryCompleteness {
    private final Rounds rounds;
    private final Sql sql;
    private final Instance<Networks> networks;

    public DirectoryCompleteness(Rounds rounds, Sql sql, Instance<Networks> networks) {
        this.rounds = rounds;
        this.sql = sql;
        this.networks = networks;
    }

    /** @param names the Thai names of the areas, districts and networks listed, by code */
    public record View(Rounds.RoundView round, Completeness total, List<Completeness> areas,
                       List<Completeness> districts, List<Completeness> networks, Map<String, String> names) {
    }

    public View of(UUID roundId) {
        Rounds.RoundView r = rounds.round(roundId);
        List<Rounds.Sub> subs = rounds.submissions(roundId);
        var byArea = Rounds.groupBy(subs, s -> List.of(s.areaCode()));
        var byDistrict = Rounds.groupBy(subs, s -> Collections.singletonList(s.districtCode()));
        Networks.Memberships memberships = networks.isResolvable() ? networks.get().of(r.academicYear())
                : Networks.Memberships.NONE;
        var byNetwork = Rounds.groupBy(subs, s -> memberships.bySchool().getOrDefault(s.schoolCode(), List.of()));
        Set<String> listed = new HashSet<>(byArea.keySet());
        listed.addAll(byDistrict.keySet());
        Map<String, String> names = new TreeMap<>();
        sql.query("select code, name_th from org_unit where code = any(?) and name_th is not null", rs -> {
            names.put(rs.getString(1), rs.getString(2));
            return null;
        }, (Object) listed.toArray(String[]::new));
        byNetwork.keySet().forEach(code -> names.put(code, memberships.names().get(code)));
        names.values().removeIf(java.util.Objects::isNull);
        return new View(r, Completeness.of(r.areaCode() == null ? "national" : r.areaCode(), subs, r),
                Completeness.of(byArea, r), Completeness.of(byDistrict, r), Completeness.of(byNetwork, r), names);
    }
}
