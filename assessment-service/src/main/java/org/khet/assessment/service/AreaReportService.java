package org.khet.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.assessment.domain.EvaluationResult;
import org.khet.assessment.domain.Framework;
import org.khet.assessment.domain.FrameworkIndicator;
import org.khet.assessment.domain.ReportedComparison;
import org.khet.assessment.domain.TestDefinition;
import org.khet.assessment.mapping.EvaluationMapper;
import org.khet.assessment.mapping.FrameworkMapper;
import org.khet.assessment.mapping.TestMapper;
import org.khet.contracts.AcademicYear;
import org.khet.contracts.AreaCode;
import org.khet.contracts.Finding;
import org.khet.contracts.FiscalYear;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.contracts.read.assessment.AreaEvaluationsView;
import org.khet.contracts.read.assessment.AreaTestsView;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.sql.Sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khet.assessment.national.ItaRanking;
import org.khet.kit.national.NationalAccess;
import org.khet.kit.national.NationalQuery;
import java.util.stream.Collectors;

/** The computed tables of an area: reads stored rows and hands them to the calculators. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AreaReportService {
    /**
     * The statistics an area's tests are computed from, of two academic years: OBEC's and the nation's, the area's own
     * and those of the schools under it. Three index reads, each with one array of years and the schools as one
     * array parameter (the same statement text for every area, so PostgreSQL plans it once per connection, where an
     * {@code in} list sized to the area was parsed and planned anew; an {@code or} of the three made it a scan of every
     * statistic in the country). The arms are disjoint, so each row comes once, as the {@code or} gave it.
     */
    static final String TESTS = """
            select academic_year, test_code, subject_code, level, org_code, mean_percent, takers,
                   reported_diff_obec, reported_diff_nation
              from test_statistic where level in ('OBEC', 'NATION') and academic_year = any(?)
            union all
            select academic_year, test_code, subject_code, level, org_code, mean_percent, takers,
                   reported_diff_obec, reported_diff_nation
              from test_statistic where area_code = ? and academic_year = any(?) and level not in ('OBEC', 'NATION')
            union all
            select academic_year, test_code, subject_code, level, org_code, mean_percent, takers,
                   reported_diff_obec, reported_diff_nation
              from test_statistic where org_code = any(?) and academic_year = any(?) and level not in ('OBEC', 'NATION')
               and area_code is distinct from ?""";

    private final OrgDirectory directory;
    private final ItaRanking ita;
    private final Sql sql;

    public AreaReportService(OrgDirectory directory, ItaRanking ita, Sql sql) {
        this.directory = directory;
        this.ita = ita;
        this.sql = sql;
    }

    public AreaTestsView tests(AreaCode code, AcademicYear year) {
        OrgDirectory.OrgUnit area = directory.requireArea(code.code());
        String areaCode = area.code();
        int academicYear = year.be();
        int prev = academicYear - 1;
        Set<String> schools = new HashSet<>();
        directory.under(areaCode, OrgUnitChanged.SCHOOL).forEach(u -> schools.add(u.code()));
        Integer[] years = {academicYear, prev};
        List<TestCalculator.Stat> stats = sql.query(TESTS, rs -> new TestCalculator.Stat(rs.getInt(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getBigDecimal(6), (Integer) rs.getObject(7),
                        rs.getBigDecimal(8), rs.getBigDecimal(9)),
                years, areaCode, years, schools.toArray(String[]::new), years, areaCode);
        List<TestCalculator.Comparison> comparisons = ReportedComparison.<ReportedComparison>list(
                        "areaCode = ?1 and academicYear = ?2", areaCode, academicYear).stream()
                .map(c -> new TestCalculator.Comparison(c.testCode, c.subjectCode, c.labelTh, c.academicYear,
                        c.meanPercent, c.previousYear, c.previousMean, c.difference)).toList();
        List<TestCalculator.Test> catalogue = TestDefinition.<TestDefinition>list("order by family, code").stream()
                .map(TestMapper::toCalc).toList();
        catalogue = catalogue.stream().sorted(Comparator.comparingInt((TestCalculator.Test t) -> familyOrder(t.family()))
                .thenComparingInt(t -> gradeOrder(t.grade()))).toList();
        return TestCalculator.compute(areaCode, area.nameTh(), academicYear, catalogue, stats, schools, comparisons);
    }

    public AreaEvaluationsView evaluations(AreaCode code, FiscalYear year) {
        OrgDirectory.OrgUnit area = directory.requireArea(code.code());
        String areaCode = area.code();
        int fiscalYear = year.be();
        Map<String, List<EvaluationResult>> byFramework = EvaluationResult.of(areaCode, fiscalYear).stream()
                .collect(Collectors.groupingBy(e -> e.frameworkCode));
        List<EvaluationResult> previousYear = EvaluationResult.of(areaCode, fiscalYear - 1);
        Map<String, String> familyOf = new java.util.HashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<AreaEvaluationsView.FrameworkResult> out = new ArrayList<>();
        List<Framework> frameworks = Framework.<Framework>list("fiscalYear is null or fiscalYear = ?1", fiscalYear).stream()
                .filter(f -> byFramework.containsKey(f.code))
                .sorted(Comparator.comparingInt((Framework f) -> familyOrder(f.family)).thenComparing(f -> f.code)).toList();
        for (Framework f : frameworks) {
            List<EvaluationCalculator.Indicator> inds = FrameworkIndicator.ofFramework(f.code).stream()
                    .map(i -> new EvaluationCalculator.Indicator(i.code, i.parentCode, i.titleTh, i.kind, i.position)).toList();
            out.add(EvaluationCalculator.compute(FrameworkMapper.toCalc(f), Finding.Subject.area(areaCode, area.nameTh()), inds,
                    byFramework.get(f.code).stream().map(EvaluationMapper::toCalc).toList(),
                    previousScores(f, inds, previousYear, familyOf),
                    "ITA".equals(f.family) ? itaRanks(inds, areaCode, fiscalYear) : Map.of(), findings));
        }
        return new AreaEvaluationsView(areaCode, area.nameTh(), fiscalYear, out, findings);
    }

    /**
     * The previous fiscal year's scores of a framework's graded indicators (ITA), by indicator code: the area's
     * scored result of the same indicator code in a framework of the same family (ITA-2565 before ITA-2566).
     */
    private static Map<String, java.math.BigDecimal> previousScores(Framework f, List<EvaluationCalculator.Indicator> inds,
                                                                    List<EvaluationResult> previousYear,
                                                                    Map<String, String> familyOf) {
        Set<String> graded = new HashSet<>();
        inds.stream().filter(i -> "GRADE".equals(i.kind())).forEach(i -> graded.add(i.code()));
        Map<String, java.math.BigDecimal> out = new java.util.HashMap<>();
        if (graded.isEmpty()) {
            return out;
        }
        for (EvaluationResult e : previousYear) {
            if (graded.contains(e.indicatorCode) && e.round.isEmpty() && EvaluationCalculator.SCORED.equals(e.state)
                    && e.score != null && f.family.equals(familyOf.computeIfAbsent(e.frameworkCode,
                    c -> Framework.<Framework>findByIdOptional(c).map(x -> x.family).orElse("")))) {
                out.put(e.indicatorCode, e.score);
            }
        }
        return out;
    }

    /**
     * The area's rank in the national ITA ranking (computed from every area's stored score), for the framework's one
     * graded indicator; nothing where the framework has several (the ranking ranks one score per area) or the area
     * has no ranked score.
     */
    private Map<String, EvaluationCalculator.Rank> itaRanks(List<EvaluationCalculator.Indicator> inds, String areaCode,
                                                            int fiscalYear) {
        List<EvaluationCalculator.Indicator> graded = inds.stream().filter(i -> "GRADE".equals(i.kind())).toList();
        if (graded.size() != 1) {
            return Map.of();
        }
        return ita.rows(fiscalYear, new NationalQuery(null, null, null, false, null, NationalQuery.Format.JSON),
                        new NationalAccess.Scope(Set.of(areaCode))).stream().findFirst()
                .map(a -> Map.of(graded.get(0).code(), new EvaluationCalculator.Rank(a.rank(), a.rankOf())))
                .orElse(Map.of());
    }

    /** The order the annual report prints them in. */
    static int familyOrder(String family) {
        List<String> order = List.of("O-NET", "NT", "RT", "QP", "AP", "ESAO-STD", "ITA", "KRS");
        int i = order.indexOf(family);
        return i < 0 ? order.size() : i;
    }

    /** K1 … P6, M1 … M6: the order of the school years. */
    static int gradeOrder(String grade) {
        int base = switch (grade.isEmpty() ? ' ' : grade.charAt(0)) {
            case 'K' -> 0;
            case 'P' -> 10;
            case 'M' -> 20;
            default -> 30;
        };
        String n = grade.replaceAll("\\D", "");
        return base + (n.isEmpty() ? 0 : Integer.parseInt(n));
    }
}
