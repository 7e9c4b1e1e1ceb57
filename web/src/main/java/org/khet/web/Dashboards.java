package org.khet.web;

import org.khet.web.client.model.AreaSummary;
import org.khet.web.client.model.AreaTestsView;
import org.khet.web.client.model.CurvePoint;
import org.khet.web.client.model.GenderRow;
import org.khet.web.client.model.ProjectList;
import org.khet.web.client.model.ProjectSummary;
import org.khet.web.client.model.SizeClassRow;
import org.khet.web.client.model.SubjectRow;
import org.khet.web.client.model.TestTable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An area's dashboards from the API's own figures (nothing is computed here but a bar's length): enrolment by size
 * class and by district (school-service's area summary), O-NET area vs OBEC vs nation per subject (assessment-service),
 * the budget disbursement curve over the fiscal year (budget-service), and the projects' completion (project-service).
 */
public final class Dashboards {
    private Dashboards() {
    }

    /** The schools of each size class (one bar each). */
    public static Charts.Chart sizeClasses(AreaSummary s, Messages msg) {
        List<Charts.Row> rows = new ArrayList<>();
        for (SizeClassRow r : s.getSizeClasses() == null ? List.<SizeClassRow>of() : s.getSizeClasses().getRows()) {
            rows.add(new Charts.Row(r.getNameTh(), List.of(big(r.getSchools()))));
        }
        return Charts.bars(msg.chartSizeClasses(), List.of(new Charts.Series(msg.schools(), 0)), rows, false, null);
    }

    /** The students of each district, boys and girls stacked. */
    public static Charts.Chart studentsByDistrict(AreaSummary s, Messages msg) {
        List<Charts.Row> rows = new ArrayList<>();
        for (GenderRow r : s.getStudentsByDistrict() == null ? List.<GenderRow>of() : s.getStudentsByDistrict().getRows()) {
            rows.add(new Charts.Row(r.getNameTh(), List.of(big(r.getBoys()), big(r.getGirls()))));
        }
        return Charts.bars(msg.chartStudentsByDistrict(), List.of(new Charts.Series(msg.boys(), 0),
                new Charts.Series(msg.girls(), 1)), rows, true, null);
    }

    /** The O-NET tests of the view (the family O-NET), each with its subjects. */
    public static List<TestTable> onet(AreaTestsView v) {
        return v.getTests() == null ? List.of() : v.getTests().stream()
                .filter(t -> "O-NET".equalsIgnoreCase(t.getFamily()) || (t.getTest() != null && t.getTest().startsWith("ONET")))
                .toList();
    }

    /** One O-NET test: each subject's area, OBEC and national means side by side, on a scale of 100 points. */
    public static Charts.Chart onetChart(TestTable t, Messages msg) {
        List<Charts.Row> rows = new ArrayList<>();
        for (SubjectRow r : t.getSubjects()) {
            rows.add(new Charts.Row(r.getNameTh(), Arrays.asList(r.getArea(), r.getObec(), r.getNation())));
        }
        return Charts.bars(msg.chartOnet(t.getNameTh()), List.of(new Charts.Series(msg.areaMean(), 0),
                new Charts.Series(msg.obecMean(), 1), new Charts.Series(msg.nationMean(), 2)), rows, false, BigDecimal.valueOf(100));
    }

    /** The fiscal year's days: 1 October of the year before to 30 September (Buddhist era → A.D. is − 543). */
    public static LocalDate fiscalYearStart(int fiscalYear) {
        return LocalDate.of(fiscalYear - 543 - 1, 10, 1);
    }

    public static LocalDate fiscalYearEnd(int fiscalYear) {
        return LocalDate.of(fiscalYear - 543, 9, 30);
    }

    /** The disbursed and the disbursed-or-committed share of the allocation at each execution report of the year. */
    public static Charts.Chart budgetCurve(List<CurvePoint> curve, int fiscalYear, Messages msg) {
        List<Charts.Point> points = curve.stream().map(p -> new Charts.Point(p.getAsOf(),
                Arrays.asList(p.getPercentDisbursed(), p.getPercentDisbursedOrCommitted()))).toList();
        return Charts.percentCurve(msg.chartBudgetCurve(fiscalYear), List.of(new Charts.Series(msg.disbursedPercent(), 0),
                new Charts.Series(msg.disbursedOrCommittedPercent(), 1)), points, fiscalYearStart(fiscalYear),
                fiscalYearEnd(fiscalYear));
    }

    /** Each project list's projects: achieved, not achieved and not assessed, stacked (their sum is the list's projects). */
    public static Charts.Chart projects(ProjectSummary p, Messages msg) {
        List<Charts.Row> rows = new ArrayList<>();
        for (ProjectList l : p.getLists() == null ? List.<ProjectList>of() : p.getLists()) {
            rows.add(new Charts.Row(l.getTitleTh(), List.of(big(l.getAchieved()), big(l.getNotAchieved()), big(l.getNotAssessed()))));
        }
        return Charts.bars(msg.chartProjects(), List.of(new Charts.Series(msg.achieved(), 0),
                new Charts.Series(msg.notAchieved(), 3), new Charts.Series(msg.notAssessed(), 2)), rows, true, null);
    }

    private static BigDecimal big(Integer n) {
        return n == null ? null : BigDecimal.valueOf(n);
    }
}
