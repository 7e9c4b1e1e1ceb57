package org.khet.contracts.read.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.khet.contracts.Finding;

import java.math.BigDecimal;
import java.util.List;

/**
 * The computed test tables of an area for an academic year, as the annual report prints them: per test, each
 * subject's area mean against OBEC and the nation with the differences, the mean over subjects, and the
 * comparison with the previous year joined by subject code; plus the findings where reported figures disagree.
 * What assessment-service answers to {@code GET /v1/areas/{code}/tests?academicYear=} and report-service reads.
 */
public record AreaTestsView(String areaCode, String areaNameTh, int academicYear, int previousYear,
                            List<TestTable> tests, List<Finding> findings) {

    public record TestTable(String test, String family, String grade, String nameTh, Integer takers,
                            List<SubjectRow> subjects, Overall overall) {
    }

    /**
     * @param areaSource "published" (the area's own published mean) or "schools" (takers-weighted mean of its schools)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SubjectRow(String code, String nameTh, BigDecimal area, String areaSource, Integer takers,
                             BigDecimal schoolsWeightedMean, int schools, BigDecimal obec, BigDecimal diffObec,
                             BigDecimal nation, BigDecimal diffNation, BigDecimal previous, BigDecimal yoyDifference) {
    }

    /** Means over all subjects of the test (null where a subject is missing at that level). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Overall(BigDecimal area, BigDecimal obec, BigDecimal diffObec, BigDecimal nation,
                          BigDecimal diffNation, BigDecimal previous, BigDecimal yoyDifference) {
    }
}
