package org.khet.report.render;

import org.khet.report.domain.ColumnType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How figures are printed in the report (HTML, DOCX): thousands separators, two decimals, "-" for nothing. */
public final class Fmt {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private Fmt() {
    }

    public static String cell(Object v, ColumnType type) {
        if (v == null) {
            return "-";
        }
        if (v instanceof String s) {
            return s;
        }
        BigDecimal d = v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
        return switch (type) {
            case INTEGER -> new DecimalFormat("#,##0", SYMBOLS).format(d.setScale(0, RoundingMode.HALF_UP));
            case MONEY -> new DecimalFormat("#,##0.00", SYMBOLS).format(d.setScale(2, RoundingMode.HALF_UP));
            case BAHT -> d.remainder(BigDecimal.ONE).signum() == 0
                    ? new DecimalFormat("#,##0", SYMBOLS).format(d.setScale(0, RoundingMode.UNNECESSARY))
                    : new DecimalFormat("#,##0.00", SYMBOLS).format(d.setScale(2, RoundingMode.HALF_UP));
            case DECIMAL, PERCENT -> new DecimalFormat("#,##0.00", SYMBOLS).format(d.setScale(2, RoundingMode.HALF_UP));
            case SIGNED_DECIMAL -> (d.signum() > 0 ? "+" : "")
                    + new DecimalFormat("#,##0.00", SYMBOLS).format(d.setScale(2, RoundingMode.HALF_UP));
            case TEXT -> d.toPlainString();
        };
    }

    public static String money(BigDecimal d) {
        return cell(d, ColumnType.MONEY);
    }

    /** Arabic digits → Thai digits (๐–๙) when asked; everything else unchanged. */
    public static String digits(String s, boolean thai) {
        if (!thai || s == null) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
        }
        return sb.toString();
    }
}
