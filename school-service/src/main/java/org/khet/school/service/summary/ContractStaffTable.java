package org.khet.school.service.summary;

import org.khet.contracts.read.school.AreaSummary.ContractStaff;
import org.khet.contracts.read.school.AreaSummary.TypeCount;

import java.util.List;

import static org.khet.school.service.summary.SummaryTable.CONTRACT_STAFF;

/** 1.1.5 จำนวนอัตราจ้าง: the schools' contract staff by type, and the total. */
public final class ContractStaffTable {

    /** @param types every contract type in the report's order, with its head count (zero where none) */
    public TableResult<ContractStaff> compute(List<TypeCount> types) {
        Figures figures = new Figures();
        int total = 0;
        for (TypeCount t : types) {
            total += t.count();
            figures.put(CONTRACT_STAFF, t.type(), "count", t.count()).label(CONTRACT_STAFF, t.type(), t.nameTh());
        }
        figures.put(CONTRACT_STAFF, FigureKey.TOTAL, "count", total);
        return TableResult.of(new ContractStaff(List.copyOf(types), total), figures);
    }
}
