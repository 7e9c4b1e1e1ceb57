package org.khet.assessment.national;

import org.khet.contracts.read.national.TestArea;
import org.khet.contracts.read.national.SubjectFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.contracts.Finding;
import org.khet.contracts.codes.SubjectKind;
import org.khet.kit.national.NationalAccess;
import org.khet.kit.national.NationalQuery;
import org.khet.kit.sql.Sql;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national test roll-up (O-NET, NT, RT) of an academic year over every area, in one query: each area's mean per
 * subject (published, or weighted from its schools'), its rank in the subject, and per subject the takers-weighted
 * mean of all areas beside the published OBEC and national figures. Rows outside the filter or the caller's scope
 * still count in the national figures; only the rows shown are filtered.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NationalTests {
    static final String SOURCE = "assessment-service";
    /** Published means have two decimals: figures within this of each other agree up to rounding. */
    static final BigDecimal ROUNDING = new BigDecimal("0.01");

    static final String QUERY = """
            with published as (
                select s.test_code, s.subject_code, s.org_code as area_code, s.mean_percent as mean, s.takers
                  from test_statistic s
                 where s.level = 'AREA' and s.academic_year = ? and s.subject_code <> 'ALL'
                   and (?::text is null or s.test_code = ?)
            ), from_schools as (
                select s.test_code, s.subject_code, s.area_code,
                       round(sum(s.mean_percent * s.takers) / sum(s.takers), 2) as mean, sum(s.takers)::integer as takers
                  from test_statistic s
                 where s.level = 'SCHOOL' and s.academic_year = ? and s.subject_code <> 'ALL' and s.takers > 0
                   and s.area_code is not null and (?::text is null or s.test_code = ?)
                 group by s.test_code, s.subject_code, s.area_code
            ), areas as (
                select coalesce(a.test_code, c.test_code) as test_code, coalesce(a.subject_code, c.subject_code) as subject_code,
                       coalesce(a.area_code, c.area_code) as area_code, coalesce(a.mean, c.mean) as mean,
                       case when a.area_code is not null then a.takers else c.takers end as takers,
                       case when a.area_code is not null then 'published' else 'schools' end as source
                  from published a
                  full join from_schools c
                    on c.test_code = a.test_code and c.subject_code = a.subject_code and c.area_code = a.area_code
            ), ranked as (
                select x.*, rank() over (partition by x.test_code, x.subject_code order by x.mean desc) as rank,
                       count(*) over w as rank_of,
                       sum(x.mean * x.takers) over w as weighted_sum,
                       sum(x.takers) over w as national_takers,
                       count(x.takers) over w as weighted_areas
                  from areas x
                window w as (partition by x.test_code, x.subject_code)
            )
            select k.test_code, k.subject_code, sub.name_th as subject_th, k.area_code,
                   coalesce(p.name_th, u.name_th) as name_th, p.level, p.province, k.mean, k.takers, k.source, k.rank,
                   k.rank_of, k.weighted_sum, k.national_takers, k.weighted_areas,
                   obec.mean_percent as obec_published, nation.mean_percent as nation_published,
                   ((?::text is null or p.level = ?) and (?::text is null or p.province = ?)
                    and (?::text[] is null or k.area_code = any(?))) as shown
              from ranked k
              join test_subject sub on sub.test_code = k.test_code and sub.code = k.subject_code
              left join test_statistic obec on obec.level = 'OBEC' and obec.academic_year = ?
                   and obec.test_code = k.test_code and obec.subject_code = k.subject_code
              left join test_statistic nation on nation.level = 'NATION' and nation.academic_year = ?
                   and nation.test_code = k.test_code and nation.subject_code = k.subject_code
              left join area_profile p on p.code = k.area_code
              left join org_unit u on u.code = k.area_code
             order by k.test_code, sub.position, k.rank, k.area_code""";

    private final Sql sql;

    public NationalTests(Sql sql) {
        this.sql = sql;
    }

    /** The shown rows, and every subject's national figures with their findings. */
    public record Result(List<TestArea> rows, List<SubjectFigures> national, List<Finding> findings) {
    }

    private record Line(TestArea area, boolean shown, BigDecimal weightedSum, long takers, int weightedAreas,
                        BigDecimal obec, BigDecimal nation) {
    }

    public Result compute(int academicYear, String test, NationalQuery q, NationalAccess.Scope scope) {
        String[] areas = scope.bound();
        List<Line> lines = sql.query(QUERY, rs -> new Line(
                        new TestArea(rs.getString("test_code"), rs.getString("subject_code"), rs.getString("subject_th"),
                                rs.getString("area_code"), rs.getString("name_th"), rs.getString("level"),
                                rs.getString("province"), rs.getBigDecimal("mean"), (Integer) rs.getObject("takers"),
                                rs.getString("source"), rs.getInt("rank"), rs.getInt("rank_of")),
                        rs.getBoolean("shown"), rs.getBigDecimal("weighted_sum"), rs.getLong("national_takers"),
                        rs.getInt("weighted_areas"), rs.getBigDecimal("obec_published"), rs.getBigDecimal("nation_published")),
                academicYear, test, test, academicYear, test, test,
                q.affiliation(), q.affiliation(), q.province(), q.province(), areas, areas, academicYear, academicYear);
        Map<String, SubjectFigures> national = new LinkedHashMap<>();
        List<TestArea> shown = new ArrayList<>();
        for (Line l : lines) {
            if (l.shown()) {
                shown.add(l.area());
            }
            national.computeIfAbsent(l.area().test() + ":" + l.area().subject(), k -> figures(l));
        }
        List<Finding> findings = new ArrayList<>();
        for (SubjectFigures f : national.values()) {
            if (f.difference() != null && f.difference().abs().compareTo(ROUNDING) > 0) {
                findings.add(finding(f));
            }
        }
        return new Result(shown, List.copyOf(national.values()), findings);
    }

    private static SubjectFigures figures(Line l) {
        TestArea a = l.area();
        BigDecimal weighted = l.takers() == 0 || l.weightedSum() == null ? null
                : l.weightedSum().divide(BigDecimal.valueOf(l.takers()), 2, RoundingMode.HALF_UP);
        BigDecimal diff = weighted == null || l.obec() == null ? null : l.obec().subtract(weighted);
        return new SubjectFigures(a.test(), a.subject(), a.subjectTh(), a.rankOf(), l.weightedAreas(), l.takers(),
                weighted, l.obec(), l.nation(), diff);
    }

    private static Finding finding(SubjectFigures f) {
        return Finding.of("assessment.national-obec-mean", SOURCE,
                        Finding.Subject.of(SubjectKind.TEST, f.test() + ":" + f.subject(), f.subjectTh()))
                .at("national-tests", f.test() + " " + f.subject() + " " + f.subjectTh(), "ค่าเฉลี่ย สพฐ.")
                .numbers(f.obecPublished(), f.weightedMean())
                .says("ค่าเฉลี่ยที่ สพฐ. ประกาศ " + f.obecPublished() + " ต่างจากค่าเฉลี่ยถ่วงน้ำหนักด้วยจำนวนผู้เข้าสอบของ "
                                + f.weightedAreas() + " เขตพื้นที่ (" + f.weightedMean() + ") เกินกว่าการปัดเศษ",
                        "OBEC's published mean " + f.obecPublished() + " differs from the takers-weighted mean of "
                                + f.weightedAreas() + " areas (" + f.weightedMean() + ") beyond rounding");
    }
}
