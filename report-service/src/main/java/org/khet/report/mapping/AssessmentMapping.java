package org.khet.report.mapping;

import org.khet.contracts.read.assessment.AreaEvaluationsView;
import org.khet.contracts.read.assessment.AreaEvaluationsView.FrameworkResult;
import org.khet.contracts.read.assessment.AreaEvaluationsView.IndicatorRow;
import org.khet.contracts.read.assessment.AreaTestsView;
import org.khet.contracts.read.assessment.AreaTestsView.Overall;
import org.khet.contracts.read.assessment.AreaTestsView.SubjectRow;
import org.khet.contracts.read.assessment.AreaTestsView.TestTable;
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

import static org.khet.report.mapping.SchoolMapping.nz;
import static org.khet.report.mapping.SchoolMapping.orEmpty;

/**
 * assessment-service → part 3's quality section ({@code GET /v1/areas/{area}/tests}: O-NET, NT, RT against OBEC
 * and the nation, with the year-over-year tables and the O-NET charts), the efficiency section and the
 * appendix's evaluation tables ({@code …/evaluations}: QP, AP, ESAO standards, ITA, KRS).
 */
public final class AssessmentMapping {
    static final String SRC = "assessment-service";
    /** An indicator's state when it has a score (the others are not applicable, monitored only, pending …). */
    private static final String SCORED = "SCORED";
    private static final Map<String, String> GRADES = Map.of(
            "P1", "ชั้นประถมศึกษาปีที่ 1", "P3", "ชั้นประถมศึกษาปีที่ 3", "P6", "ชั้นประถมศึกษาปีที่ 6",
            "M3", "ชั้นมัธยมศึกษาปีที่ 3", "M6", "ชั้นมัธยมศึกษาปีที่ 6");

    private AssessmentMapping() {
    }

    /** Part 3, 2. ด้านคุณภาพการศึกษา. */
    public static Section quality(AreaTestsView tests, int academicYear) {
        List<Block> blocks = new ArrayList<>();
        int previous = tests == null ? academicYear - 1 : tests.previousYear();
        for (TestTable test : tests == null ? List.<TestTable>of() : orEmpty(tests.tests())) {
            String family = nz(test.family());
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

    private static String grade(TestTable test) {
        String g = nz(test.grade());
        return GRADES.getOrDefault(g, g);
    }

    private static String id(TestTable test) {
        return "t3.2-" + nz(test.test()).toLowerCase();
    }

    /** The test's means over its subjects; all null when the service sent none. */
    private static Overall overall(TestTable test) {
        return test.overall() != null ? test.overall() : new Overall(null, null, null, null, null, null, null);
    }

    private static List<Block> onet(TestTable test, int year, int previous) {
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
        for (SubjectRow s : orEmpty(test.subjects())) {
            String name = s.nameTh();
            t.row(Integer.toString(++i), name + (s.code() == null ? "" : " (" + s.code() + ")"), s.area(), s.obec(),
                    s.diffObec(), s.nation(), s.diffNation());
            yoy.row(name, s.previous(), s.area(), s.yoyDifference());
            cats.add(name);
            area.add(s.area());
            obec.add(s.obec());
            nation.add(s.nation());
        }
        Overall o = overall(test);
        if (t.dataRows() > 0) {
            t.total("", "รวมเฉลี่ย", o.area(), o.obec(), o.diffObec(), o.nation(), o.diffNation());
            yoy.total("รวมเฉลี่ย", o.previous(), o.area(), o.yoyDifference());
        }
        Integer takers = test.takers();
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
    private static List<Block> threeLevel(TestTable test, int year, int previous, boolean reading) {
        String grade = grade(test);
        String family = nz(test.family());
        String name = reading ? "ผลการประเมินความสามารถด้านการอ่านของผู้เรียน (RT)"
                : family.equalsIgnoreCase("NT") ? "ผลการประเมินคุณภาพผู้เรียน (NT)" : nz(test.nameTh());
        String first = reading ? "ด้าน" : "ความสามารถด้าน";
        Tables t = Tables.of(id(test), "คะแนนเฉลี่ยร้อยละ" + name + " " + grade + " ปีการศึกษา " + year, SRC,
                Column.text("ability", first), Column.decimal("area", "เขตพื้นที่"),
                Column.decimal("affiliation", "สังกัด"), Column.decimal("nation", "ประเทศ"));
        Tables yoy = Tables.of(id(test) + "-yoy", "เปรียบเทียบ" + name + " " + grade + " ปีการศึกษา " + previous
                        + " กับปีการศึกษา " + year, SRC,
                Column.text("ability", first), Column.decimal("previous", "ปีการศึกษา " + previous),
                Column.decimal("current", "ปีการศึกษา " + year), Column.signed("change", "ผลต่าง"));
        for (SubjectRow a : orEmpty(test.subjects())) {
            t.row(a.nameTh(), a.area(), a.obec(), a.nation());
            yoy.row(a.nameTh(), a.previous(), a.area(), a.yoyDifference());
        }
        if (t.dataRows() > 0) {
            Overall o = overall(test);
            String label = "รวมทั้ง " + t.dataRows() + " ด้าน";
            t.total(label, o.area(), o.obec(), o.nation());
            yoy.total(label, o.previous(), o.area(), o.yoyDifference());
        }
        return List.of(t.build(), yoy.build());
    }

    /** The evaluation of a framework family (QP, AP, ESAO-STD, ITA, KRS), or null when it was not evaluated. */
    private static FrameworkResult framework(AreaEvaluationsView ev, String family) {
        for (FrameworkResult f : ev == null ? List.<FrameworkResult>of() : orEmpty(ev.frameworks())) {
            if (family.equalsIgnoreCase(f.family())) {
                return f;
            }
        }
        return null;
    }

    private static List<IndicatorRow> indicators(FrameworkResult f) {
        return f == null ? List.of() : orEmpty(f.indicators());
    }

    /** Part 3, 4. ด้านประสิทธิภาพการบริหารจัดการ: the evaluations in brief (the full tables are in the appendix). */
    public static Section efficiency(AreaEvaluationsView ev, int fiscalYear) {
        List<Block> blocks = new ArrayList<>();
        String krsResult = "รอผลการประเมิน";
        for (IndicatorRow i : indicators(framework(ev, "KRS"))) {
            if (SCORED.equals(i.state()) && i.score() != null) {
                krsResult = "คะแนน " + fmt(i.score()) + (i.label() == null ? "" : " " + i.label());
            }
        }
        int number = 0;
        blocks.add(new Paragraph("4." + (++number) + " ผลการประเมินส่วนราชการตามมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการ (KRS) ปีงบประมาณ "
                + fiscalYear + ":", krsResult));
        blocks.add(Paragraph.of("4." + (++number) + " ผลการติดตาม ประเมินผล การบริหารและจัดการการศึกษาขั้นพื้นฐานในภาพรวม"));
        Tables overall = Tables.of("t3.4-overall", "ผลการติดตาม ประเมินผล การบริหารและจัดการการศึกษาขั้นพื้นฐานในภาพรวม"
                        + " ประจำปีงบประมาณ พ.ศ. " + fiscalYear, SRC,
                Column.text("evaluation", "ผลการประเมิน"), Column.decimal("average", "ค่าคะแนนเฉลี่ย"),
                Column.integer("counted", "จำนวนตัวชี้วัดที่นำมาเฉลี่ย"), Column.text("level", "ระดับคุณภาพ"));
        int n = 0;
        for (String fam : List.of("QP", "AP", "ESAO-STD")) {
            FrameworkResult f = framework(ev, fam);
            if (f != null) {
                overall.row((++n) + ". " + f.nameTh(), reportedOverall(f), f.counted(), overallLabel(f));
            }
        }
        blocks.add(overall.build());
        for (IndicatorRow i : indicators(framework(ev, "ITA"))) {
            blocks.add(new Paragraph("4." + (++number) + " ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA Online):",
                    "คะแนน " + fmt(i.score()) + " ระดับ " + nz(i.grade())
                            + (i.rank() == null ? "" : " อันดับที่ " + i.rank() + " จาก " + i.rankOf())
                            + (i.change() == null ? "" : " เทียบกับปีก่อน " + signed(i.change()))));
        }
        return new Section("p3-efficiency", "4. ด้านประสิทธิภาพการบริหารจัดการ", blocks);
    }

    /** The appendix's evaluation tables: QP, AP (scored and against target), standards, ITA. */
    public static List<Section> appendix(AreaEvaluationsView ev, int fiscalYear) {
        List<Section> out = new ArrayList<>();
        FrameworkResult qp = framework(ev, "QP");
        Tables q = Tables.of("ta-qp", "ผลการติดตาม ประเมินผล ตามตัวชี้วัดนโยบายเร่งด่วนของ สพฐ. (Quick Policy : QP) "
                        + "ประจำปีงบประมาณ พ.ศ. " + fiscalYear, SRC,
                Column.text("indicator", "ตัวชี้วัด"), Column.text("title", "รายการ"),
                Column.decimal("round6", "รอบ 6 เดือน"), Column.decimal("round12", "รอบ 12 เดือน"),
                Column.decimal("score", "ค่าคะแนนเฉลี่ย"), Column.text("label", "คำอธิบายระดับคุณภาพ"));
        for (IndicatorRow i : indicators(qp)) {
            BigDecimal r6 = null;
            BigDecimal r12 = null;
            for (AreaEvaluationsView.RoundScore r : orEmpty(i.rounds())) {
                String round = nz(r.round());
                if (round.startsWith("6")) {
                    r6 = r.score();
                } else if (round.startsWith("12")) {
                    r12 = r.score();
                }
            }
            q.row("ตัวชี้วัดที่ " + i.code(), i.titleTh(), r6, r12, i.score(), label(i));
        }
        if (q.dataRows() > 0) {
            q.total("คะแนนเฉลี่ยรวม " + qp.counted() + " ตัวชี้วัด", "", null, null, reportedOverall(qp), overallLabel(qp));
        }
        out.add(new Section("a-qp", "ผลการติดตาม ประเมินผล ตามตัวชี้วัดนโยบายเร่งด่วน (QP)", List.of(q.build())));

        FrameworkResult ap = framework(ev, "AP");
        Tables a1 = Tables.of("ta-ap-scored", "ตัวชี้วัดแผนปฏิบัติการของ สพฐ. (Action Plan : AP) ที่มีการประเมินระดับคุณภาพ", SRC,
                Column.text("indicator", "ตัวชี้วัด"), Column.decimal("score", "ระดับคุณภาพ"),
                Column.text("label", "คำอธิบายระดับคุณภาพ"));
        Tables a2 = Tables.of("ta-ap-target", "ตัวชี้วัดแผนปฏิบัติการของ สพฐ. (Action Plan : AP) ที่มีการประเมินเทียบค่าเป้าหมาย", SRC,
                Column.text("indicator", "ตัวชี้วัด"), Column.percent("target", "ค่าเป้าหมาย (ร้อยละ)"),
                Column.percent("achieved", "ผลการดำเนินการที่ได้ (ร้อยละ)"), Column.text("outcome", "การแปลผล"));
        for (IndicatorRow i : indicators(ap)) {
            String label = "ตัวชี้วัดที่ " + i.code() + " " + nz(i.titleTh());
            if ("TARGET".equals(i.kind())) {
                a2.row(label, i.targetPercent(), i.achievedPercent(), i.outcome() != null ? outcomeText(i.outcome()) : stateText(i.state()));
            } else {
                a1.row(label, i.score(), label(i));
            }
        }
        if (a1.dataRows() > 0) {
            a1.total("คะแนนเฉลี่ยรวม " + ap.counted() + " ตัวชี้วัด", reportedOverall(ap), overallLabel(ap));
        }
        AreaEvaluationsView.Targets targets = ap == null ? null : ap.targets();
        if (targets != null) {
            a2.note("บรรลุ " + targets.achieved() + " ตัวชี้วัด ไม่บรรลุ " + targets.notAchieved()
                    + " ตัวชี้วัด อยู่ระหว่างดำเนินการ " + targets.pending() + " ตัวชี้วัด");
        }
        out.add(new Section("a-ap", "ผลการติดตาม ประเมินผล ตามตัวชี้วัดแผนปฏิบัติการ (AP)", List.of(a1.build(), a2.build())));

        FrameworkResult st = framework(ev, "ESAO-STD");
        Tables s = Tables.of("ta-standards", "ผลการติดตาม ประเมินผล ตามมาตรฐานสำนักงานเขตพื้นที่การศึกษา พ.ศ. 2560 "
                        + "ประจำปีงบประมาณ พ.ศ. " + fiscalYear, SRC,
                Column.text("item", "มาตรฐาน/ตัวบ่งชี้/ประเด็นการพิจารณา"), Column.decimal("score", "ระดับคุณภาพ"),
                Column.text("label", "คำอธิบายระดับคุณภาพ"));
        for (IndicatorRow i : indicators(st)) {
            String indent = "\u2003".repeat(Math.max(0, i.depth() - 1));
            s.row(indent + nz(i.titleTh()), i.score(), label(i));
        }
        if (s.dataRows() > 0) {
            s.total("คะแนนรวมของภาพรวม", reportedOverall(st), overallLabel(st));
        }
        out.add(new Section("a-standards", "ผลการติดตาม ประเมินผล ตามมาตรฐานสำนักงานเขตพื้นที่การศึกษา",
                List.of(s.build())));

        Tables it = Tables.of("ta-ita", "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของสำนักงานเขตพื้นที่การศึกษา"
                        + "ออนไลน์ (ITA Online) ประจำปีงบประมาณ พ.ศ. " + fiscalYear, SRC,
                Column.integer("rank", "อันดับที่"), Column.integer("of", "จาก"),
                Column.text("area", "สำนักงานเขตพื้นที่การศึกษา"), Column.decimal("score", "คะแนน ITA ปี " + fiscalYear),
                Column.text("grade", "ระดับผลคะแนน"), Column.signed("change", "เปรียบเทียบกับปี " + (fiscalYear - 1)),
                Column.text("passes", "ผลการประเมิน")).thaiDigits();
        for (IndicatorRow i : indicators(framework(ev, "ITA"))) {
            Boolean passes = i.passes();
            it.row(i.rank(), i.rankOf(), ev.areaNameTh(), i.score(), i.grade(), i.change(),
                    passes == null ? "-" : passes ? "ผ่าน" : "ไม่ผ่าน");
        }
        out.add(new Section("a-ita", "ผลการประเมินคุณธรรมและความโปร่งใส (ITA Online)", List.of(it.build())));
        return out;
    }

    /**
     * The overall figure as the office reported it: its reported average, else the level of its reported label (the
     * office prints "4" where the rubric's mean is 3.96), else the computed mean.
     */
    static BigDecimal reportedOverall(FrameworkResult f) {
        if (f.reportedAverage() != null) {
            return f.reportedAverage();
        }
        if (f.reportedAverageLabel() != null && f.reportedAverageLabel().equals(f.averageLabel()) && f.averageLevel() != null) {
            return BigDecimal.valueOf(f.averageLevel());
        }
        return f.average();
    }

    /** The overall label, saying what Khet computes where it differs from the figure printed. */
    static String overallLabel(FrameworkResult f) {
        String label = f.reportedAverageLabel() != null ? f.reportedAverageLabel() : nz(f.averageLabel());
        BigDecimal printed = reportedOverall(f);
        if (f.average() != null && printed != null && printed.compareTo(f.average()) != 0) {
            label += " (ค่าเฉลี่ยที่คำนวณได้ " + fmt(f.average()) + " ระดับ " + nz(f.averageLabel()) + ")";
        }
        return label;
    }

    private static String label(IndicatorRow i) {
        if (i.state() != null && !i.state().equals(SCORED)) {
            return stateText(i.state());
        }
        return i.label() == null ? "-" : i.label();
    }

    /** An indicator's outcome against its target, as the Thai report prints it (the code where it is unknown). */
    static String outcomeText(String outcome) {
        return switch (outcome) {
            case "ACHIEVED" -> "บรรลุ";
            case "NOT_ACHIEVED" -> "ไม่บรรลุ";
            case "PENDING" -> "อยู่ระหว่างดำเนินการ";
            default -> outcome;
        };
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
