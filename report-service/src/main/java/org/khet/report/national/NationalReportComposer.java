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
 * Thai or English throughout: the headings, column headers and notes come from {@link Lang}; area and subject
 * names are the registers' Thai names in both (they have no English ones).
 */
public final class NationalReportComposer {
    private NationalReportComposer() {
    }

    public static Report compose(NationalData d, Lang l) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("n1", l.t("ส่วนที่ 1 นักเรียน โรงเรียน และห้องเรียน", "Part 1 Students, schools and classrooms"),
                List.of(enrolment(d, l))));
        parts.add(new Part("n2", l.t("ส่วนที่ 2 ผลการทดสอบระดับชาติ", "Part 2 National tests"), tests(d, l)));
        parts.add(new Part("n3", l.t("ส่วนที่ 3 งบประมาณ", "Part 3 Budget"), List.of(budget(d, l))));
        parts.add(new Part("n4", l.t("ส่วนที่ 4 การประเมินคุณธรรมและความโปร่งใส (ITA)",
                "Part 4 Integrity and Transparency Assessment (ITA)"), List.of(ita(d, l))));
        parts.add(new Part("n5", l.t("ส่วนที่ 5 โครงการ", "Part 5 Projects"), List.of(projects(d, l))));
        parts.add(new Part("n6", l.t("ส่วนที่ 6 คุณภาพข้อมูล", "Part 6 Data quality"), List.of(quality(d, l))));
        String scope = scope(d, l);
        List<Finding> findings = d.tests() == null ? List.of() : d.tests().findings();
        return new Report(null, l.t("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "Office of the Basic Education Commission"),
                d.fiscalYear(), d.testYear(),
                l.t("รายงานเปรียบเทียบสำนักงานเขตพื้นที่การศึกษา ประจำปีงบประมาณ พ.ศ. " + d.fiscalYear(),
                        "Area offices compared, fiscal year " + d.fiscalYear() + " B.E."),
                scope, parts, findings, List.of(
                new Report.Source("school-service", "/v1/national/enrolment?academicYear=" + d.enrolmentYear(), d.enrolment() != null),
                new Report.Source("assessment-service", "/v1/national/tests?academicYear=" + d.testYear(), d.tests() != null),
                new Report.Source("budget-service", "/v1/national/budget?fiscalYear=" + d.fiscalYear(), d.budget() != null),
                new Report.Source("assessment-service", "/v1/national/ita?fiscalYear=" + d.fiscalYear(), d.ita() != null),
                new Report.Source("project-service", "/v1/national/projects?fiscalYear=" + d.fiscalYear(), d.projects() != null)),
                l);
    }

    /** Which areas the report covers: all, or the filter asked for. */
    static String scope(NationalData d, Lang l) {
        String areas = l.t("ทุกสำนักงานเขตพื้นที่การศึกษา", "Every area office");
        if ("primary".equals(d.affiliation())) {
            areas = l.t("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา", "Primary education area offices");
        } else if ("secondary".equals(d.affiliation())) {
            areas = l.t("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา", "Secondary education area offices");
        }
        return d.province() == null ? areas : areas + l.t(" จังหวัด", ", province ") + d.province();
    }

    private static Section enrolment(NationalData d, Lang l) {
        String title = l.t("ตารางที่ 1 โรงเรียน นักเรียน และห้องเรียน จำแนกตามขนาดโรงเรียน ปีการศึกษา ",
                "Table 1 Schools, students and classrooms by school size, academic year ") + d.enrolmentYear();
        if (d.enrolment() == null) {
            return new Section("n1-1", title, List.of(none(l)));
        }
        List<Column> cols = List.of(Column.text("area", l.t("รหัส", "Code")), Column.text("name", l.t("สำนักงานเขตพื้นที่การศึกษา", "Area office")),
                Column.text("province", l.t("จังหวัด", "Province")), Column.integer("schools", l.t("โรงเรียน", "Schools")),
                Column.integer("students", l.t("นักเรียน", "Students")), Column.integer("classrooms", l.t("ห้องเรียน", "Classrooms")),
                Column.integer("small", l.t("ขนาดเล็ก", "Small")), Column.integer("medium", l.t("ขนาดกลาง", "Medium")),
                Column.integer("large", l.t("ขนาดใหญ่", "Large")), Column.integer("extraLarge", l.t("ขนาดใหญ่พิเศษ", "Extra large")),
                Column.percent("smallPercent", l.t("ร้อยละขนาดเล็ก", "Small %")));
        List<Row> rows = new ArrayList<>();
        for (EnrolmentArea a : d.enrolment().areas().items()) {
            rows.add(Row.data(a.areaCode(), a.nameTh(), a.province(), a.schools(), a.students(), a.classrooms(), a.small(),
                    a.medium(), a.large(), a.extraLarge(), a.smallPercent()));
        }
        EnrolmentArea t = d.enrolment().total();
        if (t != null) {
            rows.add(Row.total(l.t("รวม", "Total"), null, null, t.schools(), t.students(), t.classrooms(), t.small(),
                    t.medium(), t.large(), t.extraLarge(), t.smallPercent()));
        }
        Table table = new Table("n1-enrolment", title, l.t("ที่มา: school-service", "Source: school-service"), cols, rows,
                List.of(l.t("ขนาดโรงเรียนตามจำนวนนักเรียน: เล็ก ไม่เกิน 120 คน กลาง 121–600 ใหญ่ 601–1,500 ใหญ่พิเศษ 1,501 ขึ้นไป",
                        "School size by students: small up to 120, medium 121–600, large 601–1,500, extra large above 1,500")),
                false).from(new Provenance("school-service", "/v1/national/enrolment", null, d.enrolmentYear(),
                d.enrolment().round(), null, null));
        return new Section("n1-1", title, List.of(table));
    }

    private static List<Section> tests(NationalData d, Lang l) {
        if (d.tests() == null) {
            return List.of(new Section("n2-1", l.t("ผลการทดสอบ", "Results"), List.of(none(l))));
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
            blocks.add(new Table(id + "-national", l.t("ค่าเฉลี่ยระดับประเทศ ", "National means, ") + test.getKey()
                    + l.t(" ปีการศึกษา ", ", academic year ") + d.testYear(), l.t("ที่มา: assessment-service", "Source: assessment-service"),
                    List.of(Column.text("subject", l.t("วิชา", "Subject")), Column.integer("areas", l.t("เขตที่มีผล", "Areas")),
                            Column.integer("weightedAreas", l.t("เขตที่แจ้งผู้เข้าสอบ", "Areas with takers")),
                            Column.integer("takers", l.t("ผู้เข้าสอบ", "Takers")),
                            Column.decimal("weightedMean", l.t("ค่าเฉลี่ยถ่วงน้ำหนัก (คำนวณ)", "Takers-weighted mean (computed)")),
                            Column.decimal("obec", l.t("สพฐ. (ประกาศ)", "OBEC (published)")),
                            Column.decimal("nation", l.t("ประเทศ (ประกาศ)", "Nation (published)")),
                            Column.signed("difference", l.t("ผลต่าง สพฐ. − คำนวณ", "OBEC − computed"))),
                    rows, List.of(l.t("ค่าเฉลี่ยถ่วงน้ำหนักด้วยจำนวนผู้เข้าสอบของแต่ละเขต; ต่างจากที่ สพฐ. ประกาศเกิน 0.01 เป็นข้อสังเกต",
                    "Weighted by each area's takers; a difference from OBEC's published mean above 0.01 is a finding")), false)
                    .from(new Provenance("assessment-service", "/v1/national/tests?test=" + test.getKey(), null, d.testYear(),
                            null, null, null)));
            blocks.add(areasBySubject(id, test.getKey(), test.getValue(), d, l));
            sections.add(new Section(id, test.getKey(), blocks));
        }
        return sections.isEmpty() ? List.of(new Section("n2-1", l.t("ผลการทดสอบ", "Results"), List.of(none(l)))) : sections;
    }

    /** A test's areas, one row each, a column per subject: the area's mean and (in the next column) its rank. */
    private static Table areasBySubject(String id, String test, List<SubjectFigures> subjects, NationalData d, Lang l) {
        List<Column> cols = new ArrayList<>(List.of(Column.text("area", l.t("รหัส", "Code")),
                Column.text("name", l.t("สำนักงานเขตพื้นที่การศึกษา", "Area office"))));
        for (SubjectFigures s : subjects) {
            cols.add(Column.decimal(s.subject(), s.subjectTh()));
            cols.add(Column.integer(s.subject() + "-rank", l.t("ลำดับ", "Rank")));
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
        return new Table(id + "-areas", l.t("ค่าเฉลี่ยของแต่ละเขตและลำดับ ", "Each area's mean and rank, ") + test,
                l.t("ที่มา: assessment-service", "Source: assessment-service"), cols, rows,
                List.of(l.t("ลำดับในแต่ละวิชาจากค่าเฉลี่ยของทุกเขต คะแนนเท่ากันได้ลำดับเดียวกัน",
                        "Ranks per subject over every area's mean; equal means share a rank")), false)
                .from(new Provenance("assessment-service", "/v1/national/tests?test=" + test, null, d.testYear(), null,
                        null, null));
    }

    private static Section budget(NationalData d, Lang l) {
        String title = l.t("ตารางที่ 3 การเบิกจ่ายงบประมาณ ปีงบประมาณ ", "Table 3 Budget disbursement, fiscal year ") + d.fiscalYear();
        if (d.budget() == null) {
            return new Section("n3-1", title, List.of(none(l)));
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
        rows.add(Row.total(null, l.t("รวม", "Total"), null, null, allocated, disbursed, percent(disbursed, allocated)));
        Table t = new Table("n3-budget", title, l.t("ที่มา: budget-service", "Source: budget-service"),
                List.of(Column.integer("rank", l.t("ลำดับ", "Rank")), Column.text("area", l.t("รหัส", "Code")),
                        Column.text("name", l.t("สำนักงานเขตพื้นที่การศึกษา", "Area office")),
                        Column.text("asOf", l.t("ข้อมูล ณ วันที่", "As of")),
                        Column.money("allocated", l.t("ได้รับจัดสรร (บาท)", "Allocated (baht)")),
                        Column.money("disbursed", l.t("เบิกจ่าย (บาท)", "Disbursed (baht)")),
                        Column.percent("percent", l.t("ร้อยละการเบิกจ่าย", "% disbursed"))),
                rows, List.of(l.t("ข้อมูล ณ วันที่ " + d.budget().asOf() + " ลำดับตามร้อยละการเบิกจ่าย",
                "As of " + d.budget().asOf() + "; ranked by % disbursed")), false)
                .from(new Provenance("budget-service", "/v1/national/budget", d.fiscalYear(), null, null, null, null));
        return new Section("n3-1", title, List.of(t));
    }

    private static Section ita(NationalData d, Lang l) {
        String title = l.t("ตารางที่ 4 ผลการประเมิน ITA และลำดับ ปีงบประมาณ ", "Table 4 ITA scores and ranks, fiscal year ") + d.fiscalYear();
        if (d.ita() == null) {
            return new Section("n4-1", title, List.of(none(l)));
        }
        List<Row> rows = new ArrayList<>();
        for (ItaArea a : d.ita().areas().items()) {
            rows.add(Row.data(a.rank(), a.areaCode(), a.nameTh(), a.score(), a.grade(),
                    a.passes() == null ? null : a.passes() ? l.t("ผ่าน", "pass") : l.t("ไม่ผ่าน", "fail"),
                    a.previousScore(), a.change(), a.reportedRank()));
        }
        Table t = new Table("n4-ita", title, l.t("ที่มา: assessment-service", "Source: assessment-service"),
                List.of(Column.integer("rank", l.t("ลำดับ (คำนวณ)", "Rank (computed)")), Column.text("area", l.t("รหัส", "Code")),
                        Column.text("name", l.t("สำนักงานเขตพื้นที่การศึกษา", "Area office")),
                        Column.decimal("score", l.t("คะแนน", "Score")), Column.text("grade", l.t("ระดับ", "Grade")),
                        Column.text("passes", l.t("ผลการประเมิน", "Result")),
                        Column.decimal("previous", l.t("คะแนนปีก่อน", "Previous year")),
                        Column.signed("change", l.t("เปลี่ยนแปลง", "Change")),
                        Column.integer("reportedRank", l.t("ลำดับที่เขตรายงาน", "Rank as reported"))),
                rows, List.of(l.t("ลำดับคำนวณจากคะแนนของทุกเขต คะแนนเท่ากันได้ลำดับเดียวกัน",
                "Ranked from every area's score; equal scores share a rank")), false)
                .from(new Provenance("assessment-service", "/v1/national/ita", d.fiscalYear(), null, null, null, null));
        return new Section("n4-1", title, List.of(t));
    }

    private static Section projects(NationalData d, Lang l) {
        String title = l.t("ตารางที่ 5 โครงการ ปีงบประมาณ ", "Table 5 Projects, fiscal year ") + d.fiscalYear();
        if (d.projects() == null) {
            return new Section("n5-1", title, List.of(none(l)));
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
        rows.add(Row.total(l.t("รวม", "Total"), null, projects, completed,
                percent(BigDecimal.valueOf(completed), BigDecimal.valueOf(projects)), budget, spent, percent(spent, budget)));
        Table t = new Table("n5-projects", title, l.t("ที่มา: project-service", "Source: project-service"),
                List.of(Column.text("area", l.t("รหัส", "Code")), Column.text("name", l.t("สำนักงานเขตพื้นที่การศึกษา", "Area office")),
                        Column.integer("projects", l.t("โครงการ", "Projects")), Column.integer("completed", l.t("ดำเนินการแล้ว", "Completed")),
                        Column.percent("completedPercent", l.t("ร้อยละดำเนินการแล้ว", "% completed")),
                        Column.money("budget", l.t("งบประมาณ (บาท)", "Budget (baht)")),
                        Column.money("spent", l.t("ใช้จริง (บาท)", "Spent (baht)")),
                        Column.percent("spentPercent", l.t("ร้อยละการใช้จ่าย", "% spent"))),
                rows, List.of(l.t("ไม่รวมโครงการที่ยกเลิก", "Cancelled projects left out")), false)
                .from(new Provenance("project-service", "/v1/national/projects", d.fiscalYear(), null, null, null, null));
        return new Section("n5-1", title, List.of(t));
    }

    /** The areas' report findings: by code over every area, then per area. */
    private static Section quality(NationalData d, Lang l) {
        String title = l.t("ตารางที่ 6 ข้อสังเกตด้านคุณภาพข้อมูลของรายงานแต่ละเขต ปีงบประมาณ ",
                "Table 6 Data-quality findings of the areas' reports, fiscal year ") + d.fiscalYear();
        NationalFindings.NationalFindingsView q = d.quality();
        if (q == null || q.areas() == 0) {
            return new Section("n6-1", title, List.of(none(l)));
        }
        Provenance from = new Provenance("report-service", "/v1/reports/national/findings", d.fiscalYear(), null, null,
                null, null);
        List<Row> codes = new ArrayList<>();
        for (NationalFindings.CodeCount c : q.byCode()) {
            codes.add(Row.data(c.code(), c.areas(), c.findings()));
        }
        codes.add(Row.total(l.t("รวม", "Total"), q.areas(), q.findings()));
        List<Row> areas = new ArrayList<>();
        for (NationalFindings.AreaFindings a : q.byArea()) {
            areas.add(Row.data(a.areaCode(), a.nameTh(), a.findings(), a.major(), a.minor()));
        }
        List<String> notes = new ArrayList<>(List.of(l.t("ข้อสังเกตเดียวกับที่รายงานประจำปีของแต่ละเขตพิมพ์ในภาคผนวก",
                "The same findings each area's annual report prints in its appendix")));
        for (NationalFindings.Unavailable u : q.unavailable()) {
            notes.add(l.t("ไม่มีรายงานของ ", "No report for ") + u.areaCode() + " " + u.nameTh() + " (" + u.status() + ")");
        }
        return new Section("n6-1", title, List.of(
                new Table("n6-codes", l.t("จำนวนข้อสังเกต จำแนกตามประเภท", "Findings by check"),
                        l.t("ที่มา: report-service", "Source: report-service"),
                        List.of(Column.text("code", l.t("ประเภทข้อสังเกต", "Check")),
                                Column.integer("areas", l.t("จำนวนเขต", "Areas")),
                                Column.integer("findings", l.t("จำนวนข้อสังเกต", "Findings"))), codes, List.of(), false).from(from),
                new Table("n6-areas", l.t("จำนวนข้อสังเกตของแต่ละเขต", "Findings per area"),
                        l.t("ที่มา: report-service", "Source: report-service"),
                        List.of(Column.text("area", l.t("รหัส", "Code")),
                                Column.text("name", l.t("สำนักงานเขตพื้นที่การศึกษา", "Area office")),
                                Column.integer("findings", l.t("ข้อสังเกต", "Findings")),
                                Column.integer("major", l.t("สำคัญ", "Major")),
                                Column.integer("minor", l.t("เล็กน้อย", "Minor"))), areas, notes, false).from(from)));
    }

    private static Paragraph none(Lang l) {
        return Paragraph.of(l.t("- ไม่มีข้อมูล -", "- no data -"));
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /** part / whole × 100, half-up to 2 decimals; null where the whole is 0. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, java.math.RoundingMode.HALF_UP);
    }
}
