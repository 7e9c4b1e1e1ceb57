package org.khet.school.service.summary;

import org.junit.jupiter.api.Test;
import org.khet.contracts.Finding;
import org.khet.contracts.codes.RoundStatus;
import org.khet.contracts.read.school.AreaSummary.Rounds;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class SubmissionsTest {
    static final LocalDate JUNE_10 = LocalDate.of(2023, 6, 10);
    static final List<Submissions.Round> ROUNDS = List.of(
            new Submissions.Round("1098200001", RoundStatus.SUBMITTED, JUNE_10, 171),
            new Submissions.Round("1098200002", RoundStatus.CERTIFIED, JUNE_10, 42),
            new Submissions.Round("1098200003", RoundStatus.CERTIFIED, JUNE_10, 9),
            new Submissions.Round("1098200004", RoundStatus.LOCKED, JUNE_10, 615));

    @Test
    void roundsAreCountedByStatus() {
        TableResult<Rounds> r = new Submissions().compute(Tables.AREA, 2566, 1, 4, ROUNDS, List.of());
        assertEquals(new Rounds(4, 4, 1, 2, 1, List.of()), r.table());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void openSchoolsWithoutTheRoundAreAFindingListingTwentyOfThem() {
        List<String> without = IntStream.rangeClosed(5, 29).mapToObj(i -> "10982000" + (i < 10 ? "0" : "") + i).toList();
        TableResult<Rounds> r = new Submissions().compute(Tables.AREA, 2566, 1, 29, ROUNDS, without);
        assertEquals(25, r.table().schoolsWithoutRound().size());
        Finding f = r.findings().get(0);
        assertEquals("school.schools-without-enrolment", f.code());
        assertEquals("1.1.1", f.table());
        assertEquals("รวม", f.row());
        assertNull(f.reported());
        assertEquals("4", f.computed(), "the schools that did send it");
        assertNull(f.difference());
        assertTrue(f.messageEn().startsWith("25 open school(s) sent no enrolment for round 1 of 2566: 1098200005, "),
                f.messageEn());
        assertTrue(f.messageTh().endsWith(", 1098200024"), "the first twenty: " + f.messageTh());
    }
}
