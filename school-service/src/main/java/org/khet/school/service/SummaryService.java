package org.khet.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.khet.contracts.Finding;
import org.khet.contracts.codes.RoundStatus;
import org.khet.contracts.codes.StaffCategory;
import org.khet.contracts.read.ComputedTable;
import org.khet.contracts.read.school.AreaSummary;
import org.khet.contracts.read.school.AreaSummary.TypeCount;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.school.api.OrgDtos.ReportedFigureInput;
import org.khet.school.config.SchoolConfig;
import org.khet.school.domain.AdmissionLevel;
import org.khet.school.domain.Area;
import org.khet.school.domain.Grade;
import org.khet.school.repository.Jdbc;
import org.khet.school.rounds.SummaryCoverage;
import org.khet.school.service.summary.AdmissionsTable;
import org.khet.school.service.summary.AreaTable;
import org.khet.school.service.summary.ContractStaffTable;
import org.khet.school.service.summary.DistrictsTable;
import org.khet.school.service.summary.FigureKey;
import org.khet.school.service.summary.Figures;
import org.khet.school.service.summary.OfficeStaffTable;
import org.khet.school.service.summary.PrimaryTransitionsTable;
import org.khet.school.service.summary.ReportedFigures;
import org.khet.school.service.summary.SchoolStaffTable;
import org.khet.school.service.summary.SecondaryTransitionsTable;
import org.khet.school.service.summary.SizeClassTable;
import org.khet.school.service.summary.StudentsByDistrictTable;
import org.khet.school.service.summary.StudentsByGradeTable;
import org.khet.school.service.summary.Submissions;
import org.khet.school.service.summary.TableResult;
import org.khet.school.service.summary.Transition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An area's Part-1 summary: loads the stored facts of each table, has each table's calculator (package
 * {@code service.summary}) compute it, and compares the figures with those the area printed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SummaryService {
    private final Instance<AreaTable> moreTables;
    private static final String THAI_ORDER = " collate \"th-TH-x-icu\"";

    private final Jdbc jdbc;
    private final SchoolConfig config;
    private final AreaService areas;
    private final AccessControl access;
    private final OrgDirectory directory;
    private final SummaryCoverage coverage;

    public SummaryService(Jdbc jdbc, SchoolConfig config, AreaService areas, AccessControl access, OrgDirectory directory,
                          @Any Instance<AreaTable> moreTables, SummaryCoverage coverage) {
        this.moreTables = moreTables;
        this.coverage = coverage;
        this.jdbc = jdbc;
        this.config = config;
        this.areas = areas;
        this.access = access;
        this.directory = directory;
    }

    /** The summary on the default basis: where collection rounds cover it, only acknowledged figures count. */
    public AreaSummary summary(String areaCode, int academicYear, int round) {
        return summary(areaCode, academicYear, round, SummaryCoverage.ACKNOWLEDGED);
    }

    /**
     * @param basis where collection rounds cover the year and round ({@link SummaryCoverage}): {@code acknowledged}
     *              counts only the figures of submissions the area acknowledged, {@code submitted} every stored one
     */
    public AreaSummary summary(String areaCode, int academicYear, int round, String basis) {
        Area area = areas.requireArea(areaCode);
        Finding.Subject subject = Finding.Subject.area(areaCode, area.nameTh);
        int graduationYear = academicYear - 1;
        SummaryCoverage.Coverage covered = coverage.of(areaCode, academicYear, round, basis, subject);
        String[] enrolled = covered.counted("enrolment");
        String[] staffed = covered.counted("staffing");

        var districts = new DistrictsTable().compute(districts(areaCode));
        List<Submissions.Round> rounds = rounds(areaCode, academicYear, round, enrolled);
        var submissions = new Submissions().compute(subject, academicYear, round, districts.table().total().schools(),
                rounds, schoolsWithoutRound(areaCode, academicYear, round, enrolled));
        var sizes = new SizeClassTable(config.sizeClass()).compute(rounds.stream().map(Submissions.Round::students).toList());
        var byDistrict = new StudentsByDistrictTable().compute(studentsByDistrict(areaCode, academicYear, round, enrolled));
        var byGrade = new StudentsByGradeTable().compute(studentsByGrade(areaCode, academicYear, round, enrolled),
                "secondary".equals(area.level));
        var schoolStaff = new SchoolStaffTable().compute(schoolStaff(areaCode, academicYear, round, staffed));
        var contractStaff = new ContractStaffTable().compute(contractStaff(areaCode, academicYear, round, staffed));
        var officeStaff = new OfficeStaffTable().compute(officeUnits(areaCode), officeStaffCounts(areaCode));
        var admissions = new AdmissionsTable().compute(academicYear, admissions(areaCode, academicYear,
                covered.counted("admissions")));
        List<Transition> transitions = transitions(areaCode, graduationYear, covered.counted("transitions"));
        var p6 = new PrimaryTransitionsTable().compute(graduationYear, ofStage(transitions, Grade.P6));
        var m3 = new SecondaryTransitionsTable().compute(graduationYear, ofStage(transitions, Grade.M3));

        Figures figures = new Figures();
        Stream.of(districts, sizes, byDistrict, byGrade, schoolStaff, contractStaff, officeStaff, admissions, p6, m3)
                .map(TableResult::figures).forEach(figures::addAll);
        // in the order the summary has always listed them: districts, the round, graduates (M3 before P6), printed
        List<Finding> findings = new ArrayList<>();
        Stream.of(districts, submissions, m3, p6).map(TableResult::findings).forEach(findings::addAll);
        if (covered.covers("enrolment")) {
            // the round's completeness names the schools missing, with their status: not "sent nothing" for a school
            // whose submission waits for the area's acknowledgement
            findings.removeIf(f -> f.code().equals(Submissions.WITHOUT_ENROLMENT));
        }
        findings.addAll(covered.findings());
        findings.addAll(new ReportedFigures().compare(subject, figures, printed(areaCode, academicYear)));

        List<LocalDate> dates = rounds.stream().map(Submissions.Round::snapshotDate).filter(Objects::nonNull).distinct()
                .sorted().toList();
        return new AreaSummary(areaCode, area.nameTh, academicYear, round, dates, submissions.table(), districts.table(),
                sizes.table(), byDistrict.table(), byGrade.table(), schoolStaff.table(), contractStaff.table(),
                officeStaff.table(), admissions.table(), p6.table(), m3.table(), findings, figures.byKey(),
                moreTables(areaCode, academicYear, round, new AreaTable.Counted(covered.counted())),
                covered.completeness());
    }

    /** The {@link AreaTable} beans' tables, in id order, each counting the schools the summary's basis counts. */
    private List<ComputedTable> moreTables(String areaCode, int academicYear, int round, AreaTable.Counted counted) {
        return moreTables.stream().map(t -> t.compute(areaCode, academicYear, round, counted)).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(ComputedTable::id)).toList();
    }

    /** Records figures as printed in the area's report for a year, replacing earlier values of the same figures. */
    @Transactional
    public int putReportedFigures(String areaCode, int academicYear, List<ReportedFigureInput> figures) {
        directory.requireArea(areaCode);
        access.requireWrite(areaCode);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            String f = figures.get(i).figure();
            if (FigureKey.parse(f) == null) {
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

    // ---- the stored facts of each table ------------------------------------------------------------------

    private List<DistrictsTable.District> districts(String area) {
        return jdbc.query("""
                select d.code, d.name_th, d.sub_districts, d.villages, d.municipalities, d.saos, d.area_km2, d.population,
                       d.reported_schools,
                       count(s.code) filter (where s.status = 'open'),
                       count(s.code) filter (where s.status = 'open' and s.branch_of is null),
                       count(s.code) filter (where s.status = 'open' and s.branch_of is not null)
                  from district d left join school s on s.district_code = d.code
                 where d.area_code = ? group by d.code order by d.name_th""" + THAI_ORDER,
                rs -> new DistrictsTable.District(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3),
                        (Integer) rs.getObject(4), (Integer) rs.getObject(5), (Integer) rs.getObject(6), rs.getBigDecimal(7),
                        (Integer) rs.getObject(8), (Integer) rs.getObject(9), rs.getInt(10), rs.getInt(11), rs.getInt(12)),
                area);
    }

    /**
     * "The school {@code column} is counted": every school when {@code counted} is null (no collection round covers
     * the kind), else those listed; binds {@code counted} twice ({@link #counted}).
     */
    private static String countedSchool(String column) {
        return AreaTable.Counted.condition(column);
    }

    private static Object[] args(Object... args) {
        return args;
    }

    private static Object[] counted(String[] counted, Object... before) {
        Object[] out = java.util.Arrays.copyOf(before, before.length + 2);
        out[before.length] = counted;
        out[before.length + 1] = counted;
        return out;
    }

    private List<Submissions.Round> rounds(String area, int year, int round, String[] counted) {
        return jdbc.query("""
                select r.school_code, r.status, r.snapshot_date,
                       coalesce((select sum(g.boys + g.girls) from enrolment_grade g where g.school_code = r.school_code
                                  and g.academic_year = r.academic_year and g.round = r.round), 0)
                  from enrolment_round r join school s on s.code = r.school_code
                 where s.area_code = ? and r.academic_year = ? and r.round = ? and """ + countedSchool("s.code"),
                rs -> new Submissions.Round(rs.getString(1), RoundStatus.of(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getInt(4)), counted(counted, area, year, round));
    }

    /**
     * The area's open schools without a counted round. A left join on the round's key: a {@code not exists} inside
     * the {@code or} could not become an anti-join, and PostgreSQL read every school's round of the year in the
     * country (a hashed subplan over ~29,000 rows, ~100 ms) for each area's summary (issue #23's plans).
     */
    private List<String> schoolsWithoutRound(String area, int year, int round, String[] counted) {
        return jdbc.query("""
                select s.code from school s
                  left join enrolment_round r on r.school_code = s.code and r.academic_year = ? and r.round = ?
                 where s.area_code = ? and s.status = 'open' and (r.school_code is null or not """
                        + countedSchool("s.code") + ") order by s.code", rs -> rs.getString(1),
                args(year, round, area, counted, counted));
    }

    private List<StudentsByDistrictTable.District> studentsByDistrict(String area, int year, int round, String[] counted) {
        return jdbc.query("""
                select d.code, d.name_th, coalesce(sum(g.boys), 0), coalesce(sum(g.girls), 0)
                  from district d
                  left join school s on s.district_code = d.code
                  left join enrolment_grade g on g.school_code = s.code and g.academic_year = ? and g.round = ?
                                             and """ + countedSchool("g.school_code") + """

                 where d.area_code = ? group by d.code order by d.name_th""" + THAI_ORDER,
                rs -> new StudentsByDistrictTable.District(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)),
                args(year, round, counted, counted, area));
    }

    private Map<Grade, StudentsByGradeTable.Count> studentsByGrade(String area, int year, int round, String[] counted) {
        Map<Grade, StudentsByGradeTable.Count> byGrade = new EnumMap<>(Grade.class);
        jdbc.query("""
                select g.grade, sum(g.boys), sum(g.girls), sum(g.classrooms)
                  from enrolment_grade g join school s on s.code = g.school_code
                 where s.area_code = ? and g.academic_year = ? and g.round = ? and """ + countedSchool("s.code")
                        + " group by g.grade",
                rs -> byGrade.put(Grade.valueOf(rs.getString(1)),
                        new StudentsByGradeTable.Count(rs.getInt(2), rs.getInt(3), rs.getInt(4))),
                counted(counted, area, year, round));
        return byGrade;
    }

    private List<SchoolStaffTable.District> schoolStaff(String area, int year, int round, String[] counted) {
        return jdbc.query("""
                select d.code, d.name_th,
                       coalesce(sum(c.count) filter (where c.staff_type = 'director'), 0),
                       coalesce(sum(c.count) filter (where c.staff_type = 'deputy'), 0),
                       coalesce(sum(c.count) filter (where c.staff_type = 'teacher'), 0)
                  from district d
                  left join school s on s.district_code = d.code
                  left join staffing_count c on c.school_code = s.code and c.academic_year = ? and c.round = ?
                                            and """ + countedSchool("c.school_code") + """

                 where d.area_code = ? group by d.code order by d.name_th""" + THAI_ORDER,
                rs -> new SchoolStaffTable.District(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5)), args(year, round, counted, counted, area));
    }

    private List<TypeCount> contractStaff(String area, int year, int round, String[] counted) {
        return jdbc.query("""
                select t.code, t.name_th, coalesce(sum(c.count), 0) from staff_type t
                  left join (staffing_count c join school s on s.code = c.school_code and s.area_code = ?)
                         on c.staff_type = t.code and c.academic_year = ? and c.round = ? and """
                        + countedSchool("c.school_code") + """

                 where t.kind = 'contract' group by t.code, t.name_th, t.sort_order order by t.sort_order""",
                rs -> new TypeCount(rs.getString(1), rs.getString(2), rs.getInt(3)), counted(counted, area, year, round));
    }

    private List<OfficeStaffTable.Unit> officeUnits(String area) {
        return jdbc.query("select code, name_th from office_unit where area_code = ? order by sort_order, code",
                rs -> new OfficeStaffTable.Unit(rs.getString(1), rs.getString(2)), area);
    }

    private List<OfficeStaffTable.Count> officeStaffCounts(String area) {
        return jdbc.query("select unit_code, category, count(*) from office_staff where area_code = ? group by unit_code, category",
                rs -> new OfficeStaffTable.Count(rs.getString(1), StaffCategory.of(rs.getString(2)), rs.getInt(3)), area);
    }

    private Map<AdmissionLevel, AdmissionsTable.Level> admissions(String area, int year, String[] counted) {
        Map<AdmissionLevel, AdmissionsTable.Level> byLevel = new EnumMap<>(AdmissionLevel.class);
        jdbc.query("""
                select a.level, count(*), sum(a.planned_rooms), sum(a.planned_students), sum(a.admitted_rooms),
                       sum(a.admitted_students)
                  from admission a join school s on s.code = a.school_code
                 where s.area_code = ? and a.academic_year = ? and """ + countedSchool("s.code") + " group by a.level",
                rs -> byLevel.put(AdmissionLevel.of(rs.getString(1)), new AdmissionsTable.Level(rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6))), counted(counted, area, year));
        return byLevel;
    }

    private List<Transition> transitions(String area, int graduationYear, String[] counted) {
        return jdbc.query("""
                select t.school_code, s.name_th, t.stage, t.graduates, t.continued, t.general, t.vocational, t.equivalent,
                       t.not_continuing
                  from transition t join school s on s.code = t.school_code
                 where s.area_code = ? and t.academic_year = ? and """ + countedSchool("s.code")
                        + " order by t.stage, t.school_code",
                rs -> new Transition(rs.getString(1), rs.getString(2), Grade.valueOf(rs.getString(3)), rs.getInt(4),
                        (Integer) rs.getObject(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7),
                        (Integer) rs.getObject(8), rs.getInt(9)), counted(counted, area, graduationYear));
    }

    private static List<Transition> ofStage(List<Transition> transitions, Grade stage) {
        return transitions.stream().filter(t -> t.stage() == stage).toList();
    }

    private List<ReportedFigures.Printed> printed(String area, int year) {
        return jdbc.query("select figure, value, source from reported_figure where area_code = ? and academic_year = ? order by figure",
                rs -> {
                    FigureKey key = FigureKey.parse(rs.getString(1));
                    if (key == null) {
                        throw new IllegalStateException("stored figure key '" + rs.getString(1) + "' is not one");
                    }
                    return new ReportedFigures.Printed(key, rs.getBigDecimal(2), rs.getString(3));
                }, area, year);
    }
}
