package org.khet.budget.national;

import org.khet.contracts.read.national.BudgetArea;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.contracts.Percent;
import org.khet.kit.national.NationalAccess;
import org.khet.kit.national.NationalQuery;
import org.khet.kit.sql.Sql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The national budget roll-up of a fiscal year at a date, in one query over every area with an allotment or an
 * execution snapshot: allocation, disbursement, commitments, remainder and % disbursed, ranked by % disbursed
 * (rounded half-up to 2 decimals as {@link Percent} does, so that areas printed alike share a rank).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NationalBudget {
    static final String QUERY = """
            with snapshot as (
                select distinct on (r.area_code) r.area_code, r.id, r.as_of
                  from execution_report r
                 where r.fiscal_year = ? and r.as_of <= ?
                 order by r.area_code, r.as_of desc
            ), executed as (
                select s.area_code, s.as_of, sum(l.disbursed) as disbursed, sum(l.committed) as committed
                  from snapshot s join execution_report_line l on l.report_id = s.id
                 group by s.area_code, s.as_of
            ), areas as (
                select area_code from allotment where fiscal_year = ? and allotted_on <= ?
                union select area_code from executed
            ), figures as (
                select a.area_code, e.as_of, e.disbursed, e.committed,
                       (select sum(t.amount) from allotment t where t.area_code = a.area_code and t.fiscal_year = ?
                           and t.allotted_on <= coalesce(e.as_of, ?)) as allocated
                  from areas a left join executed e on e.area_code = a.area_code
            ), ranked as (
                select f.*, case when f.allocated > 0 and f.disbursed is not null
                                 then round(f.disbursed * 100 / f.allocated, 2) end as percent
                  from figures f
            )
            select k.area_code, coalesce(p.name_th, u.name_th) as name_th, p.level, p.province, k.as_of, k.allocated,
                   k.disbursed, k.committed,
                   case when k.percent is not null then rank() over (order by k.percent desc nulls last) end as rank,
                   count(k.percent) over () as rank_of
              from ranked k
              left join area_profile p on p.code = k.area_code
              left join org_unit u on u.code = k.area_code
             where (?::text is null or p.level = ?) and (?::text is null or p.province = ?)
               and (?::text[] is null or k.area_code = any(?))
             order by k.percent desc nulls last, k.area_code""";

    private final Sql sql;

    public NationalBudget(Sql sql) {
        this.sql = sql;
    }

    public List<BudgetArea> rows(int fiscalYear, LocalDate asOf, NationalQuery q, NationalAccess.Scope scope) {
        String[] areas = scope.bound();
        return sql.query(QUERY, rs -> {
                    BigDecimal allocated = rs.getBigDecimal("allocated");
                    BigDecimal disbursed = rs.getBigDecimal("disbursed");
                    BigDecimal committed = rs.getBigDecimal("committed");
                    java.sql.Date date = rs.getDate("as_of");
                    BigDecimal remaining = allocated == null || disbursed == null ? null
                            : allocated.subtract(disbursed).subtract(committed);
                    BigDecimal percent = allocated == null || disbursed == null || allocated.signum() <= 0 ? null
                            : Percent.of(disbursed, allocated);
                    return new BudgetArea(rs.getObject("rank") == null ? null : rs.getInt("rank"),
                            rs.getInt("rank_of"), rs.getString("area_code"), rs.getString("name_th"), rs.getString("level"),
                            rs.getString("province"), date == null ? null : date.toLocalDate(), allocated, disbursed,
                            committed, remaining, percent);
                },
                fiscalYear, asOf, fiscalYear, asOf, fiscalYear, asOf,
                q.affiliation(), q.affiliation(), q.province(), q.province(), areas, areas);
    }
}
