package org.khet.project.service;

import org.khet.kit.problem.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.khet.contracts.Finding;
import org.khet.contracts.events.project.ProjectListFiguresReported;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.security.AccessControl;
import org.khet.project.api.ProjectDtos.ReportedListFigures;
import org.khet.contracts.read.project.ProjectSummary.OwnerCheck;
import org.khet.contracts.read.project.ProjectSummary.FundingLine;
import org.khet.contracts.read.project.ProjectSummary.ProjectList;
import org.khet.contracts.read.project.ProjectSummary;
import org.khet.contracts.read.project.ProjectSummary.Remark;
import org.khet.contracts.read.project.ProjectSummary.StrategyLine;
import org.khet.contracts.read.project.ProjectSummary.Totals;
import org.khet.contracts.read.project.FundingSource;
import org.khet.contracts.read.project.PlanKind;
import org.khet.project.domain.Project;
import org.khet.project.domain.StrategicPlan;
import org.khet.project.repository.ProjectRepository;
import org.khet.project.repository.StrategicPlanRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The report's project tables, computed from the stored projects: both lists with their counts and achieved
 * percentage, money per strategy and per funding source, the problems and suggestions for Part 4, and the
 * findings where the reported figures disagree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectSummaryService {

    private final ProjectRepository projects;
    private final StrategicPlanRepository plans;
    private final EntityManager em;
    private final io.agroal.api.AgroalDataSource dataSource;
    private final Outbox outbox;
    private final OrgDirectory directory;
    private final AccessControl access;
    private final StaffRegister staff;

    public ProjectSummaryService(ProjectRepository projects, StrategicPlanRepository plans, EntityManager em,
                                 io.agroal.api.AgroalDataSource dataSource, OrgDirectory directory, AccessControl access,
                                 Outbox outbox, StaffRegister staff) {
        this.staff = staff;
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.projects = projects;
        this.plans = plans;
        this.em = em;
        this.directory = directory;
        this.access = access;
    }

    public ProjectSummary summary(String areaCode, int fiscalYear) {
        Finding.Subject area = areaSubject(directory.requireArea(areaCode));
        access.requireRead();
        List<Project> all = projects.ofYearToRead(areaCode, fiscalYear);
        StrategicPlan plan = plans.toRead(areaCode, fiscalYear).orElse(null);
        List<ReportedListFigures> reported = reported(areaCode, fiscalYear);
        List<Finding> findings = new ArrayList<>();

        List<ProjectList> lists = new ArrayList<>();
        for (PlanKind kind : PlanKind.values()) {
            List<Project> ps = all.stream().filter(p -> p.planKind == kind).toList();
            ProjectList list = SummaryRules.list(kind, ps);
            lists.add(list);
            reported.stream().filter(r -> kind.code().equals(r.planKind())).findFirst()
                    .ifPresent(r -> SummaryRules.listFindings(list, r, area, findings));
        }
        for (Project p : all) {
            SummaryRules.projectFindings(p, findings);
        }
        StaffRegister.Staff register = staff.of(areaCode);
        OwnerCheck ownerCheck = SummaryRules.ownerFindings(area, all, register::knows, register.quality(), findings);

        List<StrategyLine> byStrategy = new ArrayList<>();
        TreeMap<Integer, List<Project>> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        if (plan != null) {
            plan.strategies.forEach(s -> groups.put(s.number(), new ArrayList<>()));
        }
        all.forEach(p -> groups.computeIfAbsent(p.strategyNumber, k -> new ArrayList<>()).add(p));
        groups.forEach((n, ps) -> {
            SummaryRules.Money2 m = SummaryRules.Money2.of(ps);
            byStrategy.add(new StrategyLine(n, plan == null ? null : plan.strategyText(n), ps.size(),
                    SummaryRules.count(ps, p -> p.planKind == PlanKind.ACTION_PLAN), SummaryRules.count(ps, p -> p.planKind == PlanKind.ADDITIONAL),
                    m.budget(), m.spend(), m.remaining(), m.spentPercent()));
        });

        List<FundingLine> byFunding = new ArrayList<>();
        TreeMap<FundingSource, List<Project>> funding = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        all.forEach(p -> funding.computeIfAbsent(p.fundingSource, k -> new ArrayList<>()).add(p));
        funding.forEach((f, ps) -> {
            SummaryRules.Money2 m = SummaryRules.Money2.of(ps);
            byFunding.add(new FundingLine(f, ps.size(), m.budget(), m.spend()));
        });

        List<Remark> problems = new ArrayList<>();
        List<Remark> suggestions = new ArrayList<>();
        for (Project p : all) {
            p.problems.stream().filter(t -> !isNone(t))
                    .forEach(t -> problems.add(new Remark(p.planKind, p.number, p.title, t)));
            p.suggestions.stream().filter(t -> !isNone(t))
                    .forEach(t -> suggestions.add(new Remark(p.planKind, p.number, p.title, t)));
        }

        SummaryRules.Money2 m = SummaryRules.Money2.of(all);
        Totals totals = new Totals(all.size(), m.budget(), m.spend(), m.remaining(), m.spendReported(), m.spentPercent());
        return new ProjectSummary(areaCode, fiscalYear, totals, lists, byStrategy, byFunding, problems, suggestions,
                ownerCheck, findings);
    }

    private static Finding.Subject areaSubject(OrgDirectory.OrgUnit unit) {
        return Finding.Subject.area(unit.code(), unit.nameTh());
    }

    /** "- ไม่มี -" (none) is how the report says there was no problem; it is not a problem to gather. */
    static boolean isNone(String t) {
        String s = t.replace("-", "").strip();
        return s.equals("ไม่มี") || s.isEmpty();
    }

    public List<ReportedListFigures> reported(String areaCode, int fiscalYear) {
        directory.requireArea(areaCode);
        access.requireRead();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select plan_kind, reported_count, reported_carried_out, reported_achieved_percent
                  from project_list_report where area_code = ?1 and fiscal_year = ?2 order by plan_kind""")
                .setParameter(1, areaCode).setParameter(2, fiscalYear).getResultList();
        return rows.stream().map(r -> new ReportedListFigures((String) r[0], (Integer) r[1], (Integer) r[2],
                (BigDecimal) r[3])).toList();
    }

    /** Stores the figures printed above the lists, as reported (replacing those of the same list). */
    @Transactional
    public List<ReportedListFigures> putReported(String areaCode, int fiscalYear, List<ReportedListFigures> in) {
        directory.requireArea(areaCode);
        access.requireWrite(areaCode);
        FieldErrors v = new FieldErrors();
        if (in == null || in.isEmpty()) {
            v.add("", "send a list of {planKind, reportedCount, reportedCarriedOut, reportedAchievedPercent}");
        } else {
            for (int i = 0; i < in.size(); i++) {
                ReportedListFigures r = in.get(i);
                String f = "[" + i + "]";
                if (r == null) {
                    v.add(f, "must be an object");
                    continue;
                }
                v.oneOf(f + ".planKind", r.planKind(), PlanKind.class, null);
                if (r.reportedCount() != null && r.reportedCount() < 0) {
                    v.add(f + ".reportedCount", "must not be negative");
                }
                if (r.reportedCarriedOut() != null && r.reportedCarriedOut() < 0) {
                    v.add(f + ".reportedCarriedOut", "must not be negative");
                }
                BigDecimal pct = r.reportedAchievedPercent();
                if (pct != null && (pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0
                        || pct.stripTrailingZeros().scale() > 2)) {
                    v.add(f + ".reportedAchievedPercent", "must be from 0 to 100 with at most two decimals");
                }
            }
        }
        v.throwIfAny("the reported figures");
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("""
                     insert into project_list_report (area_code, fiscal_year, plan_kind, reported_count,
                         reported_carried_out, reported_achieved_percent, updated_at, updated_by)
                     values (?, ?, ?, ?, ?, ?, now(), ?)
                     on conflict (area_code, fiscal_year, plan_kind) do update set reported_count = excluded.reported_count,
                         reported_carried_out = excluded.reported_carried_out,
                         reported_achieved_percent = excluded.reported_achieved_percent,
                         updated_at = now(), updated_by = excluded.updated_by
                      where (project_list_report.reported_count, project_list_report.reported_carried_out,
                             project_list_report.reported_achieved_percent)
                            is distinct from (excluded.reported_count, excluded.reported_carried_out,
                             excluded.reported_achieved_percent)""")) {
            for (ReportedListFigures r : in) {
                ps.setString(1, areaCode);
                ps.setInt(2, fiscalYear);
                ps.setString(3, r.planKind().strip().toUpperCase(java.util.Locale.ROOT));
                ps.setObject(4, r.reportedCount(), java.sql.Types.INTEGER);
                ps.setObject(5, r.reportedCarriedOut(), java.sql.Types.INTEGER);
                ps.setObject(6, r.reportedAchievedPercent(), java.sql.Types.NUMERIC);
                ps.setString(7, access.actor());
                if (ps.executeUpdate() == 0) {
                    continue; // the same figures again: nothing to publish
                }
                String kind = r.planKind().strip().toUpperCase(java.util.Locale.ROOT);
                outbox.publish(ProjectListFiguresReported.TYPE,
                        Outbox.Subject.of("project-list", areaCode + "/" + fiscalYear + "/" + kind).area(areaCode)
                                .fiscalYear(fiscalYear),
                        new ProjectListFiguresReported(areaCode, fiscalYear, kind, r.reportedCount(),
                                r.reportedCarriedOut(), r.reportedAchievedPercent()), access.actor());
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot store reported list figures", e);
        }
        return reported(areaCode, fiscalYear);
    }

    /**
     * Who answers for how many projects of the year, in Thai alphabetical order (ICU collation: leading vowels such
     * as เ and ไ are not sorted as first letters).
     */
    public List<org.khet.project.api.ProjectDtos.OwnerLoad> owners(String areaCode, int fiscalYear) {
        directory.requireArea(areaCode);
        access.requireRead();
        List<org.khet.project.api.ProjectDtos.OwnerLoad> out = new ArrayList<>();
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("""
                     select o->>'nameTh', max(o->>'staffId'), count(*), sum(p.budget),
                            array_agg(p.title order by p.plan_kind, p.number)
                       from project p cross join lateral jsonb_array_elements(p.owners) o
                      where p.area_code = ? and p.fiscal_year = ?
                      group by o->>'nameTh'
                      order by (o->>'nameTh') collate "th-TH-x-icu\"""")) {
            ps.setString(1, areaCode);
            ps.setInt(2, fiscalYear);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] titles = (String[]) rs.getArray(5).getArray();
                    out.add(new org.khet.project.api.ProjectDtos.OwnerLoad(rs.getString(1), rs.getString(2),
                            rs.getInt(3), rs.getBigDecimal(4), List.of(titles)));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot list project owners", e);
        }
        return out;
    }
}
