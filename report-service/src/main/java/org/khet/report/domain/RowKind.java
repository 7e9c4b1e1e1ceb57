package org.khet.report.domain;

/** Data rows, group labels, subtotals (รวมประถมศึกษา) and the grand total (รวม / รวมทั้งสิ้น). */
public enum RowKind {
    DATA, GROUP, SUBTOTAL, TOTAL
}
