package org.khet.assessment.service;

import org.khet.contracts.Finding;
import org.khet.contracts.Percent;
import org.khet.contracts.codes.SubjectKind;
import org.khet.contracts.read.assessment.AreaTestsView;
import org.khet.contracts.read.assessment.AreaTestsView.Overall;
import org.khet.contracts.read.assessment.AreaTestsView.SubjectRow;
import org.khet.contracts.read.assessment.AreaTestsView.TestTable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes an area's test tables from stored statistics. Pure: no database, so the rules are tested directly.
 * <ul>
 * <li>A subject's area mean is the area's published mean, or where only school rows exist, the mean of its
 * schools weighted by takers. Both present and more than 0.01 apart is a finding.</li>
 * <li>Differences are taken between the two-decimal figures as printed (so a printed table adds up), rounded
 * half-up by {@link Percent#round}.</li>
 * <li>Everything across years or levels is joined by subject code, never by row position or label.</li>
 * </ul>
 */
public final class TestCalculator {
    public static final String SCHOOL = "SCHOOL";
    public static final String AREA = "AREA";
    public static final String OBEC = "OBEC";
    public static final String NATION = "NATION";
    public static final String ALL = "ALL";
    /** The source every finding of this service names. */
    public static final String SOURCE = "assessment-service";
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");
    /** A printed สูง/ต่ำ column against the difference of the printed means. */
    static final String DIFFERENCE = "assessment.printed-difference";
    /** A printed รวมเฉลี่ย (mean over subjects) against the mean of the printed subject means. */
    static final String OVERALL_MEAN = "assessment.printed-overall-mean";
    private static final String OVERALL_ROW = "รวมเฉลี่ย";

    private TestCalculator() {
    }

    public record Test(String code, String family, String grade, String nameTh, List<Subject> subjects) {
    }

    public record Subject(String code, String nameTh) {
    }

    public record Stat(int year, String test, String subject, String level, String org, BigDecimal mean, Integer takers,
                       BigDecimal reportedDiffObec, BigDecimal reportedDiffNation) {
    }

    public record Comparison(String test, String subject, String labelTh, int year, BigDecimal mean, int previousYear,
                             BigDecimal previousMean, BigDecimal difference) {
    }

    /** A subject's area mean and how it was found. */
    record AreaMean(BigDecimal mean, String source, Integer takers, BigDecimal weighted, int schools) {
    }

    public static AreaTestsView compute(String areaCode, String areaNameTh, int year, List<Test> catalogue,
                                        Collection<Stat> stats, Set<String> schoolsOfArea,
                                        Collection<Comparison> comparisons) {
        int prev = year - 1;
        List<Finding> findings = new ArrayList<>();
        List<TestTable> tables = new ArrayList<>();
        for (Test t : catalogue) {
            List<Stat> mine = stats.stream().filter(s -> s.test().equals(t.code())).toList();
            boolean hasArea = mine.stream().anyMatch(s -> (s.year() == year || s.year() == prev)
                    && (isArea(s, areaCode) || isSchoolOf(s, schoolsOfArea)));
            if (!hasArea) {
                continue;
            }
            String table = t.nameTh() + " ปีการศึกษา " + year;
            Finding.Subject about = Finding.Subject.of(SubjectKind.TEST, t.code(), t.nameTh());
            List<SubjectRow> rows = new ArrayList<>();
            Integer takers = null;
            for (Subject sub : t.subjects()) {
                AreaMean cur = areaMean(mine, year, sub.code(), areaCode, schoolsOfArea);
                AreaMean before = areaMean(mine, prev, sub.code(), areaCode, schoolsOfArea);
                BigDecimal obec = ref(mine, year, sub.code(), OBEC);
                BigDecimal nation = ref(mine, year, sub.code(), NATION);
                BigDecimal area = cur == null ? null : cur.mean();
                if (cur != null && cur.weighted() != null && "published".equals(cur.source())
                        && cur.mean().subtract(cur.weighted()).abs().compareTo(TOLERANCE) > 0) {
                    findings.add(Finding.of("assessment.area-mean-schools", SOURCE, about)
                            .at(table, sub.code() + " " + sub.nameTh(), "ค่าเฉลี่ยเขตพื้นที่")
                            .numbers(cur.mean(), cur.weighted())
                            .says("ค่าเฉลี่ยที่เขตพื้นที่ประกาศต่างจากค่าเฉลี่ยถ่วงน้ำหนักด้วยจำนวนผู้เข้าสอบของโรงเรียนในเขต "
                                            + cur.schools() + " โรงเรียน",
                                    "the area's published mean differs from the takers-weighted mean of its "
                                            + cur.schools() + " schools"));
                }
                if (cur != null && cur.takers() != null) {
                    takers = takers == null ? cur.takers() : Math.max(takers, cur.takers());
                }
                BigDecimal diffObec = diff(area, obec);
                BigDecimal diffNation = diff(area, nation);
                Stat areaRow = find(mine, year, sub.code(), AREA, areaCode).orElse(null);
                if (areaRow != null) {
                    String row = sub.code() + " " + sub.nameTh();
                    checkReported(findings, DIFFERENCE, about, table, row, "สูง/ต่ำ สพฐ.", areaRow.reportedDiffObec(), diffObec);
                    checkReported(findings, DIFFERENCE, about, table, row, "สูง/ต่ำ ประเทศ", areaRow.reportedDiffNation(), diffNation);
                }
                BigDecimal previous = before == null ? null : before.mean();
                rows.add(new SubjectRow(sub.code(), sub.nameTh(), area, cur == null ? null : cur.source(),
                        cur == null ? null : cur.takers(), cur == null ? null : cur.weighted(),
                        cur == null ? 0 : cur.schools(), obec, diffObec, nation, diffNation, previous, diff(area, previous)));
            }
            BigDecimal areaAll = meanOf(rows.stream().map(SubjectRow::area).toList());
            BigDecimal obecAll = meanOf(rows.stream().map(SubjectRow::obec).toList());
            BigDecimal nationAll = meanOf(rows.stream().map(SubjectRow::nation).toList());
            BigDecimal prevAll = meanOf(rows.stream().map(SubjectRow::previous).toList());
            Overall overall = new Overall(areaAll, obecAll, diff(areaAll, obecAll), nationAll, diff(areaAll, nationAll),
                    prevAll, diff(areaAll, prevAll));
            // the printed "รวมเฉลี่ย" rows against the means of the printed subjects
            find(mine, year, ALL, AREA, areaCode).ifPresent(s -> {
                checkReported(findings, OVERALL_MEAN, about, table, OVERALL_ROW, "เขตพื้นที่", s.mean(), areaAll);
                checkReported(findings, DIFFERENCE, about, table, OVERALL_ROW, "สูง/ต่ำ สพฐ.", s.reportedDiffObec(), overall.diffObec());
                checkReported(findings, DIFFERENCE, about, table, OVERALL_ROW, "สูง/ต่ำ ประเทศ", s.reportedDiffNation(), overall.diffNation());
            });
            mine.stream().filter(s -> s.year() == year && ALL.equals(s.subject()) && OBEC.equals(s.level())).findFirst()
                    .ifPresent(s -> checkReported(findings, OVERALL_MEAN, about, table, OVERALL_ROW, "สพฐ.", s.mean(), obecAll));
            mine.stream().filter(s -> s.year() == year && ALL.equals(s.subject()) && NATION.equals(s.level())).findFirst()
                    .ifPresent(s -> checkReported(findings, OVERALL_MEAN, about, table, OVERALL_ROW, "ประเทศ", s.mean(), nationAll));
            checkComparisons(findings, about, t, year, rows, overall, comparisons);
            tables.add(new TestTable(t.code(), t.family(), t.grade(), t.nameTh(), takers, rows, overall));
        }
        return new AreaTestsView(areaCode, areaNameTh, year, prev, tables, findings);
    }

    /** A year-over-year table as printed, row by row, against Khet's comparison joined by subject code. */
    private static void checkComparisons(List<Finding> findings, Finding.Subject about, Test t, int year,
                                         List<SubjectRow> rows, Overall overall, Collection<Comparison> comparisons) {
        String table = "เปรียบเทียบ " + t.nameTh() + " ปีการศึกษา " + (year - 1) + " และ " + year;
        Map<String, SubjectRow> byCode = rows.stream().collect(Collectors.toMap(SubjectRow::code, r -> r));
        for (Comparison c : comparisons) {
            if (!c.test().equals(t.code()) || c.year() != year || c.previousYear() != year - 1) {
                continue;
            }
            BigDecimal current;
            BigDecimal previous;
            BigDecimal difference;
            String label;
            if (ALL.equals(c.subject())) {
                current = overall.area();
                previous = overall.previous();
                difference = overall.yoyDifference();
                label = OVERALL_ROW;
            } else {
                SubjectRow r = byCode.get(c.subject());
                if (r == null) {
                    continue;
                }
                current = r.area();
                previous = r.previous();
                difference = r.yoyDifference();
                label = c.subject() + " " + (c.labelTh() == null ? r.nameTh() : c.labelTh());
            }
            if (c.mean() != null && current != null && c.mean().compareTo(current) != 0) {
                Optional<String> whose = rows.stream()
                        .filter(r -> c.mean().compareTo(Objects.requireNonNullElse(r.area(), BigDecimal.ONE.negate())) == 0)
                        .map(r -> r.code() + " " + r.nameTh()).findFirst();
                String figure = c.mean().toPlainString();
                findings.add(Finding.of("assessment.comparison-current", SOURCE, about)
                        .at(table, label, "ปีการศึกษา " + year).numbers(c.mean(), current)
                        .says("ค่าของปีการศึกษา " + year + " ในตารางเปรียบเทียบไม่ตรงกับตารางของปีการศึกษา " + year
                                        + whose.map(s -> "; " + figure + " คือค่าเฉลี่ยปีการศึกษา " + year + " ของ " + s
                                        + " — ชื่อแถวไม่ตรงกับตัวเลขของแถว").orElse(""),
                                "the comparison table's " + year + " figure differs from the " + year + " table"
                                        + whose.map(s -> "; " + figure + " is the " + year + " mean of " + s
                                        + " — the row's label does not match its figures").orElse("")));
            }
            if (c.previousMean() != null && previous != null && c.previousMean().compareTo(previous) != 0) {
                findings.add(Finding.of("assessment.comparison-previous", SOURCE, about)
                        .at(table, label, "ปีการศึกษา " + (year - 1)).numbers(c.previousMean(), previous)
                        .says("ค่าของปีการศึกษา " + (year - 1) + " ในตารางเปรียบเทียบไม่ตรงกับสถิติของปีการศึกษา "
                                        + (year - 1) + " ที่บันทึกไว้",
                                "the comparison table's " + (year - 1) + " figure differs from the stored " + (year - 1)
                                        + " statistic"));
            }
            if (c.difference() != null && difference != null && c.difference().compareTo(difference) != 0) {
                findings.add(Finding.of("assessment.comparison-difference", SOURCE, about)
                        .at(table, label, "ผลต่าง").numbers(c.difference(), difference)
                        .says("ผลต่างที่พิมพ์ไม่เท่ากับค่าเฉลี่ยปีการศึกษา " + year + " ลบค่าเฉลี่ยปีการศึกษา " + (year - 1)
                                        + " ของรหัสวิชาเดียวกัน",
                                "the printed difference is not the " + year + " mean minus the " + (year - 1)
                                        + " mean of the same subject code"));
            }
        }
    }

    private static void checkReported(List<Finding> findings, String code, Finding.Subject about, String table,
                                      String row, String column, BigDecimal reported, BigDecimal computed) {
        if (reported != null && computed != null && reported.compareTo(computed) != 0) {
            findings.add(Finding.of(code, SOURCE, about).at(table, row, column).numbers(reported, computed)
                    .says("ตัวเลขที่พิมพ์ไม่ตรงกับที่คำนวณได้จากตัวเลขรายวิชาที่พิมพ์",
                            "the printed figure is not what the printed subject figures give"));
        }
    }

    static AreaMean areaMean(List<Stat> stats, int year, String subject, String areaCode, Set<String> schools) {
        Optional<Stat> published = find(stats, year, subject, AREA, areaCode);
        List<Stat> schoolRows = stats.stream()
                .filter(s -> s.year() == year && s.subject().equals(subject) && isSchoolOf(s, schools)).toList();
        BigDecimal weighted = weightedMean(schoolRows);
        int schoolCount = schoolRows.size();
        Integer schoolTakers = schoolRows.isEmpty() ? null
                : schoolRows.stream().mapToInt(s -> s.takers() == null ? 0 : s.takers()).sum();
        if (published.isPresent()) {
            Stat p = published.get();
            return new AreaMean(p.mean(), "published", p.takers() != null ? p.takers() : schoolTakers, weighted, schoolCount);
        }
        if (weighted != null) {
            return new AreaMean(weighted, "schools", schoolTakers, weighted, schoolCount);
        }
        return null;
    }

    /** Σ(mean × takers) / Σ takers over the rows that have takers; null when no row has any. */
    public static BigDecimal weightedMean(List<Stat> rows) {
        BigDecimal sum = BigDecimal.ZERO;
        long takers = 0;
        for (Stat s : rows) {
            if (s.takers() != null && s.takers() > 0) {
                sum = sum.add(s.mean().multiply(BigDecimal.valueOf(s.takers())));
                takers += s.takers();
            }
        }
        return takers == 0 ? null : sum.divide(BigDecimal.valueOf(takers), 2, RoundingMode.HALF_UP);
    }

    /** The mean of all values, or null when any is missing (a mean over fewer subjects is another figure). */
    public static BigDecimal meanOf(List<BigDecimal> values) {
        if (values.isEmpty() || values.stream().anyMatch(Objects::isNull)) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal diff(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : Percent.round(a.subtract(b));
    }

    private static BigDecimal ref(List<Stat> stats, int year, String subject, String level) {
        return stats.stream().filter(s -> s.year() == year && s.subject().equals(subject) && s.level().equals(level))
                .map(Stat::mean).findFirst().orElse(null);
    }

    private static Optional<Stat> find(List<Stat> stats, int year, String subject, String level, String org) {
        return stats.stream().filter(s -> s.year() == year && s.subject().equals(subject) && s.level().equals(level)
                && s.org().equals(org)).findFirst();
    }

    private static boolean isArea(Stat s, String areaCode) {
        return AREA.equals(s.level()) && s.org().equals(areaCode) && !ALL.equals(s.subject());
    }

    private static boolean isSchoolOf(Stat s, Set<String> schools) {
        return SCHOOL.equals(s.level()) && schools.contains(s.org());
    }
}
