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

    public static Section budget(AreaBudgetView b, int fiscalYear) {
        List<Block> blocks = new ArrayList<>();
        String asOf = b == null || b.asOf() == null ? null : ThaiDates.longDate(b.asOf().toString());
        Tables ex = Tables.of("t3.5.1", "ผลการเบิกจ่ายงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. " + fiscalYear, SRC,
                Column.text("category", "งบประมาณ"), Column.money("allocated", "งบประมาณที่ได้รับจัดสรร"),
                Column.money("disbursed", "เบิกจ่าย"), Column.money("committed", "ผูกพัน PO"),
                Column.money("remaining", "คงเหลือ"), Column.percent("percent", "ร้อยละ"));
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
            ex.totalRow("รวม", t == null ? null : java.util.Arrays.asList(null, t.allocated(), t.disbursed(),
                    zero(t.committed()), t.remaining(), t.percentDisbursed()));
        }
        ex.note(asOf == null ? null : "ข้อมูล ณ วันที่ " + asOf);
        blocks.add(ex.build());
        if (!cats.isEmpty()) {
            blocks.add(new Chart("c3.5.1", "แผนภูมิงบประมาณที่ได้รับจัดสรรและผลการเบิกจ่าย จำแนกตามประเภทงบประมาณ", "บาท",
                    cats, List.of(new Chart.Series("ได้รับจัดสรร", alloc), new Chart.Series("เบิกจ่าย", disb))));
        }

        PlanSummary plan = b == null ? null : b.operatingPlan();
        Tables op = Tables.of("t3.5.2", "ผลการเบิกจ่ายงบประมาณตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. " + fiscalYear, SRC,
                Column.text("no", "ลำดับ"), Column.text("item", "รายการ"), Column.money("planned", "งบประมาณ"),
                Column.money("spent", "ผลการเบิกจ่าย"), Column.money("balance", "คงเหลือ"));
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
                op.subtotal("", "รวม" + nz(sec.sectionTh()), sec.planned(), sec.spent(), sec.balance());
            }
        }
        if (op.dataRows() > 0) {
            op.total("", "รวมทั้งหมด", plan.planned(), plan.spent(), plan.balance());
        }
        blocks.add(op.build());
        return new Section("p3-budget", "5. ด้านการบริหารงบประมาณ", blocks);
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null || v.signum() == 0 ? null : v;
    }
}
