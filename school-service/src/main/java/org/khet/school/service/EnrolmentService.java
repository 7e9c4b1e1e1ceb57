package org.khet.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.contracts.BuddhistEra;
import org.khet.contracts.codes.RoundStatus;
import org.khet.contracts.events.school.EnrolmentRoundStatusChanged;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.school.config.SchoolConfig;
import org.khet.school.domain.Grade;
import org.khet.school.domain.SizeClass;
import org.khet.school.repository.Jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Enrolment rounds: reading one school's round, and the area moving rounds submitted → certified → locked. */
@ApplicationScoped
@Transactional
public class EnrolmentService {
    private final Jdbc jdbc;
    private final Outbox outbox;
    private final AccessControl access;
    private final SchoolConfig config;
    private final SchoolService schools;
    private final OrgDirectory directory;

    public EnrolmentService(Jdbc jdbc, Outbox outbox, AccessControl access, SchoolConfig config, SchoolService schools,
                            OrgDirectory directory) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.access = access;
        this.config = config;
        this.schools = schools;
    }

    public record GradeDto(String grade, String nameTh, int boys, int girls, int students, int classrooms) {
    }

    public record RoundDto(String schoolCode, int academicYear, int round, LocalDate snapshotDate, RoundStatus status,
                           int students, int classrooms, String sizeClass, List<GradeDto> grades, long version) {
    }

    /** The area's decision on rounds: all its schools' rounds of a year and round, or only the listed schools. */
    public record RoundDecision(String areaCode, Integer academicYear, Integer round, List<String> schoolCodes) {
    }

    public record DecisionResult(String areaCode, int academicYear, int round, RoundStatus status, List<String> schoolCodes) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoundDto round(String schoolCode, int academicYear, int round) {
        schools.requireSchool(schoolCode);
        var head = jdbc.query("select snapshot_date, status, version from enrolment_round where school_code = ? and academic_year = ? and round = ?",
                rs -> new Object[]{rs.getObject(1, LocalDate.class), RoundStatus.of(rs.getString(2)), rs.getLong(3)}, schoolCode, academicYear, round);
        if (head.isEmpty()) {
            throw ProblemException.notFound("school " + schoolCode + " has no enrolment round " + round + " of " + academicYear);
        }
        List<GradeDto> grades = new ArrayList<>();
        int[] tot = new int[2];
        jdbc.query("select grade, boys, girls, classrooms from enrolment_grade where school_code = ? and academic_year = ? and round = ?",
                rs -> {
                    Grade g = Grade.valueOf(rs.getString(1));
                    grades.add(new GradeDto(g.name(), g.nameTh, rs.getInt(2), rs.getInt(3), rs.getInt(2) + rs.getInt(3), rs.getInt(4)));
                    tot[0] += rs.getInt(2) + rs.getInt(3);
                    tot[1] += rs.getInt(4);
                    return null;
                }, schoolCode, academicYear, round);
        grades.sort(java.util.Comparator.comparing(g -> Grade.valueOf(g.grade()).ordinal()));
        Object[] h = head.get(0);
        return new RoundDto(schoolCode, academicYear, round, (LocalDate) h[0], (RoundStatus) h[1], tot[0], tot[1],
                SizeClass.of(tot[0], config.sizeClass()).code(), grades, (Long) h[2]);
    }

    public DecisionResult certify(RoundDecision d) {
        return decide(d, RoundStatus.CERTIFIED, List.of(RoundStatus.SUBMITTED, RoundStatus.CERTIFIED),
                EnrolmentRoundStatusChanged.CERTIFIED_TYPE);
    }

    public DecisionResult lock(RoundDecision d) {
        return decide(d, RoundStatus.LOCKED, List.of(RoundStatus.SUBMITTED, RoundStatus.CERTIFIED, RoundStatus.LOCKED),
                EnrolmentRoundStatusChanged.LOCKED_TYPE);
    }

    private DecisionResult decide(RoundDecision d, RoundStatus to, List<RoundStatus> from, String eventType) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (d == null || d.areaCode() == null) {
            errors.add(Problem.FieldError.field("areaCode", "is required"));
        }
        if (d == null || d.academicYear() == null || d.academicYear() < BuddhistEra.MIN_BE || d.academicYear() > BuddhistEra.MAX_BE) {
            errors.add(Problem.FieldError.field("academicYear", "is required, a Buddhist-era year such as 2566"));
        }
        if (d == null || d.round() == null || d.round() < 1 || d.round() > config.maxRound()) {
            errors.add(Problem.FieldError.field("round", "is required, from 1 to " + config.maxRound()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation("the decision is not complete", errors);
        }
        directory.requireArea(d.areaCode());
        access.requireWrite(d.areaCode());
        List<String> wanted = d.schoolCodes() == null || d.schoolCodes().isEmpty() ? null : d.schoolCodes();
        record Round(String school, RoundStatus status) {
        }
        List<Round> rounds = jdbc.query("""
                select r.school_code, r.status from enrolment_round r join school s on s.code = r.school_code
                 where s.area_code = ? and r.academic_year = ? and r.round = ? order by r.school_code for update of r""",
                rs -> new Round(rs.getString(1), RoundStatus.of(rs.getString(2))), d.areaCode(), d.academicYear(), d.round());
        if (wanted != null) {
            List<String> known = rounds.stream().map(Round::school).toList();
            List<Problem.FieldError> missing = new ArrayList<>();
            for (int i = 0; i < wanted.size(); i++) {
                if (!known.contains(wanted.get(i))) {
                    missing.add(Problem.FieldError.field("schoolCodes[" + i + "]", "school " + wanted.get(i)
                            + " of area " + d.areaCode() + " has no round " + d.round() + " of " + d.academicYear()));
                }
            }
            if (!missing.isEmpty()) {
                throw ProblemException.validation("some schools have no such round", missing);
            }
            rounds = rounds.stream().filter(r -> wanted.contains(r.school())).toList();
        }
        if (rounds.isEmpty()) {
            throw ProblemException.notFound("area " + d.areaCode() + " has no enrolment round " + d.round() + " of " + d.academicYear());
        }
        List<String> refused = rounds.stream().filter(r -> !from.contains(r.status()))
                .map(r -> r.school() + " is " + r.status().code()).toList();
        if (!refused.isEmpty()) {
            throw ProblemException.conflict("cannot make the rounds " + to.code() + ": " + String.join(", ", refused));
        }
        List<String> codes = rounds.stream().filter(r -> r.status() != to).map(Round::school).toList();
        if (!codes.isEmpty()) {
            jdbc.update("update enrolment_round set status = ?, version = version + 1, updated_at = now(), updated_by = ? "
                            + "where academic_year = ? and round = ? and school_code = any(?)",
                    to.code(), access.actor(), d.academicYear(), d.round(), codes.toArray(String[]::new));
            outbox.publish(eventType, Outbox.Subject.of("EnrolmentRound", d.areaCode()).area(d.areaCode()).academicYear(d.academicYear()),
                    new EnrolmentRoundStatusChanged(d.areaCode(), d.academicYear(), d.round(), to.code(), codes), access.actor());
        }
        return new DecisionResult(d.areaCode(), d.academicYear(), d.round(), to, codes);
    }
}
