package org.khet.report.domain;

import java.util.List;

/**
 * One table row; {@code cells} line up with the table's columns and hold a String, a Long, a BigDecimal or
 * null (printed "-"). A {@link RowKind#GROUP} row is a group label spanning the table ("ค่าสาธารณูปโภค").
 */
public record Row(RowKind kind, List<Object> cells) {
    public static Row data(Object... cells) {
        return new Row(RowKind.DATA, java.util.Arrays.asList(cells));
    }

    public static Row subtotal(Object... cells) {
        return new Row(RowKind.SUBTOTAL, java.util.Arrays.asList(cells));
    }

    public static Row total(Object... cells) {
        return new Row(RowKind.TOTAL, java.util.Arrays.asList(cells));
    }

    public static Row group(String label) {
        return new Row(RowKind.GROUP, java.util.Collections.singletonList(label));
    }
}
