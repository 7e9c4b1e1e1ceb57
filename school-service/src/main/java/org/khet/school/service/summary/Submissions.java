package org.khet.school.service.summary;

import org.khet.contracts.Finding;
import org.khet.contracts.codes.RoundStatus;
import org.khet.contracts.read.school.AreaSummary.Rounds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The round's submissions behind 1.1.1–1.1.3: how many open schools sent it and in which status; open schools that
 * sent nothing are a finding of table 1.1.1 ({@code school.schools-without-enrolment}, listing up to 20 of them).
 */
public final class Submissions {
    static final int LISTED = 20;
    /** The finding's code: open schools that sent no enrolment for the round. */
    public static final String WITHOUT_ENROLMENT = "school.schools-without-enrolment";

    /** A school's round: its status, snapshot date and total students. */
    public record Round(String schoolCode, RoundStatus status, LocalDate snapshotDate, int students) {
    }

    /**
     * @param schoolsOpen the open schools of the area (table 1's total)
     * @param without     the codes of open schools without the round, in code order
     */
    public TableResult<Rounds> compute(Finding.Subject area, int academicYear, int round, int schoolsOpen,
                                       List<Round> rounds, List<String> without) {
        Rounds table = new Rounds(schoolsOpen, rounds.size(), count(rounds, RoundStatus.SUBMITTED),
                count(rounds, RoundStatus.CERTIFIED), count(rounds, RoundStatus.LOCKED), without);
        if (without.isEmpty()) {
            return TableResult.of(table, new Figures());
        }
        String codes = String.join(", ", without.subList(0, Math.min(LISTED, without.size())));
        Finding f = Finding.of(WITHOUT_ENROLMENT, SummaryTable.SOURCE, area)
                .at(SummaryTable.SIZE_CLASSES.printed(), "รวม", "schools")
                .numbers(null, BigDecimal.valueOf(rounds.size()))
                .says("สถานศึกษาที่เปิดทำการ " + without.size() + " แห่งไม่ได้ส่งข้อมูลนักเรียนรอบที่ " + round
                                + " ปีการศึกษา " + academicYear + ": " + codes,
                        without.size() + " open school(s) sent no enrolment for round " + round + " of " + academicYear
                                + ": " + codes);
        return new TableResult<>(table, new Figures(), List.of(f));
    }

    private static int count(List<Round> rounds, RoundStatus status) {
        return (int) rounds.stream().filter(r -> r.status() == status).count();
    }
}
