package org.khet.report.checks;

import org.khet.contracts.Finding;
import org.khet.contracts.codes.Severity;
import org.khet.contracts.read.assessment.AreaEvaluationsView;
import org.khet.contracts.read.assessment.AreaEvaluationsView.FrameworkResult;

import org.khet.report.words.Words;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An overall level that disagrees with its parts (ระดับคุณภาพภาพรวมไม่ตรงกับตัวชี้วัดย่อย): assessment-service computes a
 * framework's mean over its scored parts and the rubric's level of it. Where the office printed an overall label
 * and no overall figure of its own, the report prints the level as the figure ("4" where the parts' mean is 3.96,
 * {@code AssessmentMapping.reportedOverall}); assessment-service's {@code assessment.framework-average} covers an
 * overall figure the office did print. A printed label other than the rubric's → major; the same label with the
 * level printed for the mean → minor, naming both.
 */
public final class OverallLevelCheck {
    public static final String CODE = "report.overall-level";

    private OverallLevelCheck() {
    }

    public static List<Finding> check(Finding.Subject area, AreaEvaluationsView ev) {
        List<Finding> out = new ArrayList<>();
        if (ev == null) {
            return out;
        }
        for (FrameworkResult f : ev.frameworks()) {
            if (f.reportedAverage() != null || f.reportedAverageLabel() == null || f.average() == null
                    || f.averageLabel() == null) {
                continue;
            }
            // the row as the report labels it, in the vocabulary's words (the English annex prints it in English)
            String row = Words.TH.tr("คะแนนรวมของภาพรวม ({0} ตัวชี้วัด)", f.counted());
            if (!f.reportedAverageLabel().equals(f.averageLabel())) {
                out.add(Finding.of(CODE, ReportChecks.SOURCE, area).at(f.nameTh(), row, "คำอธิบายระดับคุณภาพ")
                        .labels(f.reportedAverageLabel(), f.average().toPlainString() + " → " + f.averageLabel())
                        .says("ระดับคุณภาพภาพรวมที่รายงาน " + f.reportedAverageLabel() + " ไม่ตรงกับระดับตามเกณฑ์ "
                                        + f.rubric() + " ของค่าเฉลี่ยตัวชี้วัดย่อย " + f.average().toPlainString() + " ("
                                        + f.averageLabel() + ")",
                                "the overall level reported, " + f.reportedAverageLabel() + ", is not what rubric "
                                        + f.rubric() + " gives the parts' mean " + f.average().toPlainString() + " ("
                                        + f.averageLabel() + ")"));
            } else if (f.averageLevel() != null && BigDecimal.valueOf(f.averageLevel()).compareTo(f.average()) != 0) {
                out.add(Finding.of(CODE, ReportChecks.SOURCE, area).at(f.nameTh(), row, "ระดับคุณภาพ")
                        .numbers(BigDecimal.valueOf(f.averageLevel()), f.average())
                        .severity(Severity.MINOR)
                        .says("พิมพ์ระดับ " + f.averageLevel() + " แทนค่าเฉลี่ย " + f.average().toPlainString()
                                        + " ของตัวชี้วัดย่อย " + f.counted() + " ตัว (ระดับ " + f.reportedAverageLabel()
                                        + " เท่ากันตามเกณฑ์ " + f.rubric() + ")",
                                "the overall printed as " + f.averageLevel() + " (" + f.reportedAverageLabel()
                                        + ") is a level, not the mean: the mean of the " + f.counted() + " parts is "
                                        + f.average().toPlainString() + ", the same level under rubric " + f.rubric()));
            }
        }
        return out;
    }
}
