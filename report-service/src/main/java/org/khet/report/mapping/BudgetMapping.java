package org.khet.report.mapping;

import org.khet.contracts.read.budget.AreaBudgetView;
import org.khet.contracts.read.budget.AreaBudgetView.CategoryRow;
import org.khet.contracts.read.budget.AreaBudgetView.PlanGroup;
import org.khet.contracts.read.budget.AreaBudgetView.PlanLine;
import org.khet.contracts.read.budget.AreaBudgetView.PlanSection;
import org.khet.contracts.read.budget.AreaBudgetView.PlanSummary;
import org.khet.report.domain.Block;
import org.khet.report.domain.Chart;
import org.khet.report.domain.Column;
import org.khet.report.domain.Section;
import org.khet.report.words.Words;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.khet.report.mapping.SchoolMapping.nz;
import static org.khet.report.mapping.SchoolMapping.orEmpty;

/** budget-service's budget summary → part 3, 5. ด้านการบริหารงบประมาณ: execution by category and the operating plan. */
public final class BudgetMapping {
    static final String SRC = "budget-service";

    private BudgetMapping() {
    }

    public static Section budget(Words w, AreaBudgetView b, int fiscalYear) {
        List<Block> blocks = new ArrayList<>();
        String asOf = b == null || b.asOf() == null ? null : w.date(b.asOf());
        Tables ex = Tables.of(w, "t3.5.1", w.tr("ผลการเบิกจ่ายงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. {0}", fiscalYear), SRC,
                Column.text("category", w.tr("งบประมาณ")), Column.money("allocated", w.tr("งบประมาณที่ได้รับจัดสรร")),
                Column.money("disbursed", w.tr("เบิกจ่าย")), Column.money("committed", w.tr("ผูกพัน PO")),
                Column.money("remaining", w.tr("คงเหลือ")), Column.percent("percent", w.tr("ร้อยละ")));
        List<String> cats = new ArrayList<>();
        List<BigDecimal> alloc = new ArrayList<>();
        List<BigDecimal> disb = new ArrayList<>();
        for (CategoryRow c : b == null ? List.<CategoryRow>of() : orEmpty(b.categories())) {
            String name = c.nameTh() != null ? c.nameTh() : c.category();
            ex.row(name, c.allocated(), c.disbursed(), zero(c.committed()), c.remaining(), c.percentDisbursed());
            cats.add(name);
            alloc.add(c.allocated());
            disb.add(c.disbursed());
        }
        if (ex.dataRows() > 0) {
            CategoryRow t = b.total();
            ex.totalRow(w.tr("รวม"), t == null ? null : java.util.Arrays.asList(null, t.allocated(), t.disbursed(),
                    zero(t.committed()), t.remaining(), t.percentDisbursed()));
        }
        ex.note(asOf == null ? null : w.tr("ข้อมูล ณ วันที่ {0}", asOf));
        blocks.add(ex.build());
        if (!cats.isEmpty()) {
            blocks.add(new Chart("c3.5.1", w.tr("แผนภูมิงบประมาณที่ได้รับจัดสรรและผลการเบิกจ่าย จำแนกตามประเภทงบประมาณ"), w.tr("บาท"),
                    cats, List.of(new Chart.Series(w.tr("ได้รับจัดสรร"), alloc), new Chart.Series(w.tr("เบิกจ่าย"), disb))));
        }

        PlanSummary plan = b == null ? null : b.operatingPlan();
        Tables op = Tables.of(w, "t3.5.2", w.tr("ผลการเบิกจ่ายงบประมาณตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. {0}", fiscalYear), SRC,
                Column.text("no", w.tr("ลำดับ")), Column.text("item", w.tr("รายการ")), Column.money("planned", w.tr("งบประมาณ")),
                Column.money("spent", w.tr("ผลการเบิกจ่าย")), Column.money("balance", w.tr("คงเหลือ")));
        for (PlanSection sec : plan == null ? List.<PlanSection>of() : orEmpty(plan.sections())) {
            List<PlanGroup> groups = orEmpty(sec.groups());
            // a section of one group of one line is printed as that line alone, without group and subtotal
            boolean single = groups.size() == 1 && orEmpty(groups.get(0).lines()).size() == 1;
            for (PlanGroup g : groups) {
                if (g.groupTh() != null && !single) {
                    op.group(g.groupTh());
                }
                for (PlanLine l : orEmpty(g.lines())) {
                    op.row(Integer.toString(l.lineNo()), l.itemTh(), l.planned(), l.spent(), l.balance());
                }
            }
            if (!single) {
                op.subtotal("", w.tr("รวม{0}", nz(sec.sectionTh())), sec.planned(), sec.spent(), sec.balance());
            }
        }
        if (op.dataRows() > 0) {
            op.total("", w.tr("รวมทั้งหมด"), plan.planned(), plan.spent(), plan.balance());
        }
        blocks.add(op.build());
        return new Section("p3-budget", w.tr("5. ด้านการบริหารงบประมาณ"), blocks);
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null || v.signum() == 0 ? null : v;
    }
}
