package org.khet.project.national;

import org.khet.contracts.read.national.ProjectsArea;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.contracts.Percent;
import org.khet.kit.national.NationalAccess;
import org.khet.kit.national.NationalQuery;
import org.khet.kit.sql.Sql;

import java.math.BigDecimal;
import java.util.List;

/** The national projects roll-up of a fiscal year, in one query over every area with projects. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NationalProjects {
    static final String QUERY = """
            select pr.area_code, coalesce(p.name_th, u.name_th) as name_th, p.level, p.province,
                   count(*) as projects,
                   count(*) filter (where pr.plan_kind = 'ACTION_PLAN') as action_plan,
                   count(*) filter (where pr.plan_kind = 'ADDITIONAL') as additional,
                   count(*) filter (where pr.status = 'COMPLETED') as completed,
                   count(*) filter (where pr.achieved = 'YES') as achieved,
                   sum(pr.budget) as budget, coalesce(sum(pr.actual_spend), 0.00) as spent
              from project pr
              left join area_profile p on p.code = pr.area_code
              left join org_unit u on u.code = pr.area_code
             where pr.fiscal_year = ? and pr.status <> 'CANCELLED'
               and (?::text is null or p.level = ?) and (?::text is null or p.province = ?)
               and (?::text[] is null or pr.area_code = any(?))
             group by pr.area_code, p.name_th, u.name_th, p.level, p.province
             order by pr.area_code""";

    private final Sql sql;

    public NationalProjects(Sql sql) {
        this.sql = sql;
    }

    public List<ProjectsArea> rows(int fiscalYear, NationalQuery q, NationalAccess.Scope scope) {
        String[] areas = scope.bound();
        return sql.query(QUERY, rs -> {
                    int projects = rs.getInt("projects");
                    int completed = rs.getInt("completed");
                    int achieved = rs.getInt("achieved");
                    BigDecimal budget = rs.getBigDecimal("budget");
                    BigDecimal spent = rs.getBigDecimal("spent");
                    return new ProjectsArea(rs.getString("area_code"), rs.getString("name_th"), rs.getString("level"),
                            rs.getString("province"), projects, rs.getInt("action_plan"), rs.getInt("additional"),
                            completed, Percent.of(completed, projects), achieved, Percent.of(achieved, projects),
                            budget, spent, Percent.of(spent, budget));
                },
                fiscalYear, q.affiliation(), q.affiliation(), q.province(), q.province(), areas, areas);
    }
}
