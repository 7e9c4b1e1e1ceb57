package org.khet.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.problem.ProblemException;
import org.khet.school.repository.Jdbc;

import java.util.List;

/** Reads of the stored school facts, school by school (the summary has the totals). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FactsQueries {
    private final Jdbc jdbc;
    private final SchoolService schools;
    private final OrgDirectory directory;

    public FactsQueries(Jdbc jdbc, SchoolService schools, OrgDirectory directory) {
        this.jdbc = jdbc;
        this.schools = schools;
        this.directory = directory;
    }

    public record StaffCount(String staffType, String kind, String nameTh, int count) {
    }

    public record AdmissionDto(String schoolCode, String schoolNameTh, int academicYear, String level, int plannedRooms,
                               int plannedStudents, int admittedRooms, int admittedStudents) {
    }

    public record TransitionDto(String schoolCode, String schoolNameTh, int academicYear, String stage, int graduates,
                                Integer continued, Integer general, Integer vocational, Integer equivalent,
                                int notContinuing) {
    }

    public List<StaffCount> staffing(String school, int year, int round) {
        schools.requireSchool(school);
        List<StaffCount> out = jdbc.query("""
                select t.code, t.kind, t.name_th, c.count from staffing_count c join staff_type t on t.code = c.staff_type
                 where c.school_code = ? and c.academic_year = ? and c.round = ? order by t.sort_order""",
                rs -> new StaffCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)), school, year, round);
        if (out.isEmpty()) {
            throw ProblemException.notFound("school " + school + " has no staffing for round " + round + " of " + year);
        }
        return out;
    }

    public List<AdmissionDto> admissions(String area, int year) {
        directory.requireArea(area);
        return jdbc.query("""
                select a.school_code, s.name_th, a.academic_year, a.level, a.planned_rooms, a.planned_students, a.admitted_rooms,
                       a.admitted_students from admission a join school s on s.code = a.school_code
                 where s.area_code = ? and a.academic_year = ? order by s.name_th collate "th-TH-x-icu", a.level""",
                rs -> new AdmissionDto(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8)), area, year);
    }

    public List<TransitionDto> transitions(String area, int year) {
        directory.requireArea(area);
        return jdbc.query("""
                select t.school_code, s.name_th, t.academic_year, t.stage, t.graduates, t.continued, t.general, t.vocational,
                       t.equivalent, t.not_continuing from transition t join school s on s.code = t.school_code
                 where s.area_code = ? and t.academic_year = ? order by s.name_th collate "th-TH-x-icu", t.stage""",
                rs -> new TransitionDto(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
                        (Integer) rs.getObject(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8),
                        (Integer) rs.getObject(9), rs.getInt(10)), area, year);
    }
}
