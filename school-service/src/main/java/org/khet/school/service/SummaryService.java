package org.khet.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.contracts.Finding;
import org.khet.contracts.Percent;
import org.khet.contracts.codes.StaffCategory;
import org.khet.contracts.codes.SubjectKind;
import org.khet.contracts.read.school.AreaSummary;
import org.khet.contracts.read.school.AreaSummary.*;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.school.api.OrgDtos.ReportedFigureInput;
import org.khet.school.config.SchoolConfig;
import org.khet.school.domain.Area;
import org.khet.school.domain.Grade;
import org.khet.school.domain.SizeClass;
import org.khet.school.repository.Jdbc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes an area's Part-1 tables from the stored facts, and compares them with figures as printed. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SummaryService {
    static final String SOURCE = "school-service";
    private static final Map<String, String> LEVEL_TH = Map.of("kindergarten", "อนุบาล", "P1", "ประถมศึกษาปีที่ 1",
            "M1", "มัธยมศึกษาปีที่ 1");

    private final Jdbc jdbc;
    private final SchoolConfig config;
    private final OrgService org;
    private final AccessControl access;
    private final OrgDirectory directory;

    public SummaryService(Jdbc jdbc, SchoolConfig config, OrgService org, AccessControl access, OrgDirectory directory) {
        this.jdbc = jdbc;
        this.config = config;
        this.org = org;
        this.access = access;
        this.directory = directory;
    }

    public AreaSummary summary(String areaCode, int academicYear, int round) {
        Area area = org.requireArea(areaCode);
        Finding.Subject areaSubject = Finding.Subject.area(areaCode, area.nameTh);
        Map<String, BigDecimal> fig = new TreeMap<>();
        // the report's row label of each figure key's "table/row" (a district's or a grade's Thai name …)
        Map<String, String> rowLabel = new java.util.HashMap<>();
        List<Finding> findings = new ArrayList<>();

        // Table 1: districts with their facts and the schools registered in them
        record D(String code, String nameTh, Integer sd, Integer v, Integer m, Integer s, BigDecimal km2, Integer pop,
                 Integer reported, int schools, int main, int branches) {
        }
        List<D> ds = jdbc.query("""
                select d.code, d.name_th, d.sub_districts, d.villages, d.municipalities, d.saos, d.area_km2, d.population,
                       d.reported_schools,
                       count(s.code) filter (where s.status = 'open'),
                       count(s.code) filter (where s.status = 'open' and s.branch_of is null),
                       count(s.code) filter (where s.status = 'open' and s.branch_of is not null)
                  from district d left join school s on s.district_code = d.code
                 where d.area_code = ? group by d.code order by d.name_th collate "th-TH-x-icu\"""",
                rs -> new D(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), (Integer) rs.getObject(4),
                        (Integer) rs.getObject(5), (Integer) rs.getObject(6), rs.getBigDecimal(7), (Integer) rs.getObject(8),
                        (Integer) rs.getObject(9), rs.getInt(10), rs.getInt(11), rs.getInt(12)), areaCode);
        List<DistrictRow> drows = new ArrayList<>();
        int[] t1 = new int[8];
        BigDecimal km2 = BigDecimal.ZERO.setScale(2);
        for (D d : ds) {
            drows.add(new DistrictRow(d.code, d.nameTh, d.sd, d.v, d.m, d.s, d.km2, d.pop, d.schools, d.main, d.branches));
            t1[0] += nz(d.sd);
            t1[1] += nz(d.v);
            t1[2] += nz(d.m);
            t1[3] += nz(d.s);
            t1[4] += nz(d.pop);
            t1[5] += d.schools;
            t1[6] += d.main;
            t1[7] += d.branches;
            km2 = d.km2 == null ? km2 : km2.add(d.km2);
            fig.put("table1/" + d.code + "/schools", BigDecimal.valueOf(d.schools));
            rowLabel.put("table1/" + d.code, d.nameTh);
            if (d.reported != null && d.reported != d.schools) {
                findings.add(Finding.of("school.district-schools", SOURCE, Finding.Subject.of(SubjectKind.DISTRICT, d.code, d.nameTh))
                        .at("1", d.nameTh, "schools").counts(d.reported, d.schools)
                        .says("อำเภอ" + d.nameTh + ": เขตรายงานสถานศึกษา " + d.reported + " แห่ง แต่มีสถานศึกษาที่เปิดทำการขึ้นทะเบียนในอำเภอนี้ "
                                        + d.schools + " แห่ง",
                                "district " + d.nameTh + ": the area reported " + d.reported + " schools, " + d.schools
                                        + " open schools are registered in it"));
            }
        }
        DistrictRow t1total = new DistrictRow(null, "รวม", t1[0], t1[1], t1[2], t1[3], km2, t1[4], t1[5], t1[6], t1[7]);
        fig.put("table1/total/schools", BigDecimal.valueOf(t1[5]));
        fig.put("table1/total/population", BigDecimal.valueOf(t1[4]));
        fig.put("table1/total/areaKm2", km2);

        // rounds of this year and round
        record R(String school, String district, String status, LocalDate date, int students) {
        }
        List<R> rounds = jdbc.query("""
                select r.school_code, s.district_code, r.status, r.snapshot_date,
                       coalesce((select sum(g.boys + g.girls) from enrolment_grade g where g.school_code = r.school_code
                                  and g.academic_year = r.academic_year and g.round = r.round), 0)
                  from enrolment_round r join school s on s.code = r.school_code
                 where s.area_code = ? and r.academic_year = ? and r.round = ?""",
                rs -> new R(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getInt(5)),
                areaCode, academicYear, round);
        List<String> without = jdbc.query("""
                select s.code from school s where s.area_code = ? and s.status = 'open' and not exists (
                  select 1 from enrolment_round r where r.school_code = s.code and r.academic_year = ? and r.round = ?) order by s.code""",
                rs -> rs.getString(1), areaCode, academicYear, round);
        Rounds roundInfo = new Rounds(t1[5], rounds.size(), (int) rounds.stream().filter(r -> r.status.equals("submitted")).count(),
                (int) rounds.stream().filter(r -> r.status.equals("certified")).count(),
                (int) rounds.stream().filter(r -> r.status.equals("locked")).count(), without);
        if (!without.isEmpty()) {
            String codes = String.join(", ", without.subList(0, Math.min(20, without.size())));
            findings.add(Finding.of("school.schools-without-enrolment", SOURCE, areaSubject).at("1.1.1", "รวม", "schools")
                    .numbers(null, BigDecimal.valueOf(rounds.size()))
                    .says("สถานศึกษาที่เปิดทำการ " + without.size() + " แห่งไม่ได้ส่งข้อมูลนักเรียนรอบที่ " + round
                                    + " ปีการศึกษา " + academicYear + ": " + codes,
                            without.size() + " open school(s) sent no enrolment for round " + round + " of " + academicYear
                                    + ": " + codes));
        }

        // 1.1.1 schools by size class
        Map<SizeClass, Integer> bySize = new EnumMap<>(SizeClass.class);
        rounds.forEach(r -> bySize.merge(SizeClass.of(r.students, config.sizeClass()), 1, Integer::sum));
        List<SizeClassRow> sizeRows = new ArrayList<>();
        BigDecimal pctSum = BigDecimal.ZERO;
        for (SizeClass sc : SizeClass.values()) {
            int n = bySize.getOrDefault(sc, 0);
            BigDecimal p = Percent.of(n, rounds.size());
            sizeRows.add(new SizeClassRow(sc.code(), sc.nameTh, sc.band(config.sizeClass()), n, p));
            rowLabel.put("1.1.1/" + sc.code(), sc.nameTh);
            fig.put("1.1.1/" + sc.code() + "/schools", BigDecimal.valueOf(n));
            if (p != null) {
                fig.put("1.1.1/" + sc.code() + "/percent", p);
                pctSum = pctSum.add(p);
            }
        }
        fig.put("1.1.1/total/schools", BigDecimal.valueOf(rounds.size()));
        SizeClasses sizes = new SizeClasses(sizeRows, rounds.size(), rounds.isEmpty() ? null : pctSum);

        // 1.1.2 students by district × gender, 1.1.3 students and classrooms by grade
        List<GenderRow> genderRows = new ArrayList<>();
        int[] gt = new int[2];
        jdbc.query("""
                select d.code, d.name_th, coalesce(sum(g.boys), 0), coalesce(sum(g.girls), 0)
                  from district d
                  left join school s on s.district_code = d.code
                  left join enrolment_grade g on g.school_code = s.code and g.academic_year = ? and g.round = ?
                 where d.area_code = ? group by d.code order by d.name_th collate "th-TH-x-icu\"""",
                rs -> {
                    genderRows.add(new GenderRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(3) + rs.getInt(4)));
                    gt[0] += rs.getInt(3);
                    gt[1] += rs.getInt(4);
                    rowLabel.put("1.1.2/" + rs.getString(1), rs.getString(2));
                    fig.put("1.1.2/" + rs.getString(1) + "/boys", BigDecimal.valueOf(rs.getInt(3)));
                    fig.put("1.1.2/" + rs.getString(1) + "/girls", BigDecimal.valueOf(rs.getInt(4)));
                    fig.put("1.1.2/" + rs.getString(1) + "/total", BigDecimal.valueOf(rs.getInt(3) + rs.getInt(4)));
                    return null;
                }, academicYear, round, areaCode);
        fig.put("1.1.2/total/boys", BigDecimal.valueOf(gt[0]));
        fig.put("1.1.2/total/girls", BigDecimal.valueOf(gt[1]));
        fig.put("1.1.2/total/total", BigDecimal.valueOf(gt[0] + gt[1]));

        Map<Grade, int[]> byGrade = new EnumMap<>(Grade.class);
        jdbc.query("""
                select g.grade, sum(g.boys), sum(g.girls), sum(g.classrooms) from enrolment_grade g join school s on s.code = g.school_code
                 where s.area_code = ? and g.academic_year = ? and g.round = ? group by g.grade""",
                rs -> byGrade.put(Grade.valueOf(rs.getString(1)), new int[]{rs.getInt(2), rs.getInt(3), rs.getInt(4)}),
                areaCode, academicYear, round);
        List<LevelBlock> levels = new ArrayList<>();
        int allStudents = 0;
        int allRooms = 0;
        for (Grade.Level level : Grade.Level.values()) {
            // a primary area prints no upper-secondary block unless its schools reported such students
            if (level == Grade.Level.UPPER_SECONDARY && !"secondary".equals(area.level)
                    && byGrade.keySet().stream().noneMatch(g -> g.level == level)) {
                continue;
            }
            List<GradeRow> grades = new ArrayList<>();
            int ls = 0;
            int lr = 0;
            for (Grade g : Grade.values()) {
                if (g.level != level) {
                    continue;
                }
                int[] v = byGrade.getOrDefault(g, new int[3]);
                grades.add(new GradeRow(g.name(), g.nameTh, v[0], v[1], v[0] + v[1], v[2]));
                rowLabel.put("1.1.3/" + g.name(), g.nameTh);
                fig.put("1.1.3/" + g.name() + "/students", BigDecimal.valueOf(v[0] + v[1]));
                fig.put("1.1.3/" + g.name() + "/classrooms", BigDecimal.valueOf(v[2]));
                ls += v[0] + v[1];
                lr += v[2];
            }
            String lk = level.name().toLowerCase().replace('_', '-');
            rowLabel.put("1.1.3/" + lk, level.nameTh);
            fig.put("1.1.3/" + lk + "/students", BigDecimal.valueOf(ls));
            fig.put("1.1.3/" + lk + "/classrooms", BigDecimal.valueOf(lr));
            levels.add(new LevelBlock(lk, level.nameTh, grades, ls, lr));
            allStudents += ls;
            allRooms += lr;
        }
        fig.put("1.1.3/total/students", BigDecimal.valueOf(allStudents));
        fig.put("1.1.3/total/classrooms", BigDecimal.valueOf(allRooms));

        // 1.1.4 executives and teachers by district, 1.1.5 contract staff by type
        List<StaffRow> staffRows = new ArrayList<>();
        int[] st = new int[3];
        jdbc.query("""
                select d.code, d.name_th,
                       coalesce(sum(c.count) filter (where c.staff_type = 'director'), 0),
                       coalesce(sum(c.count) filter (where c.staff_type = 'deputy'), 0),
                       coalesce(sum(c.count) filter (where c.staff_type = 'teacher'), 0)
                  from district d
                  left join school s on s.district_code = d.code
                  left join staffing_count c on c.school_code = s.code and c.academic_year = ? and c.round = ?
                 where d.area_code = ? group by d.code order by d.name_th collate "th-TH-x-icu\"""",
                rs -> {
                    int a = rs.getInt(3), b = rs.getInt(4), c = rs.getInt(5);
                    staffRows.add(new StaffRow(rs.getString(1), rs.getString(2), a, b, c, a + b + c));
                    st[0] += a;
                    st[1] += b;
                    st[2] += c;
                    rowLabel.put("1.1.4/" + rs.getString(1), rs.getString(2));
                    fig.put("1.1.4/" + rs.getString(1) + "/total", BigDecimal.valueOf(a + b + c));
                    return null;
                }, academicYear, round, areaCode);
        fig.put("1.1.4/total/directors", BigDecimal.valueOf(st[0]));
        fig.put("1.1.4/total/deputies", BigDecimal.valueOf(st[1]));
        fig.put("1.1.4/total/teachers", BigDecimal.valueOf(st[2]));
        fig.put("1.1.4/total/total", BigDecimal.valueOf(st[0] + st[1] + st[2]));
        List<TypeCount> contract = jdbc.query("""
                select t.code, t.name_th, coalesce(sum(c.count), 0) from staff_type t
                  left join (staffing_count c join school s on s.code = c.school_code and s.area_code = ?)
                         on c.staff_type = t.code and c.academic_year = ? and c.round = ?
                 where t.kind = 'contract' group by t.code, t.name_th, t.sort_order order by t.sort_order""",
                rs -> new TypeCount(rs.getString(1), rs.getString(2), rs.getInt(3)), areaCode, academicYear, round);
        int contractTotal = contract.stream().mapToInt(TypeCount::count).sum();
        contract.forEach(c -> {
            fig.put("1.1.5/" + c.type() + "/count", BigDecimal.valueOf(c.count()));
            rowLabel.put("1.1.5/" + c.type(), c.nameTh());
        });
        fig.put("1.1.5/total/count", BigDecimal.valueOf(contractTotal));

        // 1.1.6 office staff by unit × personnel category
        Map<String, UnitRow> units = new LinkedHashMap<>();
        Map<StaffCategory, Integer> catTotal = zeroByCategory();
        jdbc.query("select code, name_th from office_unit where area_code = ? order by sort_order, code", rs -> {
            units.put(rs.getString(1), new UnitRow(rs.getString(1), rs.getString(2), zeroByCategory(), 0));
            rowLabel.put("1.1.6/" + rs.getString(1), rs.getString(2));
            return null;
        }, areaCode);
        jdbc.query("select unit_code, category, count(*) from office_staff where area_code = ? group by unit_code, category", rs -> {
            UnitRow u = units.get(rs.getString(1));
            StaffCategory c = StaffCategory.of(rs.getString(2));
            u.byCategory().merge(c, rs.getInt(3), Integer::sum);
            catTotal.merge(c, rs.getInt(3), Integer::sum);
            return null;
        }, areaCode);
        List<UnitRow> unitRows = new ArrayList<>();
        for (UnitRow u : units.values()) {
            int total = u.byCategory().values().stream().mapToInt(Integer::intValue).sum();
            unitRows.add(new UnitRow(u.unitCode(), u.nameTh(), u.byCategory(), total));
            fig.put("1.1.6/" + u.unitCode() + "/total", BigDecimal.valueOf(total));
        }
        int officeTotal = catTotal.values().stream().mapToInt(Integer::intValue).sum();
        catTotal.forEach((c, n) -> fig.put("1.1.6/total/" + c.code(), BigDecimal.valueOf(n)));
        fig.put("1.1.6/total/total", BigDecimal.valueOf(officeTotal));
        OfficeStaff office = new OfficeStaff(List.of(StaffCategory.values()), unitRows, new UnitRow(null, "รวม", catTotal, officeTotal));

        // 3.1 admissions against the plan
        List<AdmissionRow> admissions = new ArrayList<>();
        for (String level : AdmissionsFeed.LEVELS) {
            var row = jdbc.query("""
                    select count(*), coalesce(sum(a.planned_rooms), 0), coalesce(sum(a.planned_students), 0),
                           coalesce(sum(a.admitted_rooms), 0), coalesce(sum(a.admitted_students), 0)
                      from admission a join school s on s.code = a.school_code
                     where s.area_code = ? and a.academic_year = ? and a.level = ?""",
                    rs -> new int[]{rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)},
                    areaCode, academicYear, level).get(0);
            BigDecimal rp = Percent.of(row[3], row[1]);
            BigDecimal sp = Percent.of(row[4], row[2]);
            admissions.add(new AdmissionRow(level, LEVEL_TH.get(level), row[0], row[1], row[2], row[3], rp, row[4], sp));
            rowLabel.put("3.1/" + level, LEVEL_TH.get(level));
            fig.put("3.1/" + level + "/schools", BigDecimal.valueOf(row[0]));
            fig.put("3.1/" + level + "/admittedRooms", BigDecimal.valueOf(row[3]));
            fig.put("3.1/" + level + "/admittedStudents", BigDecimal.valueOf(row[4]));
            if (rp != null) {
                fig.put("3.1/" + level + "/admittedRoomsPercent", rp);
            }
            if (sp != null) {
                fig.put("3.1/" + level + "/admittedStudentsPercent", sp);
            }
        }

        // 3.2 and 3.3: graduates of the previous academic year and where they went
        int gradYear = academicYear - 1;
        int[] p6 = jdbc.query("""
                select count(*), coalesce(sum(t.graduates), 0), coalesce(sum(t.continued), 0), coalesce(sum(t.not_continuing), 0)
                  from transition t join school s on s.code = t.school_code where s.area_code = ? and t.academic_year = ? and t.stage = 'P6'""",
                rs -> new int[]{rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)}, areaCode, gradYear).get(0);
        int p6total = p6[2] + p6[3];
        PrimaryTransitions p6t = new PrimaryTransitions(gradYear, p6[0], p6[1], p6[2], p6[3], p6total, Percent.of(p6[2], p6total));
        int[] m3 = jdbc.query("""
                select count(*), coalesce(sum(t.graduates), 0), coalesce(sum(t.general), 0), coalesce(sum(t.vocational), 0),
                       coalesce(sum(t.equivalent), 0), coalesce(sum(t.not_continuing), 0)
                  from transition t join school s on s.code = t.school_code where s.area_code = ? and t.academic_year = ? and t.stage = 'M3'""",
                rs -> new int[]{rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)}, areaCode, gradYear).get(0);
        int m3total = m3[2] + m3[3] + m3[4] + m3[5];
        SecondaryTransitions m3t = new SecondaryTransitions(gradYear, m3[0], m3[1], m3[2], m3[3], m3[4], m3[5], m3total,
                Percent.of(m3total - m3[5], m3total));
        rowLabel.put("3.2/P6", Grade.P6.nameTh);
        rowLabel.put("3.3/M3", Grade.M3.nameTh);
        fig.put("3.2/P6/graduates", BigDecimal.valueOf(p6[1]));
        fig.put("3.2/P6/continued", BigDecimal.valueOf(p6[2]));
        fig.put("3.2/P6/notContinuing", BigDecimal.valueOf(p6[3]));
        fig.put("3.3/M3/graduates", BigDecimal.valueOf(m3[1]));
        fig.put("3.3/M3/general", BigDecimal.valueOf(m3[2]));
        fig.put("3.3/M3/vocational", BigDecimal.valueOf(m3[3]));
        fig.put("3.3/M3/equivalent", BigDecimal.valueOf(m3[4]));
        fig.put("3.3/M3/notContinuing", BigDecimal.valueOf(m3[5]));
        jdbc.query("""
                select t.school_code, sc.name_th, t.stage, t.graduates,
                       coalesce(t.continued, 0) + coalesce(t.general, 0) + coalesce(t.vocational, 0) + coalesce(t.equivalent, 0) + t.not_continuing
                  from transition t join school sc on sc.code = t.school_code
                 where sc.area_code = ? and t.academic_year = ? order by t.stage, t.school_code""", rs -> {
            int reported = rs.getInt(4), sum = rs.getInt(5);
            if (reported != sum) {
                String stage = rs.getString(3);
                String table = "P6".equals(stage) ? "3.2" : "3.3";
                String school = rs.getString(2) + " (" + rs.getString(1) + ")";
                findings.add(Finding.of("school.graduates", SOURCE, Finding.Subject.of(SubjectKind.SCHOOL, rs.getString(1), rs.getString(2)))
                        .at(table, Grade.valueOf(stage).nameTh, "graduates").counts(reported, sum)
                        .says(school + " รายงานนักเรียนที่จบชั้น" + Grade.valueOf(stage).nameTh + " ปีการศึกษา " + gradYear + " จำนวน "
                                        + reported + " คน แต่ผลรวมของผู้ที่เรียนต่อและไม่เรียนต่อเป็น " + sum + " คน",
                                school + " reported " + reported + " " + stage + " graduates of " + gradYear
                                        + " but their destinations add up to " + sum));
            }
            return null;
        }, areaCode, gradYear);

        // figures as printed, compared with what Khet computes
        jdbc.query("select figure, value, source from reported_figure where area_code = ? and academic_year = ? order by figure", rs -> {
            String key = rs.getString(1);
            BigDecimal reported = rs.getBigDecimal(2);
            BigDecimal computed = fig.get(key);
            String src = rs.getString(3) == null ? "" : " (" + rs.getString(3) + ")";
            String printed = reported.stripTrailingZeros().toPlainString();
            String[] part = key.split("/");
            String row = "total".equals(part[1]) ? "รวม" : rowLabel.getOrDefault(part[0] + "/" + part[1], part[1]);
            Finding.Builder f = Finding.of("school.reported-figure", SOURCE, areaSubject).at(tableOf(key), row, part[2]);
            if (computed == null) {
                findings.add(f.numbers(reported, null).says(
                        "ตัวเลข " + key + " ที่รายงานไว้ " + printed + src + " แต่ระบบไม่ได้คำนวณตัวเลขนี้จากข้อมูลที่บันทึกไว้",
                        "figure " + key + ": reported " + printed + src + ", but Khet computes no such figure from the stored rows"));
            } else if (computed.compareTo(reported) != 0) {
                String c = computed.stripTrailingZeros().toPlainString();
                findings.add(f.numbers(reported, computed).says(
                        "ตัวเลข " + key + " ที่รายงานไว้ " + printed + src + " แต่คำนวณจากข้อมูลที่บันทึกไว้ได้ " + c,
                        "figure " + key + ": reported " + printed + src + ", computed from the stored rows " + c));
            }
            return null;
        }, areaCode, academicYear);

        List<LocalDate> dates = rounds.stream().map(R::date).filter(java.util.Objects::nonNull).distinct().sorted().toList();
        return new AreaSummary(areaCode, area.nameTh, academicYear, round, dates, roundInfo, new Table1(drows, t1total), sizes,
                new StudentsByDistrict(genderRows, new GenderRow(null, "รวมทั้งสิ้น", gt[0], gt[1], gt[0] + gt[1])),
                new StudentsByGrade(levels, allStudents, allRooms),
                new StaffByDistrict(staffRows, new StaffRow(null, "รวม", st[0], st[1], st[2], st[0] + st[1] + st[2])),
                new ContractStaff(contract, contractTotal), office, new Admissions(academicYear, admissions), p6t, m3t,
                findings, fig);
    }

    /** Records figures as printed in the area's report for a year, replacing earlier values of the same figures. */
    @Transactional
    public int putReportedFigures(String areaCode, int academicYear, List<ReportedFigureInput> figures) {
        directory.requireArea(areaCode);
        access.requireWrite(areaCode);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            String f = figures.get(i).figure();
            if (!f.matches("(table1|1\\.1\\.[1-6]|3\\.[1-3])/[^/]+/[A-Za-z0-9-]+")) {
                errors.add(Problem.FieldError.field("figures[" + i + "].figure", "must name a summary figure such as "
                        + "1.1.1/small/percent or 3.1/P1/admittedStudentsPercent, got '" + f + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation("some figures are not valid", errors);
        }
        for (ReportedFigureInput f : figures) {
            jdbc.update("""
                    insert into reported_figure (area_code, academic_year, figure, value, source) values (?, ?, ?, ?, ?)
                    on conflict (area_code, academic_year, figure) do update set value = excluded.value, source = excluded.source""",
                    areaCode, academicYear, f.figure(), f.value(), f.source());
        }
        return figures.size();
    }

    private static String tableOf(String key) {
        String t = key.substring(0, key.indexOf('/'));
        return t.equals("table1") ? "1" : t;
    }

    private static Map<StaffCategory, Integer> zeroByCategory() {
        Map<StaffCategory, Integer> m = new EnumMap<>(StaffCategory.class);
        for (StaffCategory c : StaffCategory.values()) {
            m.put(c, 0);
        }
        return m;
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }
}
