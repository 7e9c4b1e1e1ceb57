package org.khet.project;

import org.junit.jupiter.api.Test;
import org.khet.project.api.ProjectDtos.ReportedListFigures;
import org.khet.project.api.SummaryDtos.Finding;
import org.khet.project.api.SummaryDtos.ProjectList;
import org.khet.project.domain.Achievement;
import org.khet.project.domain.Owner;
import org.khet.project.domain.PlanKind;
import org.khet.project.domain.Project;
import org.khet.project.domain.ProjectStatus;
import org.khet.project.service.SummaryRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of the summary without a database: remaining, achieved %, and one finding per disagreement. */
class ProjectFindingsTest {

    static Project project(int number, String budget, String spend, String reportedBudget, String reportedRemaining,
                           Achievement achieved) {
        Project p = new Project();
        p.id = UUID.randomUUID();
        p.areaCode = "5602";
        p.fiscalYear = 2566;
        p.planKind = PlanKind.ACTION_PLAN;
        p.number = number;
        p.title = "โครงการทดสอบที่ " + number;
        p.budget = new BigDecimal(budget);
        p.actualSpend = spend == null ? null : new BigDecimal(spend);
        p.reportedBudget = reportedBudget == null ? null : new BigDecimal(reportedBudget);
        p.reportedRemaining = reportedRemaining == null ? null : new BigDecimal(reportedRemaining);
        p.owners = List.of(new Owner("นางสาวทดสอบ ระบบ", null));
        p.status = ProjectStatus.COMPLETED;
        p.achieved = achieved;
        return p;
    }

    @Test
    void remainingIsComputedAndMayBeNegative() {
        assertEquals(new BigDecimal("20.00"), project(1, "10000.00", "9980.00", null, null, Achievement.YES).remaining());
        assertEquals(new BigDecimal("-8650.00"), project(1, "10000.00", "18650.00", null, null, Achievement.YES).remaining());
        assertNull(project(1, "10000.00", null, null, null, Achievement.YES).remaining());
    }

    @Test
    void aSecondBudgetIsOneFindingNotAlsoAWrongRemainder() {
        List<Finding> out = new ArrayList<>();
        SummaryRules.projectFindings(project(10, "10000.00", "18650.00", "18650.00", "0.00", Achievement.YES), out);
        assertEquals(1, out.size());
        assertEquals("BUDGET_TWICE_REPORTED", out.get(0).check());
        assertEquals("8650.00", out.get(0).difference());
    }

    @Test
    void aRemainderThatIsNotBudgetMinusSpendIsAFinding() {
        List<Finding> out = new ArrayList<>();
        SummaryRules.projectFindings(project(16, "60000.00", "59380.00", null, "0.00", Achievement.YES), out);
        SummaryRules.projectFindings(project(15, "16580.00", "15230.00", null, "1350.00", Achievement.YES), out);
        assertEquals(1, out.size());
        assertEquals("REMAINING", out.get(0).check());
        assertEquals("620.00", out.get(0).computed());
        assertEquals(16, out.get(0).number());
    }

    @Test
    void achievedPercentCountsAProjectWithoutAResultAsNotAchieved() {
        List<Project> ps = new ArrayList<>();
        for (int i = 1; i <= 27; i++) {
            ps.add(project(i, "1000.00", null, null, null, Achievement.YES));
        }
        ps.add(project(28, "1000.00", null, null, null, Achievement.NOT_ASSESSED));
        ProjectList list = SummaryRules.list(PlanKind.ADDITIONAL, ps);
        assertEquals(new BigDecimal("96.43"), list.achievedPercent());
        assertEquals(new BigDecimal("28000.00"), list.budget());
        List<Finding> out = new ArrayList<>();
        SummaryRules.listFindings(list, new ReportedListFigures("ADDITIONAL", 28, null, new BigDecimal("100")), out);
        assertEquals(1, out.size());
        assertEquals("ACHIEVED_PERCENT", out.get(0).check());
        assertEquals("-3.57", out.get(0).difference());
    }

    @Test
    void aReportedCountAndCarriedOutThatAreNotTheListsAreFindings() {
        List<Project> ps = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            ps.add(project(i, "1000.00", null, null, null, Achievement.YES));
        }
        ps.get(29).status = ProjectStatus.IN_PROGRESS;
        ProjectList list = SummaryRules.list(PlanKind.ACTION_PLAN, ps);
        assertEquals(29, list.completed());
        List<Finding> out = new ArrayList<>();
        // the report: "31 projects, 31 carried out, achieved 100%"
        SummaryRules.listFindings(list, new ReportedListFigures("ACTION_PLAN", 31, 31, new BigDecimal("100.00")), out);
        assertEquals(List.of("LIST_COUNT", "CARRIED_OUT"), out.stream().map(Finding::check).toList());
        Finding count = out.get(0);
        assertEquals("31", count.reported());
        assertEquals("30", count.computed());
        assertEquals("-1", count.difference());
        assertEquals("ACTION_PLAN", count.planKind());
        Finding carried = out.get(1);
        assertEquals("31", carried.reported());
        assertEquals("29", carried.computed());
        assertEquals("-2", carried.difference());

        out.clear();
        SummaryRules.listFindings(list, new ReportedListFigures("ACTION_PLAN", 30, 29, new BigDecimal("100.00")), out);
        assertEquals(List.of(), out, "figures that agree are no finding");
    }

    @Test
    void ownersOnNobodysStaffAreListedWithTheirProjectsAndAreOneFindingOfTheYear() {
        Project a = project(1, "1000.00", null, null, null, Achievement.YES);
        Project b = project(2, "1000.00", null, null, null, Achievement.YES);
        a.owners = List.of(new Owner("น.ส.สมใจ  ดีงาม", null), new Owner("นายรู้จัก ในทะเบียน", null));
        b.owners = List.of(new Owner("นางสาวสมใจ ดีงาม", null), new Owner("นายไม่รู้จัก ใครเลย", null));
        List<Finding> out = new ArrayList<>();
        var check = SummaryRules.ownerFindings("5602", List.of(b, a),
                o -> o.nameTh().equals("นายรู้จัก ในทะเบียน"), out);
        assertEquals(1, out.size(), "one finding of the year");
        assertEquals(SummaryRules.OWNER_NOT_IN_REGISTER, out.get(0).check());
        assertEquals("2", out.get(0).reported());
        assertTrue(out.get(0).message().startsWith("2 of 3 project owners are not on the office staff register of area 5602"),
                out.get(0).message());
        assertEquals(3, check.owners());
        assertEquals(1, check.inRegister());
        assertEquals(2, check.notInRegister());
        assertEquals("น.ส.สมใจ  ดีงาม", check.notInRegisterNames().get(0).nameTh(), "the name as first written, in list order");
        assertEquals(List.of("แผนปฏิบัติการ ที่ 1", "แผนปฏิบัติการ ที่ 2"), check.notInRegisterNames().get(0).projects());
        assertEquals("นายไม่รู้จัก ใครเลย", check.notInRegisterNames().get(1).nameTh());
        assertEquals(List.of("แผนปฏิบัติการ ที่ 2"), check.notInRegisterNames().get(1).projects());
    }
}
