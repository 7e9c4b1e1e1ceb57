package org.khet.school.service.summary;

import org.khet.contracts.Finding;
import org.khet.contracts.codes.SubjectKind;
import org.khet.school.domain.Grade;

/**
 * Where a school's graduates of one stage went, as the school reported them: P6 graduates continued to M1 or not;
 * M3 graduates went to general or vocational upper secondary, an equivalent, or did not continue.
 */
public record Transition(String schoolCode, String schoolNameTh, Grade stage, int graduates, Integer continued,
                         Integer general, Integer vocational, Integer equivalent, int notContinuing) {

    /** Everyone the school accounted for: each destination and those not continuing. */
    public int destinations() {
        return nz(continued) + nz(general) + nz(vocational) + nz(equivalent) + notContinuing;
    }

    /**
     * A finding ({@code school.graduates}) when the graduates the school reported are not those its destinations add
     * up to; null when they are.
     */
    Finding graduatesCheck(SummaryTable table, int graduationYear) {
        if (graduates == destinations()) {
            return null;
        }
        String school = schoolNameTh + " (" + schoolCode + ")";
        return Finding.of("school.graduates", SummaryTable.SOURCE, Finding.Subject.of(SubjectKind.SCHOOL, schoolCode, schoolNameTh))
                .at(table.printed(), stage.nameTh, "graduates").counts(graduates, destinations())
                .says(school + " รายงานนักเรียนที่จบชั้น" + stage.nameTh + " ปีการศึกษา " + graduationYear + " จำนวน "
                                + graduates + " คน แต่ผลรวมของผู้ที่เรียนต่อและไม่เรียนต่อเป็น " + destinations() + " คน",
                        school + " reported " + graduates + " " + stage.name() + " graduates of " + graduationYear
                                + " but their destinations add up to " + destinations());
    }

    static int nz(Integer i) {
        return i == null ? 0 : i;
    }
}
