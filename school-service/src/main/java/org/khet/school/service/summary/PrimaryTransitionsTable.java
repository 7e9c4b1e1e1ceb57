package org.khet.school.service.summary;

import org.khet.contracts.Finding;
import org.khet.contracts.Percent;
import org.khet.contracts.read.school.AreaSummary.PrimaryTransitions;
import org.khet.school.domain.Grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.khet.school.service.summary.SummaryTable.P6_TRANSITIONS;

/**
 * 3.2 นักเรียนที่จบชั้น ป.6 เรียนต่อ ม.1: the P6 graduates of a year over the schools that reported them, how many went
 * on to M1 and the percentage; a school whose graduates are not its destinations' sum is a finding.
 */
public final class PrimaryTransitionsTable {

    /** @param schools the schools' P6 transitions of {@code graduationYear}, in school-code order */
    public TableResult<PrimaryTransitions> compute(int graduationYear, List<Transition> schools) {
        int graduates = 0;
        int continued = 0;
        int notContinuing = 0;
        List<Finding> findings = new ArrayList<>();
        for (Transition t : schools) {
            graduates += t.graduates();
            continued += Transition.nz(t.continued());
            notContinuing += t.notContinuing();
            findings.add(t.graduatesCheck(P6_TRANSITIONS, graduationYear));
        }
        int total = continued + notContinuing;
        Figures figures = new Figures().label(P6_TRANSITIONS, Grade.P6.name(), Grade.P6.nameTh)
                .put(P6_TRANSITIONS, Grade.P6.name(), "graduates", graduates)
                .put(P6_TRANSITIONS, Grade.P6.name(), "continued", continued)
                .put(P6_TRANSITIONS, Grade.P6.name(), "notContinuing", notContinuing);
        return new TableResult<>(new PrimaryTransitions(graduationYear, schools.size(), graduates, continued, notContinuing,
                total, Percent.of(continued, total)), figures, findings.stream().filter(Objects::nonNull).toList());
    }
}
