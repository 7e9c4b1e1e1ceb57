package org.khet.report.mapping;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.khet.contracts.read.project.ProjectSummary;
import org.khet.report.domain.Block;
import org.khet.report.domain.Section;
import org.khet.report.domain.Table;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A project list's spend and remainder total only the projects that reported spend: the printed table says how many
 * of how many (issue #22). The demo's lists (project-service's real answer, the fixture): 29 of the 31 action-plan
 * projects reported spend, 5 of the 28 additional ones — counted from the fixture's rows by hand.
 */
class SpendCoverageTest {

    private static List<Table> lists(ProjectSummary summary) {
        Section s = ProjectMapping.projects(org.khet.report.words.Words.TH, summary, List.of(), null, 2566);
        return s.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
    }

    private static List<String> coverage(Table t) {
        return t.notes().stream().filter(n -> n.startsWith("ใช้จริงและคงเหลือ")).toList();
    }

    @Test
    void aListWhoseSpendCoversSomeProjectsSaysSo() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ProjectSummary demo = json.readValue(Path.of("src", "test", "resources", "fixtures", "5602",
                "projects-summary.json").toFile(), ProjectSummary.class);
        List<Table> tables = lists(demo);
        assertEquals(2, tables.size());
        assertEquals(List.of("ใช้จริงและคงเหลือ รวมเฉพาะ 29 โครงการที่รายงานผลการใช้จ่าย จาก 31 โครงการ"), coverage(tables.get(0)));
        assertEquals(List.of("ใช้จริงและคงเหลือ รวมเฉพาะ 5 โครงการที่รายงานผลการใช้จ่าย จาก 28 โครงการ"), coverage(tables.get(1)));
    }

    @Test
    void aListWhoseEveryProjectReportedSpendHasNoSuchNote() {
        ProjectSummary.Row spent = new ProjectSummary.Row(1, "โครงการทดสอบ", 1, null, new java.math.BigDecimal("5000.00"),
                new java.math.BigDecimal("4500.00"), new java.math.BigDecimal("500.00"), List.of(), null, null, null);
        ProjectSummary.ProjectList list = new ProjectSummary.ProjectList(null, "โครงการตามแผนปฏิบัติการ", 1, 1, 0, 0, 1,
                null, spent.budget(), spent.actualSpend(), spent.remaining(), List.of(spent));
        assertEquals(null, ProjectMapping.spendCoverage(org.khet.report.words.Words.TH, list));
        ProjectSummary.Row unspent = new ProjectSummary.Row(2, "โครงการที่ยังไม่รายงาน", 1, null,
                new java.math.BigDecimal("3000.00"), null, null, List.of(), null, null, null);
        assertEquals("ใช้จริงและคงเหลือ รวมเฉพาะ 1 โครงการที่รายงานผลการใช้จ่าย จาก 2 โครงการ", ProjectMapping.spendCoverage(org.khet.report.words.Words.TH, 
                new ProjectSummary.ProjectList(null, null, 2, 1, 0, 0, 2, null, null, null, null, List.of(spent, unspent))));
    }
}
