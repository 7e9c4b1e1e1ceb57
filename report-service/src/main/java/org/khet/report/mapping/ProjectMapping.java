package org.khet.report.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.khet.contracts.read.project.StrategicPlanView;
import org.khet.report.domain.Block;
import org.khet.report.domain.Column;
import org.khet.report.domain.Heading;
import org.khet.report.domain.ItemList;
import org.khet.report.domain.Paragraph;
import org.khet.report.domain.ProjectPage;
import org.khet.report.domain.Section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.khet.report.mapping.J.*;

/**
 * project-service → part 2 ({@code GET /v1/areas/{area}/strategic-plan/{fiscalYear}}), part 3's project
 * section ({@code …/projects/summary}: both project lists with their counts; {@code …/projects}: one page per
 * project, grouped by strategy) and part 4 (the problems and suggestions the projects reported).
 */
public final class ProjectMapping {
    static final String SRC = "project-service";

    private ProjectMapping() {
    }

    public static List<Section> part2(StrategicPlanView plan) {
        List<Section> out = new ArrayList<>();
        String v = plan == null ? null : plan.vision();
        out.add(new Section("p2-vision", "วิสัยทัศน์ / พันธกิจ / เป้าประสงค์", List.of(
                new Paragraph("วิสัยทัศน์", v == null ? "-" : "“" + v + "”"),
                new ItemList("พันธกิจ", true, nonBlank(plan == null ? null : plan.missions())),
                new ItemList("เป้าประสงค์", true, nonBlank(plan == null ? null : plan.goals())))));

        List<String> strategies = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<Block> policies = new ArrayList<>();
        if (plan != null) {
            for (StrategicPlanView.Strategy s : SchoolMapping.orEmpty(plan.strategies())) {
                strategies.add(s.textTh());
            }
            for (StrategicPlanView.CoreValue cv : SchoolMapping.orEmpty(plan.coreValues())) {
                values.add(SchoolMapping.nz(cv.letter()) + " – " + SchoolMapping.nz(cv.nameEn()) + " "
                        + SchoolMapping.nz(cv.meaningTh()));
            }
            for (StrategicPlanView.PolicyArea p : SchoolMapping.orEmpty(plan.policies())) {
                List<String> items = new ArrayList<>();
                for (StrategicPlanView.PolicyItem i : SchoolMapping.orEmpty(p.items())) {
                    items.add(SchoolMapping.nz(i.number()) + " " + SchoolMapping.nz(i.textTh()));
                }
                policies.add(new ItemList(p.number() + ". " + SchoolMapping.nz(p.titleTh()), false, items));
            }
        }
        out.add(new Section("p2-strategies", "กลยุทธ์ / ค่านิยมหลักขององค์กร", List.of(
                new ItemList("กลยุทธ์", true, strategies), new ItemList("ค่านิยมหลักขององค์กร", false, values))));
        policies.add(new ItemList("จุดเน้น", true, nonBlank(plan == null ? null : plan.focusPoints())));
        out.add(new Section("p2-policies", "นโยบายและจุดเน้น", policies));
        return out;
    }

    /** The non-blank texts of a list, in order. */
    static List<String> nonBlank(List<String> list) {
        return SchoolMapping.orEmpty(list).stream().filter(t -> t != null && !t.isBlank()).toList();
    }

    /** Part 4: the problems and suggestions of the year, as the projects reported them. */
    public static List<Section> part4(JsonNode summary) {
        return List.of(new Section("p4-problems", "ปัญหา/อุปสรรค ข้อเสนอแนะ และแนวทางการพัฒนา", List.of(
                new ItemList("ปัญหาและอุปสรรค", true, remarks(summary, "problems")),
                new ItemList("ข้อเสนอแนะและแนวทางการพัฒนา", true, remarks(summary, "suggestions")))));
    }

    private static List<String> remarks(JsonNode summary, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : list(summary, field)) {
            out.add(text(r, "text") + " (" + kindName(text(r, "planKind")) + " ที่ " + text(r, "number") + " "
                    + SchoolMapping.nz(text(r, "title")) + ")");
        }
        if (out.isEmpty()) {
            out.add("- ไม่มี -");
        }
        return out;
    }

    private static String kindName(String planKind) {
        return "ADDITIONAL".equals(planKind) ? "โครงการเพิ่มเติม" : "โครงการตามแผนปฏิบัติการ";
    }

    /** Part 3, 6. ผลการดำเนินงานโครงการตามกลยุทธ์. */
    public static Section projects(JsonNode summary, JsonNode projects, StrategicPlanView plan, int fiscalYear) {
        List<Block> blocks = new ArrayList<>();
        int n = 0;
        for (JsonNode l : list(summary, "lists")) {
            String kind = text(l, "planKind");
            String title = text(l, "titleTh");
            Tables t = Tables.of("t3.6-" + SchoolMapping.nz(kind).toLowerCase().replace('_', '-'),
                    (title != null ? title : kindName(kind)) + " ประจำปีงบประมาณ พ.ศ. " + fiscalYear, SRC,
                    Column.text("no", "ที่"), Column.text("project", "โครงการ"), Column.money("budget", "งบประมาณ"),
                    Column.money("actualSpend", "ใช้จริง"), Column.money("remaining", "คงเหลือ"),
                    Column.text("owners", "ผู้รับผิดชอบโครงการ"), Column.text("achieved", "บรรลุ/ไม่บรรลุ"));
            for (JsonNode r : list(l, "rows")) {
                t.row(text(r, "number"), text(r, "title"), dec(r, "budget"), dec(r, "actualSpend"), dec(r, "remaining"),
                        owners(r), achieved(text(r, "achieved")));
            }
            if (t.dataRows() > 0) {
                t.totalRow("รวม " + text(l, "projects") + " โครงการ", Arrays.asList(null, "", dec(l, "budget"),
                        dec(l, "actualSpend"), dec(l, "remaining"), "",
                        "บรรลุ " + text(l, "achieved") + " (ร้อยละ " + AssessmentMapping.fmt(dec(l, "achievedPercent")) + ")"));
            }
            t.note("โครงการ " + text(l, "projects") + " โครงการ ดำเนินการแล้ว " + text(l, "completed")
                    + " โครงการ บรรลุผลสัมฤทธิ์ " + text(l, "achieved") + " โครงการ คิดเป็นร้อยละ "
                    + AssessmentMapping.fmt(dec(l, "achievedPercent")));
            blocks.add(t.build());
            n++;
        }
        if (n == 0) {
            blocks.add(Paragraph.of("ยังไม่มีข้อมูลโครงการของปีงบประมาณ " + fiscalYear));
        }

        Map<Integer, String> strategyNames = new TreeMap<>();
        for (StrategicPlanView.Strategy s : plan == null ? List.<StrategicPlanView.Strategy>of() : SchoolMapping.orEmpty(plan.strategies())) {
            strategyNames.put(s.number(), s.textTh());
        }
        // pages by strategy (unassigned last), action-plan projects before additional ones, then by number
        Map<Integer, List<JsonNode>> byStrategy = new TreeMap<>();
        List<JsonNode> items = new ArrayList<>(list(projects, "items"));
        items.sort((a, b) -> {
            int k = SchoolMapping.nz(text(a, "planKind")).compareTo(SchoolMapping.nz(text(b, "planKind")));
            return k != 0 ? k : Long.compare(nzl(lng(a, "number")), nzl(lng(b, "number")));
        });
        for (JsonNode p : items) {
            Long st = lng(p, "strategyNumber");
            byStrategy.computeIfAbsent(st == null ? Integer.MAX_VALUE : st.intValue(), k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<Integer, List<JsonNode>> e : byStrategy.entrySet()) {
            String name = strategyNames.get(e.getKey());
            blocks.add(new Heading(e.getKey() == Integer.MAX_VALUE ? "โครงการที่ไม่ได้ระบุกลยุทธ์"
                    : "กลยุทธ์ที่ " + e.getKey() + (name == null ? "" : " " + name)));
            int i = 0;
            for (JsonNode p : e.getValue()) {
                blocks.add(page(p, ++i, name));
            }
        }
        return new Section("p3-projects", "6. ผลการดำเนินงานโครงการตามกลยุทธ์ ประจำปีงบประมาณ พ.ศ. " + fiscalYear, blocks);
    }

    private static long nzl(Long l) {
        return l == null ? 0 : l;
    }

    private static String owners(JsonNode p) {
        return String.join(", ", texts(p, "owners", "nameTh"));
    }

    private static String achieved(String a) {
        if (a == null) {
            return "-";
        }
        return switch (a) {
            case "YES" -> "บรรลุ";
            case "NO" -> "ไม่บรรลุ";
            default -> "ยังไม่ประเมิน";
        };
    }

    private static ProjectPage page(JsonNode p, int i, String strategy) {
        List<String> quantitative = new ArrayList<>();
        for (JsonNode q : list(p, "quantitativeResults")) {
            quantitative.add(q.isValueNode() ? q.asText() : text(q, "statement"));
        }
        List<ProjectPage.Photo> photos = new ArrayList<>();
        for (JsonNode ph : list(p, "photos")) {
            photos.add(new ProjectPage.Photo(text(ph, "caption"), text(ph, "href")));
        }
        String a = text(p, "achieved");
        BigDecimal budget = dec(p, "budget");
        return new ProjectPage(text(p, "planKind") + "-" + text(p, "number"), i + ".", text(p, "title"), strategy,
                budget, dec(p, "actualSpend"), dec(p, "remaining"), texts(p, "owners", "nameTh"),
                a == null || "NOT_ASSESSED".equals(a) ? null : "YES".equals(a), quantitative,
                texts(p, "qualitativeResults"), texts(p, "problems"), texts(p, "suggestions"), photos);
    }
}
