package org.khet.report.texts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.khet.contracts.FiscalYear;
import org.khet.contracts.read.project.StrategicPlanView;
import org.khet.kit.json.StrictJson;
import org.khet.report.domain.Block;
import org.khet.report.domain.ItemList;
import org.khet.report.domain.Paragraph;
import org.khet.report.domain.Part;
import org.khet.report.domain.Report;
import org.khet.report.domain.Section;
import org.khet.report.domain.Table;
import org.khet.report.service.ReportComposer;
import org.khet.report.service.UpstreamData;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each of the office's text blocks is printed where the seed prints it (issue #22), from the demo's own texts
 * (demo/phayao2-2566/report/texts-2566.jsonl, transcribed from the seed); a block the office has not written prints
 * nothing, and no heading is invented for it.
 */
class OfficeTextsTest {
    private static final UpstreamData NOTHING = new UpstreamData(null, null, null, null, null, null, null, null, null, null);
    private static final ReportComposer COMPOSER = new ReportComposer(null, null, null, null, null);

    /** The demo's texts, as ./khet up loads them (each line: its block's key and its elements). */
    static Map<TextBlock, ReportText> demoTexts() throws Exception {
        // as the service reads a body: the kit's strict rules, unknown keys ("block", the loader's path field) ignored
        ObjectMapper json = StrictJson.apply(new ObjectMapper()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Map<TextBlock, ReportText> out = new EnumMap<>(TextBlock.class);
        for (String line : Files.readAllLines(Path.of("..", "demo", "phayao2-2566", "report", "texts-2566.jsonl"),
                StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(line);
            TextBlock b = TextBlock.byKey(n.get("block").asText()).orElseThrow();
            // as the API stores it: validated, so every demo line is one the API accepts
            out.put(b, ReportTexts.validate(json.treeToValue(n, ReportText.class)));
        }
        return out;
    }

    private static Report compose(Map<TextBlock, ReportText> texts) {
        return COMPOSER.compose("5602", FiscalYear.of(2566), NOTHING, texts, org.khet.report.domain.Lang.TH);
    }

    private static Part part(Report r, String id) {
        return r.parts().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static Section section(Report r, String part, String id) {
        return part(r, part).sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static String text(Block b) {
        return b instanceof Paragraph p ? p.text() : ((ItemList) b).title();
    }

    @Test
    void theDemoHasEveryBlock() throws Exception {
        assertEquals(TextBlock.values().length, demoTexts().size());
    }

    @Test
    void eachBlockIsPrintedWhereTheSeedPrintsIt() throws Exception {
        Report r = compose(demoTexts());
        assertEquals(List.of("foreword", "part-1", "part-2", "part-3", "part-4", "appendix"),
                r.parts().stream().map(Part::id).toList());

        // คำนำ: two paragraphs, then the office's signature under them
        List<Block> foreword = part(r, "foreword").sections().get(0).blocks();
        assertEquals(3, foreword.size());
        assertTrue(text(foreword.get(0)).startsWith("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2 ได้ดำเนินการบริหารจัดการศึกษา"));
        assertEquals("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2", text(foreword.get(2)));

        // Part 1: the mandate first (12 duties), then ข้อมูลทั่วไป, then ที่ตั้งและอาณาเขต with the borders, the
        // districts' paragraphs in the seed's order (จุน, เชียงคำ, เชียงม่วน, ปง, ภูซาง) and Table 1 after them
        List<String> part1 = part(r, "part-1").sections().stream().map(Section::id).toList();
        assertEquals("p1-mandate", part1.get(0));
        assertEquals(part1.indexOf("p1-general") + 1, part1.indexOf("p1-location"));
        assertEquals(12, ((ItemList) section(r, "part-1", "p1-mandate").blocks().get(1)).items().size());
        List<Block> location = section(r, "part-1", "p1-location").blocks();
        assertTrue(text(location.get(0)).contains("ตั้งอยู่หมู่ที่ 17 ถนนจุน – ปง"));
        assertEquals("ทิศเหนือ", ((Paragraph) location.get(2)).label());
        assertEquals("ตะวันตก", ((Paragraph) location.get(5)).label());
        assertEquals("ติดต่อกับจังหวัดลำปาง", text(location.get(5)));
        assertTrue(text(location.get(6)).contains("128 โรงเรียน 3 สาขา"));
        List<String> districts = location.subList(7, 12).stream().map(b -> text(b).split(" ")[0]).toList();
        assertEquals(List.of("อำเภอจุน", "อำเภอเชียงคำ", "อำเภอเชียงม่วน", "อำเภอปง", "อำเภอภูซาง"), districts);
        assertTrue(location.get(12) instanceof Table);

        // Part 2: the announcement's introduction opens นโยบายและจุดเน้น
        assertTrue(text(section(r, "part-2", "p2-policies").blocks().get(0)).contains("เมื่อวันที่ 29 พฤศจิกายน 2565"));

        // Part 4 as the office wrote it, the credits the appendix's last section, by group
        List<Block> p4 = part(r, "part-4").sections().get(0).blocks();
        assertEquals(List.of("ปัญหาและอุปสรรค", "ข้อเสนอแนะและแนวทางการพัฒนา"), List.of(text(p4.get(1)), text(p4.get(2))));
        List<Section> appendix = part(r, "appendix").sections();
        Section credits = appendix.get(appendix.size() - 1);
        assertEquals("คณะผู้จัดทำ", credits.title());
        assertEquals(List.of("ที่ปรึกษา", "ผู้รวบรวมข้อมูล", "ผู้สนับสนุนข้อมูล", "ออกแบบปกและจัดทำรูปเล่ม"),
                credits.blocks().stream().map(OfficeTextsTest::text).toList());
        assertEquals("นายสำเนียง อัดไพบุลย์ – ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2",
                ((ItemList) credits.blocks().get(0)).items().get(0));
    }

    @Test
    void theCoreValuesHeadingIsTheOfficesWhenItWroteOne() throws Exception {
        StrategicPlanView plan = new StrategicPlanView("5602", 2566, "วิสัยทัศน์", List.of(), List.of(), List.of(),
                List.of(new StrategicPlanView.CoreValue("P", "Participation", "มีส่วนร่วม")), List.of(), List.of(), 1,
                null, null);
        UpstreamData d = new UpstreamData(null, null, null, null, null, null, null, null, null, plan);
        Section mine = section(COMPOSER.compose("5602", FiscalYear.of(2566), d, demoTexts(), org.khet.report.domain.Lang.TH), "part-2", "p2-strategies");
        assertEquals("ค่านิยมหลักขององค์กร Phayao2 – PUSH = การผลักดัน/ขับเคลื่อน", text(mine.blocks().get(1)));
        ItemList values = (ItemList) mine.blocks().get(2);
        assertNull(values.title());
        assertEquals(List.of("P – Participation มีส่วนร่วม"), values.items());

        Section ours = section(COMPOSER.compose("5602", FiscalYear.of(2566), d, Map.of(), org.khet.report.domain.Lang.TH), "part-2", "p2-strategies");
        assertEquals("ค่านิยมหลักขององค์กร", text(ours.blocks().get(1)));
        assertEquals(2, ours.blocks().size());
    }

    @Test
    void aBlockNotWrittenPrintsNothing() throws Exception {
        Report none = compose(Map.of());
        assertEquals(List.of("part-1", "part-2", "part-3", "part-4", "appendix"), none.parts().stream().map(Part::id).toList());
        assertFalse(part(none, "part-1").sections().stream().anyMatch(s -> s.id().equals("p1-mandate")));
        assertTrue(section(none, "part-1", "p1-location").blocks().get(0) instanceof Table);
        assertFalse(part(none, "appendix").sections().stream().anyMatch(s -> s.title().equals("คณะผู้จัดทำ")));

        // the districts alone: printed before Table 1, no borders invented; the signatories without a foreword
        // have no page of their own
        Map<TextBlock, ReportText> some = new EnumMap<>(TextBlock.class);
        some.put(TextBlock.DISTRICTS, demoTexts().get(TextBlock.DISTRICTS));
        some.put(TextBlock.SIGNATORIES, demoTexts().get(TextBlock.SIGNATORIES));
        Report r = compose(some);
        assertFalse(r.parts().stream().anyMatch(p -> p.id().equals("foreword")));
        List<Block> location = section(r, "part-1", "p1-location").blocks();
        assertEquals(7, location.size());
        assertTrue(text(location.get(0)).startsWith("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2 มีโรงเรียน"));
        assertEquals("จุดเน้น", text(section(r, "part-2", "p2-policies").blocks().get(0)),
                "no introduction: the plan's lists come first");
    }
}
