package org.khet.report.checks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.khet.contracts.Finding;
import org.khet.contracts.FiscalYear;
import org.khet.contracts.read.assessment.AreaEvaluationsView;
import org.khet.contracts.read.assessment.AreaTestsView;
import org.khet.contracts.read.project.ProjectView;
import org.khet.contracts.read.school.AreaProfile;
import org.khet.contracts.read.school.AreaSummary;
import org.khet.contracts.read.school.OfficeStaffMember;
import org.khet.contracts.read.budget.AreaBudgetView;
import org.khet.contracts.read.project.ProjectSummary;
import org.khet.contracts.read.project.StrategicPlanView;
import org.khet.contracts.read.school.SchoolNetwork;
import org.khet.report.domain.Report;
import org.khet.report.domain.Table;
import org.khet.report.service.ReportComposer;
import org.khet.report.service.UpstreamData;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The demo's report (Phayao 2, FY2566: report-service's fixtures, which are the services' answers for the demo)
 * composed with the checks: the services' findings and report-service's own, per code, worked from the seed.
 */
class DemoChecksTest {
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static <T> T fixture(String file, Class<T> type) throws IOException {
        try (InputStream in = DemoChecksTest.class.getResourceAsStream("/fixtures/5602/" + file)) {
            return JSON.readValue(in, type);
        }
    }

    static UpstreamData demo() throws IOException {
        JsonNode page = JSON.readTree(DemoChecksTest.class.getResourceAsStream("/fixtures/5602/projects.json"));
        List<ProjectView> projects = new ArrayList<>();
        for (JsonNode n : page.path("items")) {
            projects.add(JSON.treeToValue(n, ProjectView.class));
        }
        List<SchoolNetwork> networks = List.of(fixture("networks.json", SchoolNetwork[].class));
        return new UpstreamData(fixture("area.json", AreaProfile.class), networks,
                List.of(fixture("staff.json", OfficeStaffMember[].class)),
                fixture("school-summary.json", AreaSummary.class), fixture("tests.json", AreaTestsView.class),
                fixture("evaluations.json", AreaEvaluationsView.class), fixture("budget.json", AreaBudgetView.class),
                fixture("projects-summary.json", ProjectSummary.class), projects,
                fixture("strategic-plan.json", StrategicPlanView.class));
    }

    @Test
    void theDemoReportsChecksFindItsMisspelledNamesItsM3SchoolsAndTheStandardsLevelPrintedForTheMean() throws IOException {
        Report r = new ReportComposer(null, null, null, null, null).compose("5602", FiscalYear.of(2566), demo(), Map.of(), org.khet.report.domain.Lang.TH);
        Map<String, Long> byCode = r.findings().stream().collect(Collectors.groupingBy(Finding::code, TreeMap::new,
                Collectors.counting()));
        Map<String, Long> expected = new TreeMap<>(Map.ofEntries(
                // the services' 29, as before, the owners' finding now the register's placeholders
                Map.entry("school.reported-figure", 1L),
                Map.entry("assessment.comparison-current", 6L), Map.entry("assessment.comparison-difference", 7L),
                Map.entry("assessment.printed-overall-mean", 2L), Map.entry("assessment.rubric-level", 1L),
                Map.entry("assessment.framework-average", 1L), Map.entry("assessment.parent-level", 1L),
                Map.entry("budget.percent-disbursed", 1L), Map.entry("budget.remaining", 2L), Map.entry("budget.total", 1L),
                Map.entry("project.achieved-percent", 1L), Map.entry("project.budget-twice-reported", 2L),
                Map.entry("project.remaining", 2L), Map.entry("project.staff-register-placeholders", 1L),
                // report-service's: 7 people written two or three ways (below), 3.3's and O-NET ม.3's 32 schools
                // against 31 ม.3 rooms, the standards' overall printed 4 for the mean 3.96
                Map.entry("report.name-spelling", 7L), Map.entry("report.grade-schools", 2L),
                Map.entry("report.overall-level", 1L)));
        assertEquals(expected, byCode);
        assertEquals(39, r.findings().size());

        // each as the seed writes it: a unit director's spelling against project owners', or two owners'
        List<String> people = r.findings().stream().filter(f -> f.code().equals(NameSpellingCheck.CODE))
                .map(f -> f.reported() + " ~ " + f.computed()).toList();
        assertEquals(List.of(
                "นางเกตุสุตา โพธิ์แก้ว ~ นางเกตุสุดา โพธิ์แก้ว",
                "นายบุญลีน สุปันทา ~ นายบุญสิน สุปันทา",
                "นางสาวพิสุทธา พัฒนทัศน์กุล ~ น.ส.พิสุทธา พัฒนทัศน์สกุล",
                "นางชวัญดาว ไชยมงคล ~ นางขวัญดาว ไชยมงคล",
                "นางปฤษณา ดำรงค์ชีพ ~ นางปฤษฎา ดำรงค์ชีพ",
                "น.ส.ธีรวรรณ จันทร์วิชาวพร ~ น.ส.ธีรวรรณ จันทรวชิชาพร / น.ส.ธีรวรรณ จันทน์วิชาพร",
                "น.ส.วาริรัตน์ สติราชฎ์ ~ น.ส.วาริรัตน์ สติราษฎร์"), people);
        // the staff register's 14 real names are the unit holders as the seed's table 1.1.6 writes them, so it adds no
        // person; 4 of the 7 are written so on it (เกตุสุตา, บุญลีน, พิสุทธา, ชวัญดาว), and its 54 placeholders are
        // skipped — read, they would be people "one edit apart" ("… คนที่ 2 (ชื่อสมมติ)" / "… คนที่ 3 (ชื่อสมมติ)")
        assertEquals(4, r.findings().stream().filter(f -> f.code().equals(NameSpellingCheck.CODE))
                .filter(f -> f.messageTh().contains("ทะเบียนบุคลากรสำนักงาน")).count());

        // the annex prints every finding, report-service's by its Thai name
        Table annex = (Table) r.parts().get(r.parts().size() - 1).sections().stream()
                .filter(s -> s.id().equals("a-findings")).findFirst().orElseThrow().blocks().get(0);
        assertEquals(39, annex.rows().size());
        assertEquals("รายงานผลการดำเนินงาน", annex.rows().get(38).cells().get(1));
    }
}
