package org.khet.project;

import org.junit.jupiter.api.Test;
import org.khet.contracts.Finding;
import org.khet.contracts.codes.Severity;
import org.khet.contracts.codes.SubjectKind;
import org.khet.project.api.ProjectDtos.ReportedListFigures;
import org.khet.contracts.read.project.ProjectSummary.ProjectList;
import org.khet.contracts.read.project.Achievement;
import org.khet.contracts.read.project.ProjectOwner;
import org.khet.contracts.read.project.PlanKind;
import org.khet.project.domain.Project;
import org.khet.contracts.codes.ProjectStatus;
import org.khet.project.service.StaffRegister;
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
    static final Finding.Subject AREA = Finding.Subject.area("5602", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2");

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
        p.owners = List.of(new ProjectOwner("นางสาวทดสอบ ระบบ", null));
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
        Finding f = out.get(0);
        assertEquals("project.budget-twice-reported", f.code());
        assertEquals("project-service", f.source());
        assertEquals(new Finding.Subject(SubjectKind.PROJECT, "ACTION_PLAN-10", "โครงการทดสอบที่ 10"), f.subject());
        assertEquals("โครงการตามแผนปฏิบัติการ / รายละเอียดโครงการ (งบประมาณ / ใช้จริง / คงเหลือ)", f.table());
        // the row the report's findings annex prints: the project as the report names it and the check, in Thai
        assertEquals("โครงการตามแผนปฏิบัติการ ที่ 10 โครงการทดสอบที่ 10 [งบประมาณในตารางกับหน้ารายละเอียดไม่ตรงกัน]",
                f.row());
        assertEquals("งบประมาณ", f.column());
        assertEquals("18650.00", f.reported());
        assertEquals("10000.00", f.computed());
        assertEquals(new BigDecimal("8650.00"), f.difference());
        assertEquals(Severity.MAJOR, f.severity());
        assertTrue(f.messageTh().contains("18650.00") && f.messageTh().contains("เกินงบประมาณ"), f.messageTh());
        assertTrue(f.messageEn().endsWith("and the spend 18650.00 exceeds it"), f.messageEn());
    }

    @Test
    void aRemainderThatIsNotBudgetMinusSpendIsAFinding() {
        List<Finding> out = new ArrayList<>();
        SummaryRules.projectFindings(project(16, "60000.00", "59380.00", null, "0.00", Achievement.YES), out);
        SummaryRules.projectFindings(project(15, "16580.00", "15230.00", null, "1350.00", Achievement.YES), out);
        assertEquals(1, out.size());
        Finding f = out.get(0);
        assertEquals("project.remaining", f.code());
        assertEquals("ACTION_PLAN-16", f.subject().code());
        assertEquals("คงเหลือ", f.column());
        assertEquals("0.00", f.reported());
        assertEquals("620.00", f.computed());
        // reported − computed: 0.00 − (60,000.00 − 59,380.00)
        assertEquals(new BigDecimal("-620.00"), f.difference());
        assertEquals("รายงานคงเหลือ 0.00 บาท แต่งบประมาณ 60000.00 − ใช้จริง 59380.00 = 620.00 บาท", f.messageTh());
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
        SummaryRules.listFindings(list, new ReportedListFigures("ADDITIONAL", 28, null, new BigDecimal("100")), AREA, out);
        assertEquals(1, out.size());
        Finding f = out.get(0);
        assertEquals("project.achieved-percent", f.code());
        assertEquals(AREA, f.subject());
        assertEquals("โครงการที่ดำเนินการเพิ่มเติมจากแผนปฏิบัติการ", f.table());
        assertEquals("ร้อยละของโครงการที่บรรลุ", f.row());
        // 100 − 27/28 (96.43)
        assertEquals(new BigDecimal("3.57"), f.difference());
        assertEquals(Severity.MAJOR, f.severity());

        // a percentage printed one hundredth off is a rounding slip: minor
        out.clear();
        SummaryRules.listFindings(list, new ReportedListFigures("ADDITIONAL", 28, null, new BigDecimal("96.44")), AREA, out);
        assertEquals(Severity.MINOR, out.get(0).severity());
        assertEquals(new BigDecimal("0.01"), out.get(0).difference());
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
        SummaryRules.listFindings(list, new ReportedListFigures("ACTION_PLAN", 31, 31, new BigDecimal("100.00")), AREA, out);
        assertEquals(List.of("project.list-count", "project.carried-out"), out.stream().map(Finding::code).toList());
        Finding count = out.get(0);
        assertEquals("31", count.reported());
        assertEquals("30", count.computed());
        assertEquals(new BigDecimal("1"), count.difference());
        assertEquals("โครงการตามแผนปฏิบัติการ", count.table());
        assertEquals("จำนวนโครงการ", count.row());
        assertEquals("the list is said to have 31 projects; 30 are listed", count.messageEn());
        Finding carried = out.get(1);
        assertEquals("31", carried.reported());
        assertEquals("29", carried.computed());
        assertEquals(new BigDecimal("2"), carried.difference());

        out.clear();
        SummaryRules.listFindings(list, new ReportedListFigures("ACTION_PLAN", 30, 29, new BigDecimal("100.00")), AREA, out);
        assertEquals(List.of(), out, "figures that agree are no finding");
    }

    @Test
    void ownersOnNobodysStaffAreListedWithTheirProjectsAndAreOneFindingOfTheYear() {
        Project a = project(1, "1000.00", null, null, null, Achievement.YES);
        Project b = project(2, "1000.00", null, null, null, Achievement.YES);
        a.owners = List.of(new ProjectOwner("น.ส.สมใจ  ดีงาม", null), new ProjectOwner("นายรู้จัก ในทะเบียน", null));
        b.owners = List.of(new ProjectOwner("นางสาวสมใจ ดีงาม", null), new ProjectOwner("นายไม่รู้จัก ใครเลย", null));
        List<Finding> out = new ArrayList<>();
        var check = SummaryRules.ownerFindings(AREA, List.of(b, a),
                o -> o.nameTh().equals("นายรู้จัก ในทะเบียน"), out);
        assertEquals(1, out.size(), "one finding of the year");
        assertEquals("project.owner-not-in-staff-register", out.get(0).code());
        assertEquals(AREA, out.get(0).subject());
        assertEquals("2", out.get(0).reported());
        assertNull(out.get(0).computed());
        assertTrue(out.get(0).messageEn().startsWith("2 of 3 project owners are not on the office staff register of area 5602"),
                out.get(0).messageEn());
        assertTrue(out.get(0).messageTh().startsWith("ผู้รับผิดชอบโครงการ 2 จาก 3 คน ไม่อยู่ในทะเบียนบุคลากร"),
                out.get(0).messageTh());
        assertEquals(3, check.owners());
        assertEquals(1, check.inRegister());
        assertEquals(2, check.notInRegister());
        assertEquals("น.ส.สมใจ  ดีงาม", check.notInRegisterNames().get(0).nameTh(), "the name as first written, in list order");
        assertEquals(List.of("แผนปฏิบัติการ ที่ 1", "แผนปฏิบัติการ ที่ 2"), check.notInRegisterNames().get(0).projects());
        assertEquals("นายไม่รู้จัก ใครเลย", check.notInRegisterNames().get(1).nameTh());
        assertEquals(List.of("แผนปฏิบัติการ ที่ 2"), check.notInRegisterNames().get(1).projects());
    }

    @Test
    void againstARegisterMostlyOfPlaceholdersTheOwnersAreListedAndOneMinorFindingSaysWhy() {
        Project a = project(1, "1000.00", null, null, null, Achievement.YES);
        a.owners = List.of(new ProjectOwner("นางสาวสมใจ ดีงาม", null), new ProjectOwner("นายรู้จัก ในทะเบียน", null),
                new ProjectOwner("นายไม่รู้จัก ใครเลย", null));
        List<Finding> out = new ArrayList<>();
        // 52 of 68 placeholders (more than half): the register cannot say who is missing
        var check = SummaryRules.ownerFindings(AREA, List.of(a), o -> o.nameTh().equals("นายรู้จัก ในทะเบียน"),
                new StaffRegister.Quality(68, 52), out);
        assertEquals(1, out.size());
        assertEquals("project.staff-register-placeholders", out.get(0).code());
        assertEquals(Severity.MINOR, out.get(0).severity());
        assertEquals("52", out.get(0).reported());
        assertTrue(out.get(0).messageEn().startsWith("52 of the 68 names on the office staff register of area 5602 are "
                + "placeholders"), out.get(0).messageEn());
        assertTrue(out.get(0).messageEn().contains("(2 of 3 are not found"), out.get(0).messageEn());
        assertTrue(out.get(0).messageTh().contains("เป็นชื่อสมมติ 52 จาก 68 คน"), out.get(0).messageTh());
        assertEquals(2, check.notInRegister(), "the owners are still checked and listed");
        assertEquals(List.of("นางสาวสมใจ ดีงาม", "นายไม่รู้จัก ใครเลย"),
                check.notInRegisterNames().stream().map(u -> u.nameTh()).toList());

        // 34 of 68 (half): real enough, the owners not on it are the finding
        out.clear();
        SummaryRules.ownerFindings(AREA, List.of(a), o -> o.nameTh().equals("นายรู้จัก ในทะเบียน"),
                new StaffRegister.Quality(68, 34), out);
        assertEquals(List.of("project.owner-not-in-staff-register"), out.stream().map(Finding::code).toList());
        assertEquals(Severity.MAJOR, out.get(0).severity());

        // every owner on a placeholder register: nothing to say
        out.clear();
        SummaryRules.ownerFindings(AREA, List.of(a), o -> true, new StaffRegister.Quality(68, 52), out);
        assertEquals(List.of(), out);
    }
}
