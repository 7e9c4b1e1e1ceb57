package org.khet.report.national;

import org.khet.contracts.Finding;
import org.khet.contracts.read.national.BudgetArea;
import org.khet.contracts.read.national.EnrolmentArea;
import org.khet.contracts.read.national.ItaArea;
import org.khet.contracts.read.national.ProjectsArea;
import org.khet.contracts.read.national.SubjectFigures;
import org.khet.contracts.read.national.TestArea;
import org.khet.report.domain.Block;
import org.khet.report.domain.Column;
import org.khet.report.domain.Lang;
import org.khet.report.words.Words;
import org.khet.report.domain.Paragraph;
import org.khet.report.domain.Part;
import org.khet.report.domain.Provenance;
import org.khet.report.domain.Report;
import org.khet.report.domain.Row;
import org.khet.report.domain.Section;
import org.khet.report.domain.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national report (issue #23): every area compared, in the report's one document model, so that every renderer
 * (JSON, HTML, DOCX, XLSX, PDF) prints it as it prints an area's annual report. It computes nothing the roll-ups have
 * not: the ranks, the takers-weighted national means and the disagreement with OBEC's published figures are the
 * roll-ups' own (assessment-, budget-, school- and project-service), copied into tables in the order they give them.
 * Thai or English throughout: the headings, column headers and notes are phrases of the vocabulary ({@link Words},
 * {@code words/en.tsv}, ADR 0027) as the annual report's are; area and subject
 * names are the registers' Thai names in both (they have no English ones).
 */
public final class NationalReportComposer {
    private NationalReportComposer() {
    }

    public static Report compose(NationalData d, Lang l) {
        Words w = Words.of(l);
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("n1", w.tr("ส่วนที่ 1 นักเรียน โรงเรียน และห้องเรียน"),
                List.of(enrolment(d, w))));
        parts.add(new Part("n2", w.tr("ส่วนที่ 2 ผลการทดสอบระดับชาติ"), tests(d, w)));
        parts.add(new Part("n3", w.tr("ส่วนที่ 3 งบประมาณ"), List.of(budget(d, w))));
        parts.add(new Part("n4", w.tr("ส่วนที่ 4 การประเมินคุณธรรมและความโปร่งใส (ITA)"), List.of(ita(d, w))));
        parts.add(new Part("n5", w.tr("ส่วนที่ 5 โครงการ"), List.of(projects(d, w))));
        parts.add(new Part("n6", w.tr("ส่วนที่ 6 คุณภาพข้อมูล"), List.of(quality(d, w))));
        String scope = scope(d, w);
        List<Finding> findings = d.tests() == null ? List.of() : d.tests().findings();
        return new Report(null, w.tr("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"),
                d.fiscalYear(), d.testYear(),
                w.tr("รายงานเปรียบเทียบสำนักงานเขตพื้นที่การศึกษา ประจำปีงบประมาณ พ.ศ. {0}", d.fiscalYear()),
                scope, parts, findings, List.of(
                new Report.Source("school-service", "/v1/national/enrolment?academicYear=" + d.enrolmentYear(), d.enrolment() != null),
                new Report.Source("assessment-service", "/v1/national/tests?academicYear=" + d.testYear(), d.tests() != null),
                new Report.Source("budget-service", "/v1/national/budget?fiscalYear=" + d.fiscalYear(), d.budget() != null),
                new Report.Source("assessment-service", "/v1/national/ita?fiscalYear=" + d.fiscalYear(), d.ita() != null),
                new Report.Source("project-service", "/v1/national/projects?fiscalYear=" + d.fiscalYear(), d.projects() != null)),
                l);
    }

    /** Which areas the report covers: all, or the filter asked for. */
    static String scope(NationalData d, Words w) {
        String areas = w.tr("ทุกสำนักงานเขตพื้นที่การศึกษา");
        if ("primary".equals(d.affiliation())) {
            areas = w.tr("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา");
        } else if ("secondary".equals(d.affiliation())) {
            areas = w.tr("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา");
        }
        return d.province() == null ? areas : areas + " " + w.tr("จังหวัด{0}", d.province());
    }

    private static Section enrolment(NationalData d, Words w) {
        String title = w.tr("ตารางที่ 1 โรงเรียน นักเรียน และห้องเรียน จำแนกตามขนาดโรงเรียน ปีการศึกษา {0}", d.enrolmentYear());
        if (d.enrolment() == null) {
            return new Section("n1-1", title, List.of(none(w)));
        }
        List<Column> cols = List.of(Column.text("area", w.tr("รหัส")), Column.text("name", w.tr("สำนักงานเขตพื้นที่การศึกษา")),
                Column.text("province", w.tr("จังหวัด")), Column.integer("schools", w.tr("โรงเรียน")),
                Column.integer("students", w.tr("นักเรียน")), Column.integer("classrooms", w.tr("ห้องเรียน")),
                Column.integer("small", w.tr("ขนาดเล็ก")), Column.integer("medium", w.tr("ขนาดกลาง")),
                Column.integer("large", w.tr("ขนาดใหญ่")), Column.integer("extraLarge", w.tr("ขนาดใหญ่พิเศษ")),
                Column.percent("smallPercent", w.tr("ร้อยละขนาดเล็ก")));
        List<Row> rows = new ArrayList<>();
        for (EnrolmentArea a : d.enrolment().areas().items()) {
            rows.add(Row.data(a.areaCode(), a.nameTh(), a.province(), a.schools(), a.students(), a.classrooms(), a.small(),
                    a.medium(), a.large(), a.extraLarge(), a.smallPercent()));
        }
        EnrolmentArea t = d.enrolment().total();
        if (t != null) {
            rows.add(Row.total(w.tr("รวม"), null, null, t.schools(), t.students(), t.classrooms(), t.small(),
                    t.medium(), t.large(), t.extraLarge(), t.smallPercent()));
        }
        Table table = new Table("n1-enrolment", title, w.tr("ที่มา: school-service"), cols, rows,
                List.of(w.tr("ขนาดโรงเรียนตามจำนวนนักเรียน: เล็ก ไม่เกิน 120 คน กลาง 121–600 ใหญ่ 601–1,500 ใหญ่พิเศษ 1,501 ขึ้นไป")),
                false).from(new Provenance("school-service", "/v1/national/enrolment", null, d.enrolmentYear(),
                d.enrolment().round(), null, null));
        return new Section("n1-1", title, List.of(table));
    }

    private static List<Section> tests(NationalData d, Words w) {
        if (d.tests() == null) {
            return List.of(new Section("n2-1", w.tr("ผลการทดสอบ"), List.of(none(w))));
        }
        // the national figures first, then each test's areas by their mean in each subject
        Map<String, List<SubjectFigures>> byTest = new LinkedHashMap<>();
        for (SubjectFigures s : d.tests().national()) {
            byTest.computeIfAbsent(s.test(), k -> new ArrayList<>()).add(s);
        }
        List<Section> sections = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<SubjectFigures>> test : byTest.entrySet()) {
            n++;
            String id = "n2-" + n;
            List<Block> blocks = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            for (SubjectFigures s : test.getValue()) {
                rows.add(Row.data(s.subjectTh(), s.areas(), s.weightedAreas(), s.takers(), s.weightedMean(),
                        s.obecPublished(), s.nationPublished(), s.difference()));
            }
            blocks.add(new Table(id + "-national", w.tr("ค่าเฉลี่ยระดับประเทศ {0} ปีการศึกษา {1}", test.getKey(), d.testYear()), w.tr("ที่มา: assessment-service"),
                    List.of(Column.text("subject", w.tr("วิชา")), Column.integer("areas", w.tr("เขตที่มีผล")),
                            Column.integer("weightedAreas", w.tr("เขตที่แจ้งผู้เข้าสอบ")),
                            Column.integer("takers", w.tr("ผู้เข้าสอบ")),
                            Column.decimal("weightedMean", w.tr("ค่าเฉลี่ยถ่วงน้ำหนัก (คำนวณ)")),
                            Column.decimal("obec", w.tr("สพฐ. (ประกาศ)")),
                            Column.decimal("nation", w.tr("ประเทศ (ประกาศ)")),
                            Column.signed("difference", w.tr("ผลต่าง สพฐ. − คำนวณ"))),
                    rows, List.of(w.tr("ค่าเฉลี่ยถ่วงน้ำหนักด้วยจำนวนผู้เข้าสอบของแต่ละเขต; ต่างจากที่ สพฐ. ประกาศเกิน 0.01 เป็นข้อสังเกต")), false)
                    .from(new Provenance("assessment-service", "/v1/national/tests?test=" + test.getKey(), null, d.testYear(),
                            null, null, null)));
            blocks.add(areasBySubject(id, test.getKey(), test.getValue(), d, w));
            sections.add(new Section(id, test.getKey(), blocks));
        }
        return sections.isEmpty() ? List.of(new Section("n2-1", w.tr("ผลการทดสอบ"), List.of(none(w)))) : sections;
    }

    /** A test's areas, one row each, a column per subject: the area's mean and (in the next column) its rank. */
    private static Table areasBySubject(String id, String test, List<SubjectFigures> subjects, NationalData d, Words w) {
        List<Column> cols = new ArrayList<>(List.of(Column.text("area", w.tr("รหัส")),
                Column.text("name", w.tr("สำนักงานเขตพื้นที่การศึกษา"))));
        for (SubjectFigures s : subjects) {
            cols.add(Column.decimal(s.subject(), s.subjectTh()));
            cols.add(Column.integer(s.subject() + "-rank", w.tr("อันดับ")));
        }
        Map<String, Object[]> byArea = new LinkedHashMap<>();
        for (TestArea a : d.testAreas()) {
            if (!a.test().equals(test)) {
                continue;
            }
            Object[] cells = byArea.computeIfAbsent(a.areaCode(), k -> {
                Object[] c = new Object[cols.size()];
                c[0] = a.areaCode();
                c[1] = a.nameTh();
                return c;
            });
            for (int i = 0; i < subjects.size(); i++) {
                if (subjects.get(i).subject().equals(a.subject())) {
                    cells[2 + 2 * i] = a.mean();
                    cells[3 + 2 * i] = a.rank();
                }
            }
        }
        List<Row> rows = byArea.values().stream().sorted(java.util.Comparator.comparing(c -> (String) c[0]))
                .map(Row::data).toList();
        return new Table(id + "-areas", w.tr("ค่าเฉลี่ยของแต่ละเขตและลำดับ {0}", test),
                w.tr("ที่มา: assessment-service"), cols, rows,
                List.of(w.tr("ลำดับในแต่ละวิชาจากค่าเฉลี่ยของทุกเขต คะแนนเท่ากันได้ลำดับเดียวกัน")), false)
                .from(new Provenance("assessment-service", "/v1/national/tests?test=" + test, null, d.testYear(), null,
                        null, null));
    }

    private static Section budget(NationalData d, Words w) {
        String title = w.tr("ตารางที่ 3 การเบิกจ่ายงบประมาณ ปีงบประมาณ {0}", d.fiscalYear());
        if (d.budget() == null) {
            return new Section("n3-1", title, List.of(none(w)));
        }
        List<Row> rows = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        for (BudgetArea a : d.budget().areas().items()) {
            rows.add(Row.data(a.rank(), a.areaCode(), a.nameTh(), a.asOf() == null ? null : a.asOf().toString(),
                    a.allocated(), a.disbursed(), a.percentDisbursed()));
            allocated = allocated.add(nz(a.allocated()));
            disbursed = disbursed.add(nz(a.disbursed()));
        }
        rows.add(Row.total(null, w.tr("รวม"), null, null, allocated, disbursed, percent(disbursed, allocated)));
        Table t = new Table("n3-budget", title, w.tr("ที่มา: budget-service"),
                List.of(Column.integer("rank", w.tr("อันดับ")), Column.text("area", w.tr("รหัส")),
                        Column.text("name", w.tr("สำนักงานเขตพื้นที่การศึกษา")),
                        Column.text("asOf", w.tr("ข้อมูล ณ วันที่")),
                        Column.money("allocated", w.tr("ได้รับจัดสรร (บาท)")),
                        Column.money("disbursed", w.tr("เบิกจ่าย (บาท)")),
                        Column.percent("percent", w.tr("ร้อยละการเบิกจ่าย"))),
                rows, List.of(w.tr("ข้อมูล ณ วันที่ {0} ลำดับตามร้อยละการเบิกจ่าย", d.budget().asOf())), false)
                .from(new Provenance("budget-service", "/v1/national/budget", d.fiscalYear(), null, null, null, null));
        return new Section("n3-1", title, List.of(t));
    }

    private static Section ita(NationalData d, Words w) {
        String title = w.tr("ตารางที่ 4 ผลการประเมิน ITA และลำดับ ปีงบประมาณ {0}", d.fiscalYear());
        if (d.ita() == null) {
            return new Section("n4-1", title, List.of(none(w)));
        }
        List<Row> rows = new ArrayList<>();
        for (ItaArea a : d.ita().areas().items()) {
            rows.add(Row.data(a.rank(), a.areaCode(), a.nameTh(), a.score(), a.grade(),
                    a.passes() == null ? null : a.passes() ? w.tr("ผ่าน") : w.tr("ไม่ผ่าน"),
                    a.previousScore(), a.change(), a.reportedRank()));
        }
        Table t = new Table("n4-ita", title, w.tr("ที่มา: assessment-service"),
                List.of(Column.integer("rank", w.tr("ลำดับ (คำนวณ)")), Column.text("area", w.tr("รหัส")),
                        Column.text("name", w.tr("สำนักงานเขตพื้นที่การศึกษา")),
                        Column.decimal("score", w.tr("คะแนน")), Column.text("grade", w.tr("ระดับ")),
                        Column.text("passes", w.tr("ผลการประเมิน")),
                        Column.decimal("previous", w.tr("คะแนนปีก่อน")),
                        Column.signed("change", w.tr("เปลี่ยนแปลง")),
                        Column.integer("reportedRank", w.tr("ลำดับที่เขตรายงาน"))),
                rows, List.of(w.tr("ลำดับคำนวณจากคะแนนของทุกเขต คะแนนเท่ากันได้ลำดับเดียวกัน")), false)
                .from(new Provenance("assessment-service", "/v1/national/ita", d.fiscalYear(), null, null, null, null));
        return new Section("n4-1", title, List.of(t));
    }

    private static Section projects(NationalData d, Words w) {
        String title = w.tr("ตารางที่ 5 โครงการ ปีงบประมาณ {0}", d.fiscalYear());
        if (d.projects() == null) {
            return new Section("n5-1", title, List.of(none(w)));
        }
        List<Row> rows = new ArrayList<>();
        int projects = 0;
        int completed = 0;
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        for (ProjectsArea a : d.projects().areas().items()) {
            rows.add(Row.data(a.areaCode(), a.nameTh(), a.projects(), a.completed(), a.completedPercent(), a.budget(),
                    a.spent(), a.spentPercent()));
            projects += a.projects();
            completed += a.completed();
            budget = budget.add(nz(a.budget()));
            spent = spent.add(nz(a.spent()));
        }
        rows.add(Row.total(w.tr("รวม"), null, projects, completed,
                percent(BigDecimal.valueOf(completed), BigDecimal.valueOf(projects)), budget, spent, percent(spent, budget)));
        Table t = new Table("n5-projects", title, w.tr("ที่มา: project-service"),
                List.of(Column.text("area", w.tr("รหัส")), Column.text("name", w.tr("สำนักงานเขตพื้นที่การศึกษา")),
                        Column.integer("projects", w.tr("จำนวนโครงการ")), Column.integer("completed", w.tr("ดำเนินการแล้ว")),
                        Column.percent("completedPercent", w.tr("ร้อยละดำเนินการแล้ว")),
                        Column.money("budget", w.tr("งบประมาณ (บาท)")),
                        Column.money("spent", w.tr("ใช้จริง (บาท)")),
                        Column.percent("spentPercent", w.tr("ร้อยละการใช้จ่าย"))),
                rows, List.of(w.tr("ไม่รวมโครงการที่ยกเลิก")), false)
                .from(new Provenance("project-service", "/v1/national/projects", d.fiscalYear(), null, null, null, null));
        return new Section("n5-1", title, List.of(t));
    }

    /** The areas' report findings: by code over every area, then per area. */
    private static Section quality(NationalData d, Words w) {
        String title = w.tr("ตารางที่ 6 ข้อสังเกตด้านคุณภาพข้อมูลของรายงานแต่ละเขต ปีงบประมาณ {0}", d.fiscalYear());
        NationalFindings.NationalFindingsView q = d.quality();
        if (q == null || q.areas() == 0) {
            return new Section("n6-1", title, List.of(none(w)));
        }
        Provenance from = new Provenance("report-service", "/v1/reports/national/findings", d.fiscalYear(), null, null,
                null, null);
        List<Row> codes = new ArrayList<>();
        for (NationalFindings.CodeCount c : q.byCode()) {
            codes.add(Row.data(c.code(), c.areas(), c.findings()));
        }
        codes.add(Row.total(w.tr("รวม"), q.areas(), q.findings()));
        List<Row> areas = new ArrayList<>();
        for (NationalFindings.AreaFindings a : q.byArea()) {
            areas.add(Row.data(a.areaCode(), a.nameTh(), a.findings(), a.major(), a.minor()));
        }
        List<String> notes = new ArrayList<>(List.of(w.tr("ข้อสังเกตเดียวกับที่รายงานประจำปีของแต่ละเขตพิมพ์ในภาคผนวก")));
        for (NationalFindings.Unavailable u : q.unavailable()) {
            notes.add(w.tr("ไม่มีรายงานของ {0} {1} ({2})", u.areaCode(), u.nameTh(), u.status()));
        }
        return new Section("n6-1", title, List.of(
                new Table("n6-codes", w.tr("จำนวนข้อสังเกต จำแนกตามประเภท"),
                        w.tr("ที่มา: report-service"),
                        List.of(Column.text("code", w.tr("ประเภทข้อสังเกต")),
                                Column.integer("areas", w.tr("จำนวนเขต")),
                                Column.integer("findings", w.tr("จำนวนข้อสังเกต"))), codes, List.of(), false).from(from),
                new Table("n6-areas", w.tr("จำนวนข้อสังเกตของแต่ละเขต"),
                        w.tr("ที่มา: report-service"),
                        List.of(Column.text("area", w.tr("รหัส")),
                                Column.text("name", w.tr("สำนักงานเขตพื้นที่การศึกษา")),
                                Column.integer("findings", w.tr("ข้อสังเกต")),
                                Column.integer("major", w.tr("สำคัญ")),
                                Column.integer("minor", w.tr("เล็กน้อย"))), areas, notes, false).from(from)));
    }

    private static Paragraph none(Words w) {
        return Paragraph.of(w.tr("- ไม่มีข้อมูล -"));
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /** part / whole × 100, half-up to 2 decimals; null where the whole is 0. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, java.math.RoundingMode.HALF_UP);
    }
}
