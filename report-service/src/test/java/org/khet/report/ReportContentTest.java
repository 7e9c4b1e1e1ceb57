package org.khet.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;
import org.khet.report.support.StubUpstreamsResource;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The content defects the office found reading the report beside the seed (issue 22), each held: the figures are the
 * Phayao 2 fixtures', worked by hand.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class ReportContentTest {

    private static JsonPath json() {
        return given().queryParam("area", "5602").queryParam("fiscalYear", "2566").get("/v1/reports/annual")
                .then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static String html() {
        return given().queryParam("area", "5602").queryParam("fiscalYear", "2566").queryParam("format", "html")
                .get("/v1/reports/annual").then().statusCode(200).extract().asString();
    }

    /** The HTML between an element's id and the end of its section. */
    private static String section(String html, String id) {
        int from = html.indexOf("id=\"" + id + "\"");
        assertTrue(from > 0, id);
        return html.substring(from, html.indexOf("</section>", from));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> totalRow(JsonPath r, String tableId) {
        List<Map<String, Object>> t = r.getList("parts.sections.flatten().blocks.flatten().findAll { it.kind == 'table' && it.id == '"
                + tableId + "' }");
        assertEquals(1, t.size(), tableId);
        return ((List<Map<String, Object>>) t.get(0).get("rows")).stream().filter(row -> "TOTAL".equals(row.get("kind")))
                .map(row -> (List<Object>) row.get("cells")).findFirst().orElseThrow();
    }

    @Test
    void projectPagesPrintOnlyWhatTheProjectReported() {
        String projects = section(html(), "p3-projects");
        // 7 projects reported results in numbers and in words (6 action-plan, 1 additional): only they are split
        int split = projects.split("<h6>เชิงปริมาณ</h6>", -1).length - 1;
        assertEquals(7, split, "เชิงปริมาณ only where a project reported both kinds");
        assertEquals(7, projects.split("<h6>เชิงคุณภาพ</h6>", -1).length - 1);
        assertFalse(projects.contains("- ไม่มี -"), "no invented empty list on a project page");
        assertFalse(projects.contains("โครงการที่ไม่ได้ระบุกลยุทธ์"), "no heading over pages of projects without results");
        assertEquals(34, projects.split("<article class=\"project\">", -1).length - 1);
        // one undivided text is printed as it is, right under ผลการดำเนินงาน
        assertTrue(projects.contains("<h5>ผลการดำเนินงาน</h5>\n<ul><li>"));
    }

    @Test
    void aProjectPagePrintsItsOwnBudget() {
        JsonPath r = json();
        // action-plan project 10: the list says 10,000, its own page 18,650, spent 18,650, the page's remainder 0
        Map<String, Object> p10 = r.getMap("parts[2].sections[5].blocks.find { it.kind == 'project' && it.code == 'ACTION_PLAN-10' }");
        assertEquals(0, new BigDecimal("18650").compareTo((BigDecimal) p10.get("budget")));
        assertEquals(0, new BigDecimal("18650").compareTo((BigDecimal) p10.get("spent")));
        assertEquals(0, BigDecimal.ZERO.compareTo((BigDecimal) p10.get("remaining")));
        // the list keeps the list's figure (the disagreement is project-service's finding)
        String html = html();
        assertTrue(html.contains("<td>10</td><td>โครงการส่งเสริมยกย่องเชิดชูเกียรติข้าราชการครูและ บุคลากรทางการศึกษา</td>"
                + "<td class=\"num\">10,000</td><td class=\"num\">18,650</td><td class=\"num\">-8,650</td>"), "list row 10");
        assertTrue(html.contains("<th>งบประมาณ</th><td class=\"num\">18,650.00 บาท</td>"), "page of project 10");
    }

    @Test
    void theProjectListsAreInWholeBahtAndTheBudgetTableWithSatang() {
        String html = html();
        assertTrue(html.contains("<tr class=\"total\"><td>รวม 31 โครงการ</td><td></td><td class=\"num\">1,542,000</td>"
                + "<td class=\"num\">1,509,070</td><td class=\"num\">32,930</td>"), "action-plan total in whole baht");
        assertTrue(html.contains("<tr class=\"total\"><td>รวม</td><td class=\"num\">158,845,335.00</td>"
                + "<td class=\"num\">155,439,309.66</td>"), "budget execution with satang");
    }

    @Test
    void statusWordsAndTheFindingsAnnexAreThai() {
        String html = html();
        assertFalse(html.contains("ACHIEVED"), "AP outcomes in Thai");
        String ap = section(html, "a-ap");
        assertEquals(4, ap.split("<td>บรรลุ</td>", -1).length - 1, "the four achieved AP indicators");
        String annex = section(html, "a-findings");
        assertFalse(annex.contains("-service"), "the services by their Thai names");
        assertTrue(annex.contains("<td>ข้อมูลโรงเรียนและบุคลากร</td>") && annex.contains("<td>งบประมาณ</td>"));
        // the table's source line names the request it came from (a code, ADR 0025): not a field name of the annex
        assertTrue(annex.contains("<p class=\"source\">ที่มา: รายงานผลการดำเนินงาน /v1/reports/findings?area=5602&amp;"
                + "fiscalYear=2566 · ปีงบประมาณ 2566</p>"), "the annex's source line");
        Matcher camel = Pattern.compile("[a-z]+[A-Z][A-Za-z]*")
                .matcher(annex.replaceAll("<p class=\"source\">[^<]*</p>", ""));
        List<String> codes = new ArrayList<>();
        while (camel.find()) {
            codes.add(camel.group());
        }
        assertEquals(List.of(), codes, "no field names in the annex");
        Matcher plain = Pattern.compile("(?<![\\d,.])\\d{4,}\\.\\d\\d").matcher(annex);
        assertFalse(plain.find(), "amounts with thousands separators: " + (plain.hitEnd() ? "" : plain.group()));
        assertTrue(annex.contains("<td>530,523.00</td><td>500,000.00</td>"), "project 28's figures");
        assertTrue(annex.contains("หน้ารายละเอียดโครงการระบุ 530,523.00 บาท"), "and in its message");
        assertTrue(annex.contains("<td>ร้อยละการเบิกจ่าย</td>"), "percentDisbursed by its Thai header");
        // the JSON keeps the findings as the services gave them
        assertTrue(json().getList("findings.column").contains("percentDisbursed"));
    }

    @Test
    void sectionNumbersFollowEachOther() {
        List<String> labels = json().getList("parts[2].sections[3].blocks.findAll { it.kind == 'paragraph' }"
                + ".collect { it.label != null ? it.label : it.text }");
        List<String> numbers = labels.stream().map(l -> l.substring(0, l.indexOf(' '))).toList();
        assertEquals(List.of("4.1", "4.2", "4.3"), numbers, String.valueOf(labels));
    }

    @Test
    void overallLevelsAsReportedWithWhatIsComputed() {
        JsonPath r = json();
        // standards: the office printed level 4 (ดีมาก); the mean of the 12 indicators is 3.96
        List<Object> std = totalRow(r, "ta-standards");
        assertEquals(0, new BigDecimal("4").compareTo((BigDecimal) std.get(1)), String.valueOf(std));
        assertEquals("ดีมาก (ค่าเฉลี่ยที่คำนวณได้ 3.96 ระดับ ดีมาก)", std.get(2));
        // AP: 4.21 printed, 4.20 computed, and assessment-service's finding says so
        List<Object> ap = totalRow(r, "ta-ap-scored");
        assertEquals(0, new BigDecimal("4.21").compareTo((BigDecimal) ap.get(1)));
        assertEquals("ดีมาก (ค่าเฉลี่ยที่คำนวณได้ 4.20 ระดับ ดีมาก)", ap.get(2));
        assertTrue(r.getList("findings.code").contains("assessment.framework-average"));
        // QP: printed as computed, nothing added
        assertEquals("ดีมาก", totalRow(r, "ta-qp").get(5));
    }

    @Test
    void theOfficesListsKeepTheOfficesOrder() {
        JsonPath r = json();
        // the seed: จุน 1, จุน 2, ปง 1, ปง 2, เชียงคำ 1, เชียงคำ 2, เชียงม่วน, ภูซาง, การศึกษาภาคบังคับ (not by Thai name)
        List<String> networks = r.getList("parts[0].sections.find { it.id == 'p1-networks' }.blocks[0].rows.collect { it.cells[1] }");
        assertEquals(List.of("กลุ่มโรงเรียนจุน 1", "กลุ่มโรงเรียนจุน 2", "กลุ่มโรงเรียนปง 1", "กลุ่มโรงเรียนปง 2",
                "กลุ่มโรงเรียนเชียงคำ 1", "กลุ่มโรงเรียนเชียงคำ 2", "กลุ่มโรงเรียนเชียงม่วน", "กลุ่มโรงเรียนภูซาง",
                "กลุ่มโรงเรียนการศึกษาภาคบังคับ (โรงเรียนขยายโอกาส)"), networks);
        List<String> clubs = r.getList("parts[0].sections.find { it.id == 'p1-networks' }.blocks[1].items");
        assertEquals(List.of("ชมรมครูวิทยาศาสตร์", "ชมรมครูงานอาชีพและเทคโนโลยี", "ชมรมครูสังคมศึกษา", "ชมรมครูศิลปะ",
                "ชมรมครูกลุ่มปฐมวัย", "ชมรมครูคณิตศาสตร์", "ชมรมครูภาษาไทย", "ชมรมครูสุขศึกษาและพลศึกษา",
                "ชมรมครูภาษาต่างประเทศ", "ชมรมครูกิจกรรมพัฒนาผู้เรียน", "กลุ่มไทรศึกษา"), clubs);
    }
}
