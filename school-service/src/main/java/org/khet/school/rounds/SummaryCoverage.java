package org.khet.school.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.contracts.Finding;
import org.khet.contracts.codes.RoundState;
import org.khet.contracts.read.school.AreaSummary.KindCompleteness;
import org.khet.contracts.read.school.AreaSummary.MissingSchool;
import org.khet.contracts.read.school.AreaSummary.SummaryCompleteness;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.sql.Sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which schools' figures an area's summary counts where collection rounds cover it, and how complete that is. For each
 * school-level kind, the round that covers the summary's year and round (the area's own, else the national one; a
 * round still planned, or a national one with no school of the area, covers nothing) decides: on the {@code acknowledged} basis (the default) only the schools whose
 * submission the area acknowledged are counted; on {@code submitted} every stored figure is, as without rounds. A kind
 * without such a round counts every stored figure. Each covered kind is a line of the summary's completeness, and one
 * with schools missing a {@code school.round-incomplete} finding, so an incomplete round never passes silently as the
 * area's total.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SummaryCoverage {
    public static final String ACKNOWLEDGED = "acknowledged";
    public static final String SUBMITTED = "submitted";
    /** How many missing schools the printed line names. */
    static final int NAMED = 10;

    private final Sql sql;

    public SummaryCoverage(Sql sql) {
        this.sql = sql;
    }

    /** A kind whose figures make some of the summary's tables, and which year and round of it a summary reads. */
    private enum Kind {
        ENROLMENT("enrolment", List.of("1.1.1", "1.1.2", "1.1.3"), 0, false),
        STAFFING("staffing", List.of("1.1.4", "1.1.5"), 0, false),
        ADMISSIONS("admissions", List.of("3.1"), 0, true),
        TRANSITIONS("transitions", List.of("3.2", "3.3"), -1, true);

        final String code;
        final List<String> tables;
        final int yearOffset;
        final boolean yearly;

        Kind(String code, List<String> tables, int yearOffset, boolean yearly) {
            this.code = code;
            this.tables = tables;
            this.yearOffset = yearOffset;
            this.yearly = yearly;
        }
    }

    /**
     * @param counted      per kind ({@code enrolment} …), the codes of the schools whose figures count; a kind not
     *                     listed counts every stored figure
     * @param completeness null when no round covers the summary
     * @param findings     a {@code school.round-incomplete} finding per covered kind with schools missing
     */
    public record Coverage(Map<String, String[]> counted, SummaryCompleteness completeness, List<Finding> findings) {
        /** The schools whose figures of {@code kind} count, or null for every stored figure. */
        public String[] counted(String kind) {
            return counted.get(kind);
        }

        public boolean covers(String kind) {
            return completeness != null && completeness.rounds().stream().anyMatch(r -> r.kind().equals(kind));
        }
    }

    /** The basis named by the {@code basis} parameter: acknowledged when none; a 400 naming the parameter otherwise. */
    public static String basis(String param) {
        if (param == null || param.isBlank()) {
            return ACKNOWLEDGED;
        }
        if (!List.of(ACKNOWLEDGED, SUBMITTED).contains(param)) {
            throw ProblemException.validation("basis is acknowledged or submitted", List.of(Problem.FieldError.field(
                    "basis", "must be acknowledged (only the figures the area acknowledged) or submitted (every "
                            + "stored figure), got '" + param + "'")));
        }
        return param;
    }

    private record Row(String code, String nameTh, boolean expected, String status, boolean submitted,
                       boolean certified, boolean acknowledged) {
    }

    public Coverage of(String areaCode, int academicYear, int round, String basis, Finding.Subject area) {
        Map<String, String[]> counted = new HashMap<>();
        List<KindCompleteness> lines = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        boolean onAcknowledged = ACKNOWLEDGED.equals(basis);
        for (Kind k : Kind.values()) {
            int year = academicYear + k.yearOffset;
            int number = k.yearly ? 1 : round;
            List<Object[]> found = sql.query("""
                    select r.id, r.state from collection_round r
                     where r.kind = ? and r.academic_year = ? and r.round = ? and (r.area_code = ? or r.area_code is null)
                       and r.state <> ?
                     order by r.area_code nulls last limit 1""", rs -> new Object[]{rs.getObject(1, UUID.class),
                    rs.getString(2)}, k.code, year, number, areaCode, RoundState.PLANNED.code());
            if (found.isEmpty()) {
                continue;
            }
            UUID id = (UUID) found.get(0)[0];
            List<Row> rows = sql.query("""
                    select s.school_code, sc.name_th, s.expected, s.status, s.first_submitted_at is not null,
                           s.certified_at is not null, s.acknowledged_at is not null
                      from round_submission s left join school sc on sc.code = s.school_code
                     where s.round_id = ? and s.area_code = ? order by s.school_code""",
                    rs -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getBoolean(5),
                            rs.getBoolean(6), rs.getBoolean(7)), id, areaCode);
            if (rows.isEmpty()) {
                // a national round opened before the area had schools expects none of it: it does not cover the area
                continue;
            }
            int expected = 0;
            int submitted = 0;
            int certified = 0;
            int acknowledged = 0;
            List<String> countedCodes = new ArrayList<>();
            List<MissingSchool> missing = new ArrayList<>();
            for (Row r : rows) {
                boolean counts = onAcknowledged ? r.acknowledged() : r.submitted();
                if (counts) {
                    countedCodes.add(r.code());
                }
                if (!r.expected()) {
                    continue;
                }
                expected++;
                submitted += r.submitted() ? 1 : 0;
                certified += r.certified() ? 1 : 0;
                acknowledged += r.acknowledged() ? 1 : 0;
                if (!counts) {
                    missing.add(new MissingSchool(r.code(), r.nameTh(), r.status()));
                }
            }
            if (onAcknowledged) {
                counted.put(k.code, countedCodes.toArray(String[]::new));
            }
            int done = onAcknowledged ? acknowledged : submitted;
            String named = String.join(", ", missing.stream().limit(NAMED).map(m -> m.code() + " " + m.nameTh()).toList());
            int more = missing.size() - Math.min(NAMED, missing.size());
            String textEn = done + " of " + expected + " schools " + basis
                    + (missing.isEmpty() ? "" : "; missing: " + named + (more > 0 ? " and " + more + " more" : ""));
            String textTh = (onAcknowledged ? "รับทราบแล้ว " : "ส่งแล้ว ") + done + " จาก " + expected + " โรงเรียน"
                    + (missing.isEmpty() ? "" : " ยังขาด: " + named + (more > 0 ? " และอีก " + more + " แห่ง" : ""));
            lines.add(new KindCompleteness(k.code, id, year, number, (String) found.get(0)[1], k.tables, expected,
                    submitted, certified, acknowledged, countedCodes.size(), List.copyOf(missing), textTh, textEn));
            if (!missing.isEmpty()) {
                String tables = String.join(", ", k.tables);
                findings.add(Finding.of("school.round-incomplete", "school-service", area)
                        .at(k.tables.get(0), "รวม", "schools").counts(expected, done)
                        .says("ตาราง " + tables + " (" + k.code + " ปีการศึกษา " + year + " รอบที่ " + number + "): " + textTh,
                                "tables " + tables + " (" + k.code + " of " + year + ", round " + number + "): " + textEn));
            }
        }
        return new Coverage(counted, lines.isEmpty() ? null : new SummaryCompleteness(basis, List.copyOf(lines)),
                List.copyOf(findings));
    }
}
