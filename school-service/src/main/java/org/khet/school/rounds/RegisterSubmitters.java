package org.khet.school.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.kit.round.Submitters;
import org.khet.kit.sql.Sql;

import java.time.LocalDate;
import java.util.List;

/**
 * The schools expected in a collection round: those open in the register at the round's snapshot date. A school's
 * status then is its latest status change on or before the date; a school whose changes all came later was open
 * (it was registered open); a school without changes has its current status. A branch campus is expected only
 * where its area lets branches report on their own ({@link RoundSettings}).
 */
@ApplicationScoped
public class RegisterSubmitters implements Submitters {
    private final Sql sql;

    public RegisterSubmitters(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<Submitter> expected(String areaCode, LocalDate snapshotDate) {
        return sql.query("""
                select s.code, s.area_code, s.district_code from school s
                 where (cast(? as text) is null or s.area_code = ?)
                   and (s.branch_of is null or coalesce((select b.branches_report from area_round_setting b
                                                          where b.area_code = s.area_code), ?))
                   and coalesce((select h.status from school_status_history h
                                  where h.school_code = s.code and h.effective_on <= ?
                                  order by h.effective_on desc, h.id desc limit 1),
                                case when exists (select 1 from school_status_history h where h.school_code = s.code)
                                     then 'open' else s.status end) = 'open'
                 order by s.code""", rs -> new Submitter(rs.getString(1), rs.getString(2), rs.getString(3)),
                areaCode, areaCode, RoundSettings.BRANCHES_REPORT_BY_DEFAULT, snapshotDate);
    }
}
