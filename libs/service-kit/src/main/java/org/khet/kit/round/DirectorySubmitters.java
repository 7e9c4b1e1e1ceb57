package org.khet.kit.round;

import org.khet.kit.sql.Sql;

import java.time.LocalDate;
import java.util.List;

/**
 * The schools expected in a round as a service that only replicates the org directory knows them: the schools of the
 * area (of every area when none) that are open in the replica ({@code org_unit}, kept from school-service's
 * {@code school.OrgUnitChanged.v1}) when the round opens, with the district they belong to. The replica holds each
 * unit's current status only, not its history, so the snapshot date cannot be honoured: a school closed between the
 * snapshot date and the opening is not expected, one opened in between is. school-service, which keeps the status
 * history, answers from the register at the date instead.
 * <p>
 * Not a bean: a service that collects rounds from the replica declares one by extending it.
 */
public class DirectorySubmitters implements Submitters {
    private final Sql sql;

    public DirectorySubmitters(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<Submitter> expected(String areaCode, LocalDate snapshotDate) {
        return sql.query("""
                select u.code, u.area_code, d.code from org_unit u
                  left join org_unit d on d.code = u.parent_code and d.kind = 'DISTRICT'
                 where u.kind = 'SCHOOL' and u.status = 'open' and (cast(? as text) is null or u.area_code = ?)
                 order by u.code""", rs -> new Submitter(rs.getString(1), rs.getString(2), rs.getString(3)),
                areaCode, areaCode);
    }
}
