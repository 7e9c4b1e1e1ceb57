package org.khet.report.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.khet.report.domain.Block;
import org.khet.report.domain.Chart;
import org.khet.report.domain.Column;
import org.khet.report.domain.Paragraph;
import org.khet.report.domain.Section;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.khet.report.mapping.J.*;

/**
 * assessment-service → part 3's quality section ({@code GET /v1/areas/{area}/tests}: O-NET, NT, RT against OBEC
 * and the nation, with the year-over-year tables and the O-NET charts), the efficiency section and the
 * appendix's evaluation tables ({@code …/evaluations}: QP, AP, ESAO standards, ITA, KRS).
 */
public final class AssessmentMapping {
    static final String SRC = "assessment-service";
    private static final Map<String, String> GRADES = Map.of(
            "P1", "ชั้นประถมศึกษาปีที่ 1", "P3", "ชั้นประถมศึกษาปีที่ 3", "P6", "ชั้นประถมศึกษาปีที่ 6",
            "M3", "ชั้นมัธยมศึกษาปีที่ 3", "M6", "ชั้นมัธยมศึกษาปีที่ 6");

    private AssessmentMapping() {
    }

    /** Part 3, 2. ด้านคุณภาพการศึกษา. */
    public static Section quality(JsonNode tests, int academicYear) {
        List<Block> blocks = new ArrayList<>();
        Long prevYear = lng(tests, "previousYear");
        int previous = prevYear == null ? academicYear - 1 : prevYear.intValue();
        for (JsonNode test : list(tests, "tests")) {
            String family = SchoolMapping.nz(text(test, "family"));
            if (family.equalsIgnoreCase("O-NET")) {
                blocks.addAll(onet(test, academicYear, previous));
            } else {
                blocks.addAll(threeLevel(test, academicYear, previous, family.equalsIgnoreCase("RT")));
            }
        }
        if (blocks.isEmpty()) {
            blocks.add(Paragraph.of("ยังไม่มีผลการทดสอบระดับชาติของปีการศึกษา " + academicYear));
        }
        return new Section("p3-quality", "2. ด้านคุณภาพการศึกษา", blocks);
    }

    private static String grade(JsonNode test) {
        String g = SchoolMapping.nz(text(test, "grade"));
        return GRADES.getOrDefault(g, g);
    }

    private static String id(JsonNode test) {
        return "t3.2-" + SchoolMapping.nz(text(test, "test")).toLowerCase();
    }

    private static List<Block> onet(JsonNode test, int year, int previous) {
        String grade = grade(test);
        Tables t = Tables.of(id(test), "คะแนนเฉลี่ยผลการทดสอบทางการศึกษาระดับชาติขั้นพื้นฐาน (O-NET) " + grade
                        + " ปีการศึกษา " + year + " ระดับเขตพื้นที่การศึกษา ระดับสังกัด และระดับประเทศ", SRC,
                Column.text("no", "ที่"), Column.text("subject", "วิชา (รหัสวิชา)"),
                Column.decimal("area", "เขตพื้นที่"), Column.decimal("obec", "สพฐ."),
                Column.signed("diffObec", "สูง/ต่ำ"), Column.decimal("nation", "ประเทศ"),
                Column.signed("diffNation", "สูง/ต่ำ"));
        Tables yoy = Tables.of(id(test) + "-yoy", "เปรียบเทียบผลการทดสอบระดับชาติขั้นพื้นฐาน (O-NET) " + grade
                        + " ระดับเขตพื้นที่การศึกษา ระหว่างปีการศึกษา " + previous + " กับปีการศึกษา " + year, SRC,
                Column.text("subject", "สาระการเรียนรู้"), Column.decimal("previous", "ปีการศึกษา " + previous),
                Column.decimal("current", "ปีการศึกษา " + year), Column.signed("change", "ผลต่าง"));
        List<String> cats = new ArrayList<>();
        List<BigDecimal> area = new ArrayList<>();
        List<BigDecimal> obec = new ArrayList<>();
        List<BigDecimal> nation = new ArrayList<>();
        int i = 0;
        for (JsonNode s : list(test, "subjects")) {
            String name = text(s, "nameTh");
            String code = text(s, "code");
            BigDecimal a = dec(s, "area");
            t.row(Integer.toString(++i), name + (code == null ? "" : " (" + code + ")"), a, dec(s, "obec"),
                    dec(s, "diffObec"), dec(s, "nation"), dec(s, "diffNation"));
            yoy.row(name, dec(s, "previous"), a, dec(s, "yoyDifference"));
            cats.add(name);
            area.add(a);
            obec.add(dec(s, "obec"));
            nation.add(dec(s, "nation"));
        }
        JsonNode o = node(test, "overall");
        if (t.dataRows() > 0) {
            t.total("", "รวมเฉลี่ย", dec(o, "area"), dec(o, "obec"), dec(o, "diffObec"), dec(o, "nation"),
                    dec(o, "diffNation"));
            yoy.total("รวมเฉลี่ย", dec(o, "previous"), dec(o, "area"), dec(o, "yoyDifference"));
        }
        Long takers = lng(test, "takers");
        if (takers != null) {
            t.note("จำนวนนักเรียน" + grade + " เข้าสอบ จำนวน " + String.format("%,d", takers) + " คน");
        }
        List<Block> out = new ArrayList<>(List.of(t.build()));
        if (!cats.isEmpty()) {
            out.add(new Chart("c" + id(test).substring(1), "แผนภูมิคะแนนเฉลี่ย O-NET " + grade + " ปีการศึกษา " + year
                    + " ระดับเขตพื้นที่การศึกษา ระดับสังกัด และระดับประเทศ จำแนกตามกลุ่มสาระการเรียนรู้", "คะแนน",
                    cats, List.of(new Chart.Series("เขตพื้นที่", area), new Chart.Series("สพฐ.", obec),
                    new Chart.Series("ประเทศ", nation))));
        }
        out.add(yoy.build());
        return out;
    }

    /** NT and RT: area vs affiliation vs nation by ability, then this year against the last. */
    private static List<Block> threeLevel(JsonNode test, int year, int previous, boolean reading) {
        String grade = grade(test);
        String family = SchoolMapping.nz(text(test, "family"));
        String name = reading ? "ผลการประเมินความสามารถด้านการอ่านของผู้เรียน (RT)"
                : family.equalsIgnoreCase("NT") ? "ผลการประเมินคุณภาพผู้เรียน (NT)" : SchoolMapping.nz(text(test, "nameTh"));
        String first = reading ? "ด้าน" : "ความสามารถด้าน";
        Tables t = Tables.of(id(test), "คะแนนเฉลี่ยร้อยละ" + name + " " + grade + " ปีการศึกษา " + year, SRC,
                Column.text("ability", first), Column.decimal("area", "เขตพื้นที่"),
                Column.decimal("affiliation", "สังกัด"), Column.decimal("nation", "ประเทศ"));
        Tables yoy = Tables.of(id(test) + "-yoy", "เปรียบเทียบ" + name + " " + grade + " ปีการศึกษา " + previous
                        + " กับปีการศึกษา " + year, SRC,
                Column.text("ability", first), Column.decimal("previous", "ปีการศึกษา " + previous),
                Column.decimal("current", "ปีการศึกษา " + year), Column.signed("change", "ผลต่าง"));
        for (JsonNode a : list(test, "subjects")) {
            String label = text(a, "nameTh");
            t.row(label, dec(a, "area"), dec(a, "obec"), dec(a, "nation"));
            yoy.row(label, dec(a, "previous"), dec(a, "area"), dec(a, "yoyDifference"));
        }
        if (t.dataRows() > 0) {
            JsonNode o = node(test, "overall");
            String label = "รวมทั้ง " + t.dataRows() + " ด้าน";
            t.total(label, dec(o, "area"), dec(o, "obec"), dec(o, "nation"));
            yoy.total(label, dec(o, "previous"), dec(o, "area"), dec(o, "yoyDifference"));
        }
        return List.of(t.build(), yoy.build());
    }

    private static JsonNode framework(JsonNode ev, String family) {
        for (JsonNode f : list(ev, "frameworks")) {
            if (family.equalsIgnoreCase(text(f, "family"))) {
                return f;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** Part 3, 4. ด้านประสิทธิภาพการบริหารจัดการ: the evaluations in brief (the full tables are in the appendix). */
    public static Section efficiency(JsonNode ev, int fiscalYear) {
        List<Block> blocks = new ArrayList<>();
        JsonNode krs = framework(ev, "KRS");
        String krsResult = "รอผลการประเมิน";
        for (JsonNode i : list(krs, "indicators")) {
            if ("SCORED".equals(text(i, "state")) && dec(i, "score") != null) {
                krsResult = "คะแนน " + fmt(dec(i, "score")) + (text(i, "label") == null ? "" : " " + text(i, "label"));
            }
        }
        blocks.add(new Paragraph("4.1 ผลการประเมินส่วนราชการตามมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการ (KRS) ปีงบประมาณ "
                + fiscalYear + ":", krsResult));
        Tables overall = Tables.of("t3.4-overall", "ผลการติดตาม ประเมินผล การบริหารและจัดการการศึกษาขั้นพื้นฐานในภาพรวม"
                        + " ประจำปีงบประมาณ พ.ศ. " + fiscalYear, SRC,
                Column.text("evaluation", "ผลการประเมิน"), Column.decimal("average", "ค่าคะแนนเฉลี่ย"),
                Column.integer("counted", "จำนวนตัวชี้วัดที่นำมาเฉลี่ย"), Column.text("level", "ระดับคุณภาพ"));
        int n = 0;
        for (String fam : List.of("QP", "AP", "ESAO-STD")) {
            JsonNode f = framework(ev, fam);
            if (present(f)) {
                overall.row((++n) + ". " + text(f, "nameTh"), dec(f, "average"), lng(f, "counted"),
                        text(f, "averageLabel"));
            }
        }
        blocks.add(overall.build());
        JsonNode ita = framework(ev, "ITA");
        for (JsonNode i : list(ita, "indicators")) {
            blocks.add(new Paragraph("4.5 ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA Online):",
                    "คะแนน " + fmt(dec(i, "score")) + " ระดับ " + SchoolMapping.nz(text(i, "grade"))
                            + (lng(i, "rank") == null ? "" : " อันดับที่ " + lng(i, "rank") + " จาก " + lng(i, "rankOf"))
                            + (dec(i, "change") == null ? "" : " เทียบกับปีก่อน " + signed(dec(i, "change")))));
        }
        return new Section("p3-efficiency", "4. ด้านประสิทธิภาพการบริหารจัดการ", blocks);
    }

    /** The appendix's evaluation tables: QP, AP (scored and against target), standards, ITA. */
    public static List<Section> appendix(JsonNode ev, int fiscalYear) {
        List<Section> out = new ArrayList<>();
        JsonNode qp = framework(ev, "QP");
        Tables q = Tables.of("ta-qp", "ผลการติดตาม ประเมินผล ตามตัวชี้วัดนโยบายเร่งด่วนของ สพฐ. (Quick Policy : QP) "
                        + "ประจำปีงบประมาณ พ.ศ. " + fiscalYear, SRC,
                Column.text("indicator", "ตัวชี้วัด"), Column.text("title", "รายการ"),
                Column.decimal("round6", "รอบ 6 เดือน"), Column.decimal("round12", "รอบ 12 เดือน"),
                Column.decimal("score", "ค่าคะแนนเฉลี่ย"), Column.text("label", "คำอธิบายระดับคุณภาพ"));
        for (JsonNode i : list(qp, "indicators")) {
            BigDecimal r6 = null;
            BigDecimal r12 = null;
            for (JsonNode r : list(i, "rounds")) {
                String round = SchoolMapping.nz(text(r, "round"));
                if (round.startsWith("6")) {
                    r6 = dec(r, "score");
                } else if (round.startsWith("12")) {
                    r12 = dec(r, "score");
                }
            }
            q.row("ตัวชี้วัดที่ " + text(i, "code"), text(i, "titleTh"), r6, r12, dec(i, "score"), label(i));
        }
        if (q.dataRows() > 0) {
            q.total("คะแนนเฉลี่ยรวม " + SchoolMapping.nz(text(qp, "counted")) + " ตัวชี้วัด", "", null, null,
                    dec(qp, "average"), text(qp, "averageLabel"));
        }
        out.add(new Section("a-qp", "ผลการติดตาม ประเมินผล ตามตัวชี้วัดนโยบายเร่งด่วน (QP)", List.of(q.build())));

        JsonNode ap = framework(ev, "AP");
        Tables a1 = Tables.of("ta-ap-scored", "ตัวชี้วัดแผนปฏิบัติการของ สพฐ. (Action Plan : AP) ที่มีการประเมินระดับคุณภาพ", SRC,
                Column.text("indicator", "ตัวชี้วัด"), Column.decimal("score", "ระดับคุณภาพ"),
                Column.text("label", "คำอธิบายระดับคุณภาพ"));
        Tables a2 = Tables.of("ta-ap-target", "ตัวชี้วัดแผนปฏิบัติการของ สพฐ. (Action Plan : AP) ที่มีการประเมินเทียบค่าเป้าหมาย", SRC,
                Column.text("indicator", "ตัวชี้วัด"), Column.percent("target", "ค่าเป้าหมาย (ร้อยละ)"),
                Column.percent("achieved", "ผลการดำเนินการที่ได้ (ร้อยละ)"), Column.text("outcome", "การแปลผล"));
        for (JsonNode i : list(ap, "indicators")) {
            String label = "ตัวชี้วัดที่ " + text(i, "code") + " " + SchoolMapping.nz(text(i, "titleTh"));
            if ("TARGET".equals(text(i, "kind"))) {
                String outcome = text(i, "outcome");
                a2.row(label, dec(i, "targetPercent"), dec(i, "achievedPercent"),
                        outcome != null ? outcome : stateText(text(i, "state")));
            } else {
                a1.row(label, dec(i, "score"), label(i));
            }
        }
        if (a1.dataRows() > 0) {
            a1.total("คะแนนเฉลี่ยรวม " + SchoolMapping.nz(text(ap, "counted")) + " ตัวชี้วัด", dec(ap, "average"),
                    text(ap, "averageLabel"));
        }
        JsonNode targets = node(ap, "targets");
        if (present(targets)) {
            a2.note("บรรลุ " + text(targets, "achieved") + " ตัวชี้วัด ไม่บรรลุ " + text(targets, "notAchieved")
                    + " ตัวชี้วัด อยู่ระหว่างดำเนินการ " + text(targets, "pending") + " ตัวชี้วัด");
        }
        out.add(new Section("a-ap", "ผลการติดตาม ประเมินผล ตามตัวชี้วัดแผนปฏิบัติการ (AP)", List.of(a1.build(), a2.build())));

        JsonNode st = framework(ev, "ESAO-STD");
        Tables s = Tables.of("ta-standards", "ผลการติดตาม ประเมินผล ตามมาตรฐานสำนักงานเขตพื้นที่การศึกษา พ.ศ. 2560 "
                        + "ประจำปีงบประมาณ พ.ศ. " + fiscalYear, SRC,
                Column.text("item", "มาตรฐาน/ตัวบ่งชี้/ประเด็นการพิจารณา"), Column.decimal("score", "ระดับคุณภาพ"),
                Column.text("label", "คำอธิบายระดับคุณภาพ"));
        for (JsonNode i : list(st, "indicators")) {
            Long depth = lng(i, "depth");
            String indent = "\u2003".repeat(depth == null ? 0 : (int) Math.max(0, depth - 1));
            s.row(indent + SchoolMapping.nz(text(i, "titleTh")), dec(i, "score"), label(i));
        }
        if (s.dataRows() > 0) {
            s.total("คะแนนรวมของภาพรวม", dec(st, "average"), text(st, "averageLabel"));
        }
        out.add(new Section("a-standards", "ผลการติดตาม ประเมินผล ตามมาตรฐานสำนักงานเขตพื้นที่การศึกษา",
                List.of(s.build())));

        JsonNode ita = framework(ev, "ITA");
        Tables it = Tables.of("ta-ita", "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของสำนักงานเขตพื้นที่การศึกษา"
                        + "ออนไลน์ (ITA Online) ประจำปีงบประมาณ พ.ศ. " + fiscalYear, SRC,
                Column.integer("rank", "อันดับที่"), Column.integer("of", "จาก"),
                Column.text("area", "สำนักงานเขตพื้นที่การศึกษา"), Column.decimal("score", "คะแนน ITA ปี " + fiscalYear),
                Column.text("grade", "ระดับผลคะแนน"), Column.signed("change", "เปรียบเทียบกับปี " + (fiscalYear - 1)),
                Column.text("passes", "ผลการประเมิน")).thaiDigits();
        for (JsonNode i : list(ita, "indicators")) {
            Boolean passes = bool(i, "passes");
            it.row(lng(i, "rank"), lng(i, "rankOf"), text(ev, "areaNameTh"), dec(i, "score"), text(i, "grade"),
                    dec(i, "change"), passes == null ? "-" : passes ? "ผ่าน" : "ไม่ผ่าน");
        }
        out.add(new Section("a-ita", "ผลการประเมินคุณธรรมและความโปร่งใส (ITA Online)", List.of(it.build())));
        return out;
    }

    private static String label(JsonNode i) {
        String state = text(i, "state");
        if (state != null && !state.equals("SCORED")) {
            return stateText(state);
        }
        String l = text(i, "label");
        return l == null ? "-" : l;
    }

    private static String stateText(String state) {
        if (state == null) {
            return "-";
        }
        return switch (state) {
            case "NOT_APPLICABLE" -> "ไม่ประเมิน (ไม่เกี่ยวข้อง)";
            case "MONITORED_NOT_EVALUATED" -> "ติดตามแต่ไม่ประเมินผล";
            case "PENDING" -> "อยู่ระหว่างดำเนินการ";
            case "NOT_REPORTED" -> "ไม่มีรายงาน";
            default -> "-";
        };
    }

    static String fmt(BigDecimal d) {
        return d == null ? "-" : d.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String signed(BigDecimal d) {
        return d == null ? "-" : (d.signum() > 0 ? "+" : "") + fmt(d);
    }
}
