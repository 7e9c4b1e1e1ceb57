package org.khet.budget.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;

/** A budget category (หมวดงบประมาณ): งบบุคลากร, งบดำเนินงาน, งบลงทุน, งบเงินอุดหนุน, งบรายจ่ายอื่น. */
@Entity
@Table(name = "budget_category")
public class BudgetCategory extends PanacheEntityBase {
    @Id
    public String code;
    @Column(name = "name_th")
    public String nameTh;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "sort_order")
    public int sortOrder;

    public static List<BudgetCategory> ordered() {
        return list("order by sortOrder");
    }
}
