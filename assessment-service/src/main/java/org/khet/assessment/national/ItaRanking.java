package org.khet.assessment.national;

import org.khet.contracts.read.national.ItaArea;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.kit.national.NationalAccess;
import org.khet.kit.national.NationalQuery;
import org.khet.kit.sql.Sql;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The national ITA ranking (ผลการประเมิน ITA Online ของสำนักงานเขตพื้นที่การศึกษา) of a fiscal year, computed from
 * every area's stored ITA score: the rank by score, highest first, ties sharing a rank and the next rank skipping as
 * many (97.30, 97.30 → 113, 113, then 115, as OBEC's published table does); the grade and pass from the framework's
 * rubric; the change on the area's score of the previous fiscal year's ITA. The rank is national: a filter by
 * affiliation or province shows the areas' national ranks, not ranks among the filtered ones.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ItaRanking {
    /** One query: every area's graded ITA result ranked over all areas, then filtered. */
    static final String QUERY = """
            with scored as (
                select r.area_code, r.indicator_code, r.score, r.rank as reported_rank, f.rubric_code
                  from evaluation_result r
                  join framework f on f.code = r.framework_code
                  join framework_indicator i on i.framework_code = r.framework_code and i.code = r.indicator_code
                 where f.family = 'ITA' and i.kind = 'GRADE' and r.fiscal_year = ? and r.round = ''
                   and r.state = 'SCORED' and r.score is not null
            ), ranked as (
                select s.*, rank() over (order by s.score desc) as rank, count(*) over () as rank_of from scored s
            )
            select k.area_code, coalesce(p.name_th, u.name_th) as name_th, p.level, p.province, k.score, k.rank,
                   k.rank_of, k.reported_rank, b.label as grade, b.passes, prev.score as previous_score
              from ranked k
              left join area_profile p on p.code = k.area_code
              left join org_unit u on u.code = k.area_code
              left join lateral (select label, passes from rubric_band rb
                                  where rb.rubric_code = k.rubric_code and rb.min_score <= k.score
                                  order by rb.min_score desc limit 1) b on true
              left join lateral (select r.score from evaluation_result r join framework f on f.code = r.framework_code
                                  where f.family = 'ITA' and r.area_code = k.area_code and r.indicator_code = k.indicator_code
                                    and r.fiscal_year = ? - 1 and r.round = '' and r.state = 'SCORED' and r.score is not null
                                  limit 1) prev on true
             where (?::text is null or p.level = ?) and (?::text is null or p.province = ?)
               and (?::text[] is null or k.area_code = any(?))
             order by k.rank, k.area_code""";

    private final Sql sql;

    public ItaRanking(Sql sql) {
        this.sql = sql;
    }

    public List<ItaArea> rows(int fiscalYear, NationalQuery q, NationalAccess.Scope scope) {
        String[] areas = scope.bound();
        return sql.query(QUERY, rs -> {
                    BigDecimal score = rs.getBigDecimal("score");
                    BigDecimal previous = rs.getBigDecimal("previous_score");
                    Integer reported = (Integer) rs.getObject("reported_rank");
                    return new ItaArea(rs.getInt("rank"), rs.getInt("rank_of"), rs.getString("area_code"),
                            rs.getString("name_th"), rs.getString("level"), rs.getString("province"), score,
                            rs.getString("grade"), (Boolean) rs.getObject("passes"), previous,
                            previous == null ? null : score.subtract(previous).setScale(2, RoundingMode.HALF_UP), reported);
                },
                fiscalYear, fiscalYear, q.affiliation(), q.affiliation(), q.province(), q.province(), areas, areas);
    }
}
