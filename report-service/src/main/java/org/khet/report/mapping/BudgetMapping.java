package org.khet.report.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.khet.report.domain.Block;
import org.khet.report.domain.Chart;
import org.khet.report.domain.Column;
import org.khet.report.domain.Section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.khet.report.mapping.J.*;

/** budget-service's budget summary → part 3, 5. ด้านการบริหารงบประมาณ: execution by category and the operating plan. */
public final class BudgetMapping {
    static final String SRC = "budget-service";

    private BudgetMapping() {
    }

    public static Section budget(JsonNode b, int fiscalYear) {
        List<Block> blocks = new ArrayList<>();
        String asOf = ThaiDates.longDate(text(b, "asOf"));
        Tables ex = Tables.of("t3.5.1", "ผลการเบิกจ่ายงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. " + fiscalYear, SRC,
                Column.text("category", "งบประมาณ"), Column.money("allocated", "งบประมาณที่ได้รับจัดสรร"),
                Column.money("disbursed", "เบิกจ่าย"), Column.money("committed", "ผูกพัน PO"),
                Column.money("remaining", "คงเหลือ"), Column.percent("percent", "ร้อยละ"));
        List<String> cats = new ArrayList<>();
        List<BigDecimal> alloc = new ArrayList<>();
        List<BigDecimal> disb = new ArrayList<>();
        for (JsonNode c : list(b, "categories")) {
            String name = text(c, "nameTh", "categoryNameTh", "category");
            ex.row(name, dec(c, "allocated"), dec(c, "disbursed"), zero(dec(c, "committed")), dec(c, "remaining"),
                    dec(c, "percentDisbursed", "percent"));
            cats.add(name);
            alloc.add(dec(c, "allocated"));
            disb.add(dec(c, "disbursed"));
        }
        if (ex.dataRows() > 0) {
            JsonNode t = node(b, "total");
            ex.totalRow("รวม", present(t) ? java.util.Arrays.asList(null, dec(t, "allocated"), dec(t, "disbursed"),
                    zero(dec(t, "committed")), dec(t, "remaining"), dec(t, "percentDisbursed", "percent")) : null);
        }
        ex.note(asOf == null ? null : "ข้อมูล ณ วันที่ " + asOf);
        blocks.add(ex.build());
        if (!cats.isEmpty()) {
            blocks.add(new Chart("c3.5.1", "แผนภูมิงบประมาณที่ได้รับจัดสรรและผลการเบิกจ่าย จำแนกตามประเภทงบประมาณ", "บาท",
                    cats, List.of(new Chart.Series("ได้รับจัดสรร", alloc), new Chart.Series("เบิกจ่าย", disb))));
        }

        JsonNode plan = node(b, "operatingPlan", "plan");
        Tables op = Tables.of("t3.5.2", "ผลการเบิกจ่ายงบประมาณตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. " + fiscalYear, SRC,
                Column.text("no", "ลำดับ"), Column.text("item", "รายการ"), Column.money("planned", "งบประมาณ"),
                Column.money("spent", "ผลการเบิกจ่าย"), Column.money("balance", "คงเหลือ"));
        for (JsonNode sec : list(plan, "sections")) {
            List<JsonNode> groups = list(sec, "groups");
            boolean single = groups.size() == 1 && list(groups.get(0), "lines").size() == 1;
            for (JsonNode g : groups) {
                String gname = text(g, "groupTh", "nameTh");
                if (gname != null && !single) {
                    op.group(gname);
                }
                for (JsonNode l : list(g, "lines")) {
                    op.row(text(l, "lineNo", "no"), text(l, "itemTh", "nameTh", "item"), dec(l, "planned"),
                            dec(l, "spent"), dec(l, "balance"));
                }
            }
            if (!single) {
                op.subtotal("", "รวม" + SchoolMapping.nz(text(sec, "sectionTh", "nameTh")), dec(sec, "planned"),
                        dec(sec, "spent"), dec(sec, "balance"));
            }
        }
        if (op.dataRows() > 0) {
            op.total("", "รวมทั้งหมด", dec(plan, "planned"), dec(plan, "spent"), dec(plan, "balance"));
        }
        blocks.add(op.build());
        return new Section("p3-budget", "5. ด้านการบริหารงบประมาณ", blocks);
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null || v.signum() == 0 ? null : v;
    }
}
