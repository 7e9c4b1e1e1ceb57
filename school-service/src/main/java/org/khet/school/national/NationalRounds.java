package org.khet.school.national;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.contracts.Percent;
import org.khet.kit.national.NationalAccess;
import org.khet.kit.national.NationalQuery;
import org.khet.kit.round.Rounds;
import org.khet.kit.sql.Sql;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The national completeness of a collection round (kind, academic year, round) in one query over every area: each
 * area's round — its own, else the national round — and its expected, submitted, certified, acknowledged and late
 * schools, counted as {@code RoundCompletenessService} counts one round (the kit's {@code Completeness}). An area
 * without a round is listed with zeros and no round, so that OBEC sees who has not opened one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NationalRounds {
    static final String QUERY = """
            select a.code, a.name_th, a.level, a.province, r.id, r.area_code is null as national, r.state, r.closes_on,
                   count(*) filter (where s.expected) as expected,
                   count(*) filter (where s.expected and s.first_submitted_at is not null) as submitted,
                   count(*) filter (where s.expected and s.first_submitted_at is not null
                                      and s.certified_at is not null) as certified,
                   count(*) filter (where s.expected and s.first_submitted_at is not null
                                      and s.acknowledged_at is not null) as acknowledged,
                   count(*) filter (where s.expected
                                      and (s.first_submitted_at at time zone ?)::date > r.closes_on) as late
              from area a
              left join lateral (
                   select c.id, c.area_code, c.state, c.closes_on from collection_round c
                    where c.kind = ? and c.academic_year = ? and c.round = ?
                      and (c.area_code = a.code or c.area_code is null)
                    order by c.area_code nulls last
                    limit 1) r on true
              left join round_submission s on s.round_id = r.id and s.area_code = a.code
             where (?::text is null or a.level = ?) and (?::text is null or a.province = ?)
               and (?::text[] is null or a.code = any(?))
             group by a.code, a.name_th, a.level, a.province, r.id, r.area_code, r.state, r.closes_on
             order by a.code""";

    private final Sql sql;

    public NationalRounds(Sql sql) {
        this.sql = sql;
    }

    public List<RoundArea> rows(String kind, int academicYear, int round, NationalQuery q, NationalAccess.Scope scope) {
        String[] areas = scope.bound();
        return sql.query(QUERY, rs -> {
                    int expected = rs.getInt("expected");
                    int submitted = rs.getInt("submitted");
                    int late = rs.getInt("late");
                    UUID id = rs.getObject("id", UUID.class);
                    return new RoundArea(rs.getString("code"), rs.getString("name_th"), rs.getString("level"),
                            rs.getString("province"), id, id == null ? null : rs.getBoolean("national"),
                            rs.getString("state"), rs.getObject("closes_on", LocalDate.class), expected, submitted,
                            rs.getInt("certified"), rs.getInt("acknowledged"), late, expected - submitted,
                            rate(expected, submitted, late));
                },
                Rounds.ZONE.getId(), kind, academicYear, round, q.affiliation(), q.affiliation(), q.province(),
                q.province(), areas, areas);
    }

    /** The rows' total (no area, no round). */
    static RoundArea total(List<RoundArea> rows) {
        int expected = 0;
        int submitted = 0;
        int certified = 0;
        int acknowledged = 0;
        int late = 0;
        for (RoundArea r : rows) {
            expected += r.expected();
            submitted += r.submitted();
            certified += r.certified();
            acknowledged += r.acknowledged();
            late += r.late();
        }
        return new RoundArea(null, "รวม", null, null, null, null, null, null, expected, submitted, certified,
                acknowledged, late, expected - submitted, rate(expected, submitted, late));
    }

    private static java.math.BigDecimal rate(int expected, int submitted, int late) {
        return expected == 0 ? null : Percent.of(submitted - late, expected);
    }
}
