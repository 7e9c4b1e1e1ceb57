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
import org.khet.report.words.Words;

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
    public static Section quality(Words w, AreaTestsView tests, int academicYear) {
        List<Block> blocks = new ArrayList<>();
        int previous = tests == null ? academicYear - 1 : tests.previousYear();
        for (TestTable test : tests == null ? List.<TestTable>of() : orEmpty(tests.tests())) {
            String family = nz(test.family());
            if (family.equalsIgnoreCase("O-NET")) {
                blocks.addAll(onet(w, test, academicYear, previous));
            } else {
                blocks.addAll(threeLevel(w, test, academicYear, previous, family.equalsIgnoreCase("RT")));
            }
        }
        if (blocks.isEmpty()) {
            blocks.add(Paragraph.of(w.tr("ยังไม่มีผลการทดสอบระดับชาติของปีการศึกษา {0}", academicYear)));
        }
        return new Section("p3-quality", w.tr("2. ด้านคุณภาพการศึกษา"), blocks);
    }

    private static String grade(Words w, TestTable test) {
        String g = nz(test.grade());
        return GRADES.containsKey(g) ? w.tr(GRADES.get(g)) : g;
    }

    private static String id(TestTable test) {
        return "t3.2-" + nz(test.test()).toLowerCase();
    }

    /** The test's means over its subjects; all null when the service sent none. */
    private static Overall overall(TestTable test) {
        return test.overall() != null ? test.overall() : new Overall(null, null, null, null, null, null, null);
    }

    private static List<Block> onet(Words w, TestTable test, int year, int previous) {
        String grade = grade(w, test);
        Tables t = Tables.of(w, id(test), w.tr("คะแนนเฉลี่ยผลการทดสอบทางการศึกษาระดับชาติขั้นพื้นฐาน (O-NET) {0} ปีการศึกษา {1} ระดับเขตพื้นที่การศึกษา ระดับสังกัด และระดับประเทศ",
                        grade, year), SRC,
                Column.text("no", w.tr("ที่")), Column.text("subject", w.tr("วิชา (รหัสวิชา)")),
                Column.decimal("area", w.tr("เขตพื้นที่")), Column.decimal("obec", w.tr("สพฐ.")),
                Column.signed("diffObec", w.tr("สูง/ต่ำ")), Column.decimal("nation", w.tr("ประเทศ")),
                Column.signed("diffNation", w.tr("สูง/ต่ำ")));
        Tables yoy = Tables.of(w, id(test) + "-yoy", w.tr("เปรียบเทียบผลการทดสอบระดับชาติขั้นพื้นฐาน (O-NET) {0} ระดับเขตพื้นที่การศึกษา ระหว่างปีการศึกษา {1} กับปีการศึกษา {2}",
                        grade, previous, year), SRC,
                Column.text("subject", w.tr("สาระการเรียนรู้")), Column.decimal("previous", w.tr("ปีการศึกษา {0}", previous)),
                Column.decimal("current", w.tr("ปีการศึกษา {0}", year)), Column.signed("change", w.tr("ผลต่าง")));
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
            t.total("", w.tr("รวมเฉลี่ย"), o.area(), o.obec(), o.diffObec(), o.nation(), o.diffNation());
            yoy.total(w.tr("รวมเฉลี่ย"), o.previous(), o.area(), o.yoyDifference());
        }
        Integer takers = test.takers();
        if (takers != null) {
            t.note(w.tr("จำนวนนักเรียน{0} เข้าสอบ จำนวน {1} คน", grade, String.format("%,d", takers)));
        }
        List<Block> out = new ArrayList<>(List.of(t.build()));
        if (!cats.isEmpty()) {
            out.add(new Chart("c" + id(test).substring(1), w.tr("แผนภูมิคะแนนเฉลี่ย O-NET {0} ปีการศึกษา {1} ระดับเขตพื้นที่การศึกษา ระดับสังกัด และระดับประเทศ จำแนกตามกลุ่มสาระการเรียนรู้",
                    grade, year), w.tr("คะแนน"),
                    cats, List.of(new Chart.Series(w.tr("เขตพื้นที่"), area), new Chart.Series(w.tr("สพฐ."), obec),
                    new Chart.Series(w.tr("ประเทศ"), nation))));
        }
        out.add(yoy.build());
        return out;
    }

    /** NT and RT: area vs affiliation vs nation by ability, then this year against the last. */
    private static List<Block> threeLevel(Words w, TestTable test, int year, int previous, boolean reading) {
        String grade = grade(w, test);
        String family = nz(test.family());
        String name = reading ? w.tr("ผลการประเมินความสามารถด้านการอ่านของผู้เรียน (RT)")
                : family.equalsIgnoreCase("NT") ? w.tr("ผลการประเมินคุณภาพผู้เรียน (NT)") : nz(test.nameTh());
        String first = reading ? w.tr("ด้าน") : w.tr("ความสามารถด้าน");
        Tables t = Tables.of(w, id(test), w.tr("คะแนนเฉลี่ยร้อยละ{0} {1} ปีการศึกษา {2}", name, grade, year), SRC,
                Column.text("ability", first), Column.decimal("area", w.tr("เขตพื้นที่")),
                Column.decimal("affiliation", w.tr("สังกัด")), Column.decimal("nation", w.tr("ประเทศ")));
        Tables yoy = Tables.of(w, id(test) + "-yoy", w.tr("เปรียบเทียบ{0} {1} ปีการศึกษา {2} กับปีการศึกษา {3}", name, grade, previous, year), SRC,
                Column.text("ability", first), Column.decimal("previous", w.tr("ปีการศึกษา {0}", previous)),
                Column.decimal("current", w.tr("ปีการศึกษา {0}", year)), Column.signed("change", w.tr("ผลต่าง")));
        for (SubjectRow a : orEmpty(test.subjects())) {
            t.row(a.nameTh(), a.area(), a.obec(), a.nation());
            yoy.row(a.nameTh(), a.previous(), a.area(), a.yoyDifference());
        }
        if (t.dataRows() > 0) {
            Overall o = overall(test);
            String label = w.tr("รวมทั้ง {0} ด้าน", t.dataRows());
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
    public static Section efficiency(Words w, AreaEvaluationsView ev, int fiscalYear) {
        List<Block> blocks = new ArrayList<>();
        String krsResult = w.tr("รอผลการประเมิน");
        for (IndicatorRow i : indicators(framework(ev, "KRS"))) {
            if (SCORED.equals(i.state()) && i.score() != null) {
                krsResult = w.tr("คะแนน {0}", fmt(i.score())) + (i.label() == null ? "" : " " + i.label());
            }
        }
        int number = 0;
        blocks.add(new Paragraph(w.tr("4.{0} ผลการประเมินส่วนราชการตามมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการ (KRS) ปีงบประมาณ {1}:",
                ++number, fiscalYear), krsResult));
        blocks.add(Paragraph.of(w.tr("4.{0} ผลการติดตาม ประเมินผล การบริหารและจัดการการศึกษาขั้นพื้นฐานในภาพรวม", ++number)));
        Tables overall = Tables.of(w, "t3.4-overall", w.tr("ผลการติดตาม ประเมินผล การบริหารและจัดการการศึกษาขั้นพื้นฐานในภาพรวม ประจำปีงบประมาณ พ.ศ. {0}", fiscalYear), SRC,
                Column.text("evaluation", w.tr("ผลการประเมิน")), Column.decimal("average", w.tr("ค่าคะแนนเฉลี่ย")),
                Column.integer("counted", w.tr("จำนวนตัวชี้วัดที่นำมาเฉลี่ย")), Column.text("level", w.tr("ระดับคุณภาพ")));
        int n = 0;
        for (String fam : List.of("QP", "AP", "ESAO-STD")) {
            FrameworkResult f = framework(ev, fam);
            if (f != null) {
                overall.row((++n) + ". " + f.nameTh(), reportedOverall(f), f.counted(), overallLabel(w, f));
            }
        }
        blocks.add(overall.build());
        for (IndicatorRow i : indicators(framework(ev, "ITA"))) {
            blocks.add(new Paragraph(w.tr("4.{0} ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA Online):", ++number),
                    w.tr("คะแนน {0} ระดับ {1}", fmt(i.score()), nz(i.grade()))
                            + (i.rank() == null ? "" : " " + w.tr("อันดับที่ {0} จาก {1}", i.rank(), i.rankOf()))
                            + (i.change() == null ? "" : " " + w.tr("เทียบกับปีก่อน {0}", signed(i.change())))));
        }
        return new Section("p3-efficiency", w.tr("4. ด้านประสิทธิภาพการบริหารจัดการ"), blocks);
    }

    /** The appendix's evaluation tables: QP, AP (scored and against target), standards, ITA. */
    public static List<Section> appendix(Words w, AreaEvaluationsView ev, int fiscalYear) {
        List<Section> out = new ArrayList<>();
        FrameworkResult qp = framework(ev, "QP");
        Tables q = Tables.of(w, "ta-qp", w.tr("ผลการติดตาม ประเมินผล ตามตัวชี้วัดนโยบายเร่งด่วนของ สพฐ. (Quick Policy : QP) ประจำปีงบประมาณ พ.ศ. {0}",
                        fiscalYear), SRC,
                Column.text("indicator", w.tr("ตัวชี้วัด")), Column.text("title", w.tr("รายการ")),
                Column.decimal("round6", w.tr("รอบ 6 เดือน")), Column.decimal("round12", w.tr("รอบ 12 เดือน")),
                Column.decimal("score", w.tr("ค่าคะแนนเฉลี่ย")), Column.text("label", w.tr("คำอธิบายระดับคุณภาพ")));
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
            q.row(w.tr("ตัวชี้วัดที่ {0}", i.code()), i.titleTh(), r6, r12, i.score(), label(w, i));
        }
        if (q.dataRows() > 0) {
            q.total(w.tr("คะแนนเฉลี่ยรวม {0} ตัวชี้วัด", qp.counted()), "", null, null, reportedOverall(qp), overallLabel(w, qp));
        }
        out.add(new Section("a-qp", w.tr("ผลการติดตาม ประเมินผล ตามตัวชี้วัดนโยบายเร่งด่วน (QP)"), List.of(q.build())));

        FrameworkResult ap = framework(ev, "AP");
        Tables a1 = Tables.of(w, "ta-ap-scored", w.tr("ตัวชี้วัดแผนปฏิบัติการของ สพฐ. (Action Plan : AP) ที่มีการประเมินระดับคุณภาพ"), SRC,
                Column.text("indicator", w.tr("ตัวชี้วัด")), Column.decimal("score", w.tr("ระดับคุณภาพ")),
                Column.text("label", w.tr("คำอธิบายระดับคุณภาพ")));
        Tables a2 = Tables.of(w, "ta-ap-target", w.tr("ตัวชี้วัดแผนปฏิบัติการของ สพฐ. (Action Plan : AP) ที่มีการประเมินเทียบค่าเป้าหมาย"), SRC,
                Column.text("indicator", w.tr("ตัวชี้วัด")), Column.percent("target", w.tr("ค่าเป้าหมาย (ร้อยละ)")),
                Column.percent("achieved", w.tr("ผลการดำเนินการที่ได้ (ร้อยละ)")), Column.text("outcome", w.tr("การแปลผล")));
        for (IndicatorRow i : indicators(ap)) {
            String label = w.tr("ตัวชี้วัดที่ {0}", i.code()) + " " + nz(i.titleTh());
            if ("TARGET".equals(i.kind())) {
                a2.row(label, i.targetPercent(), i.achievedPercent(), i.outcome() != null ? outcomeText(w, i.outcome()) : stateText(w, i.state()));
            } else {
                a1.row(label, i.score(), label(w, i));
            }
        }
        if (a1.dataRows() > 0) {
            a1.total(w.tr("คะแนนเฉลี่ยรวม {0} ตัวชี้วัด", ap.counted()), reportedOverall(ap), overallLabel(w, ap));
        }
        AreaEvaluationsView.Targets targets = ap == null ? null : ap.targets();
        if (targets != null) {
            a2.note(w.tr("บรรลุ {0} ตัวชี้วัด ไม่บรรลุ {1} ตัวชี้วัด อยู่ระหว่างดำเนินการ {2} ตัวชี้วัด", targets.achieved(),
                    targets.notAchieved(), targets.pending()));
        }
        out.add(new Section("a-ap", w.tr("ผลการติดตาม ประเมินผล ตามตัวชี้วัดแผนปฏิบัติการ (AP)"), List.of(a1.build(), a2.build())));

        FrameworkResult st = framework(ev, "ESAO-STD");
        Tables s = Tables.of(w, "ta-standards", w.tr("ผลการติดตาม ประเมินผล ตามมาตรฐานสำนักงานเขตพื้นที่การศึกษา พ.ศ. 2560 ประจำปีงบประมาณ พ.ศ. {0}",
                        fiscalYear), SRC,
                Column.text("item", w.tr("มาตรฐาน/ตัวบ่งชี้/ประเด็นการพิจารณา")), Column.decimal("score", w.tr("ระดับคุณภาพ")),
                Column.text("label", w.tr("คำอธิบายระดับคุณภาพ")));
        for (IndicatorRow i : indicators(st)) {
            String indent = "\u2003".repeat(Math.max(0, i.depth() - 1));
            s.row(indent + nz(i.titleTh()), i.score(), label(w, i));
        }
        if (s.dataRows() > 0) {
            s.total(w.tr("คะแนนรวมของภาพรวม"), reportedOverall(st), overallLabel(w, st));
        }
        out.add(new Section("a-standards", w.tr("ผลการติดตาม ประเมินผล ตามมาตรฐานสำนักงานเขตพื้นที่การศึกษา"),
                List.of(s.build())));

        Tables it = Tables.of(w, "ta-ita", w.tr("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของสำนักงานเขตพื้นที่การศึกษาออนไลน์ (ITA Online) ประจำปีงบประมาณ พ.ศ. {0}",
                        fiscalYear), SRC,
                Column.integer("rank", w.tr("อันดับที่")), Column.integer("of", w.tr("จาก")),
                Column.text("area", w.tr("สำนักงานเขตพื้นที่การศึกษา")), Column.decimal("score", w.tr("คะแนน ITA ปี {0}", fiscalYear)),
                Column.text("grade", w.tr("ระดับผลคะแนน")), Column.signed("change", w.tr("เปรียบเทียบกับปี {0}", fiscalYear - 1)),
                Column.text("passes", w.tr("ผลการประเมิน")));
        if (w.thai()) {
            it.thaiDigits();
        }
        for (IndicatorRow i : indicators(framework(ev, "ITA"))) {
            Boolean passes = i.passes();
            it.row(i.rank(), i.rankOf(), ev.areaNameTh(), i.score(), i.grade(), i.change(),
                    passes == null ? "-" : passes ? w.tr("ผ่าน") : w.tr("ไม่ผ่าน"));
        }
        out.add(new Section("a-ita", w.tr("ผลการประเมินคุณธรรมและความโปร่งใส (ITA Online)"), List.of(it.build())));
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
    static String overallLabel(Words w, FrameworkResult f) {
        String label = f.reportedAverageLabel() != null ? f.reportedAverageLabel() : nz(f.averageLabel());
        BigDecimal printed = reportedOverall(f);
        if (f.average() != null && printed != null && printed.compareTo(f.average()) != 0) {
            label += " " + w.tr("(ค่าเฉลี่ยที่คำนวณได้ {0} ระดับ {1})", fmt(f.average()), nz(f.averageLabel()));
        }
        return label;
    }

    private static String label(Words w, IndicatorRow i) {
        if (i.state() != null && !i.state().equals(SCORED)) {
            return stateText(w, i.state());
        }
        return i.label() == null ? "-" : i.label();
    }

    /** An indicator's outcome against its target, as the Thai report prints it (the code where it is unknown). */
    static String outcomeText(Words w, String outcome) {
        return switch (outcome) {
            case "ACHIEVED" -> w.tr("บรรลุ");
            case "NOT_ACHIEVED" -> w.tr("ไม่บรรลุ");
            case "PENDING" -> w.tr("อยู่ระหว่างดำเนินการ");
            default -> outcome;
        };
    }

    private static String stateText(Words w, String state) {
        if (state == null) {
            return "-";
        }
        return switch (state) {
            case "NOT_APPLICABLE" -> w.tr("ไม่ประเมิน (ไม่เกี่ยวข้อง)");
            case "MONITORED_NOT_EVALUATED" -> w.tr("ติดตามแต่ไม่ประเมินผล");
            case "PENDING" -> w.tr("อยู่ระหว่างดำเนินการ");
            case "NOT_REPORTED" -> w.tr("ไม่มีรายงาน");
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
