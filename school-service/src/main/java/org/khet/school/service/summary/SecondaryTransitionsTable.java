package org.khet.school.service.summary;

import org.khet.contracts.Finding;
import org.khet.contracts.Percent;
import org.khet.contracts.read.school.AreaSummary.SecondaryTransitions;
import org.khet.school.domain.Grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.khet.school.service.summary.SummaryTable.M3_TRANSITIONS;

/**
 * 3.3 นักเรียนที่จบชั้น ม.3 เรียนต่อ: the M3 graduates of a year over the schools that reported them, by destination
 * (general, vocational, equivalent, not continuing) and the percentage that went on; a school whose graduates are not
 * its destinations' sum is a finding.
 */
public final class SecondaryTransitionsTable {

    /** @param schools the schools' M3 transitions of {@code graduationYear}, in school-code order */
    public TableResult<SecondaryTransitions> compute(int graduationYear, List<Transition> schools) {
        int graduates = 0;
        int general = 0;
        int vocational = 0;
        int equivalent = 0;
        int notContinuing = 0;
        List<Finding> findings = new ArrayList<>();
        for (Transition t : schools) {
            graduates += t.graduates();
            general += Transition.nz(t.general());
            vocational += Transition.nz(t.vocational());
            equivalent += Transition.nz(t.equivalent());
            notContinuing += t.notContinuing();
            findings.add(t.graduatesCheck(M3_TRANSITIONS, graduationYear));
        }
        int total = general + vocational + equivalent + notContinuing;
        String m3 = Grade.M3.name();
        Figures figures = new Figures().label(M3_TRANSITIONS, m3, Grade.M3.nameTh)
                .put(M3_TRANSITIONS, m3, "graduates", graduates).put(M3_TRANSITIONS, m3, "general", general)
                .put(M3_TRANSITIONS, m3, "vocational", vocational).put(M3_TRANSITIONS, m3, "equivalent", equivalent)
                .put(M3_TRANSITIONS, m3, "notContinuing", notContinuing);
        return new TableResult<>(new SecondaryTransitions(graduationYear, schools.size(), graduates, general, vocational,
                equivalent, notContinuing, total, Percent.of(total - notContinuing, total)), figures,
                findings.stream().filter(Objects::nonNull).toList());
    }
}
