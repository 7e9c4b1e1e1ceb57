package org.khet.kit.round;

import jakarta.enterprise.context.ApplicationScoped;
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
 * directory ({@code org_unit}, owned or replicated): what a service without the register's networks can say.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DirectoryCompleteness {
    private final Rounds rounds;
    private final Sql sql;

    public DirectoryCompleteness(Rounds rounds, Sql sql) {
        this.rounds = rounds;
        this.sql = sql;
    }

    /** @param names the Thai names of the areas and districts listed, by code */
    public record View(Rounds.RoundView round, Completeness total, List<Completeness> areas,
                       List<Completeness> districts, Map<String, String> names) {
    }

    public View of(UUID roundId) {
        Rounds.RoundView r = rounds.round(roundId);
        List<Rounds.Sub> subs = rounds.submissions(roundId);
        var byArea = Rounds.groupBy(subs, s -> List.of(s.areaCode()));
        var byDistrict = Rounds.groupBy(subs, s -> Collections.singletonList(s.districtCode()));
        Set<String> listed = new HashSet<>(byArea.keySet());
        listed.addAll(byDistrict.keySet());
        Map<String, String> names = new TreeMap<>();
        sql.query("select code, name_th from org_unit where code = any(?) and name_th is not null", rs -> {
            names.put(rs.getString(1), rs.getString(2));
            return null;
        }, (Object) listed.toArray(String[]::new));
        return new View(r, Completeness.of(r.areaCode() == null ? "national" : r.areaCode(), subs, r),
                Completeness.of(byArea, r), Completeness.of(byDistrict, r), names);
    }
}
