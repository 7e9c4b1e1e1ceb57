package org.khet.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboards' charts, drawn on the server as inline SVG (docs/adr/0033): no script, no webjar, the same picture
 * with or without htmx, printable, and the figures beside each chart in a table for screen readers and for copying.
 * Every length is a figure's share of the chart's largest figure (or of a fixed whole such as 100 %), so a test can
 * work a bar's length out by hand.
 */
public final class Charts {
    /** The drawing's width (the page scales it to its column: {@code width:100%}). */
    static final int WIDTH = 640;
    /** The column of category labels on the left of bar charts. */
    static final int LABEL = 180;
    /** The room bars may take: the width less the labels and a margin on the right for each bar's figure. */
    static final int BAR_AREA = WIDTH - LABEL - 60;
    static final int BAR = 14;
    static final int GAP = 10;

    private Charts() {
    }

    /** A named series; {@code index} picks its colour (console.css {@code .s0} … {@code .s3}). */
    public record Series(String name, int index) {
    }

    /** One category: its label and one figure per series (null: no figure, no bar). */
    public record Row(String label, List<BigDecimal> values) {
    }

    /** A drawn chart: its SVG (escaped here, shown raw) and its legend. */
    public record Chart(String svg, List<Series> legend) {
    }

    /**
     * Horizontal bars, one row per category: side by side for each series ({@code stacked} false) or stacked into
     * one bar (true). The scale is {@code whole} when given (100 for percentages), else the largest bar.
     */
    public static Chart bars(String title, List<Series> series, List<Row> rows, boolean stacked, BigDecimal whole) {
        BigDecimal max = whole != null ? whole : largest(rows, stacked);
        int rowHeight = (stacked ? BAR : BAR * series.size()) + GAP;
        int height = Math.max(rowHeight * rows.size(), rowHeight) + GAP;
        StringBuilder s = open(title, height);
        int y = GAP;
        for (Row row : rows) {
            s.append("<text class=\"label\" x=\"").append(LABEL - 6).append("\" y=\"").append(y + (rowHeight - GAP) / 2 + 4)
                    .append("\" text-anchor=\"end\">").append(esc(clip(row.label()))).append("<title>").append(esc(row.label()))
                    .append("</title></text>");
            double x = LABEL;
            for (int i = 0; i < series.size(); i++) {
                BigDecimal v = i < row.values().size() ? row.values().get(i) : null;
                if (v == null) {
                    continue;
                }
                double w = length(v, max);
                int by = stacked ? y : y + i * BAR;
                s.append("<rect class=\"s").append(series.get(i).index()).append("\" x=\"").append(num(x)).append("\" y=\"")
                        .append(by).append("\" width=\"").append(num(w)).append("\" height=\"").append(BAR - 2)
                        .append("\"><title>").append(esc(row.label() + " · " + series.get(i).name() + ": " + v.toPlainString()))
                        .append("</title></rect>");
                if (!stacked) {
                    s.append("<text class=\"value\" x=\"").append(num(x + w + 4)).append("\" y=\"").append(by + BAR - 3)
                            .append("\">").append(v.toPlainString()).append("</text>");
                } else {
                    x += w;
                }
            }
            if (stacked) {
                BigDecimal sum = sum(row.values());
                s.append("<text class=\"value\" x=\"").append(num(x + 4)).append("\" y=\"").append(y + BAR - 3).append("\">")
                        .append(sum.toPlainString()).append("</text>");
            }
            y += rowHeight;
        }
        return new Chart(s.append("</svg>").toString(), series);
    }

    /** One point of a curve: a date and one figure per series (null: no point). */
    public record Point(LocalDate at, List<BigDecimal> values) {
    }

    static final int PLOT_LEFT = 48;
    static final int PLOT_TOP = 10;
    static final int PLOT_WIDTH = WIDTH - PLOT_LEFT - 20;
    static final int PLOT_HEIGHT = 200;

    /**
     * Curves of percentages over time: x from {@code from} to {@code to} in days, y from 0 to 100 %, with lines at
     * 0, 25, 50, 75 and 100 % and the first day of each quarter of the span labelled with its date.
     */
    public static Chart percentCurve(String title, List<Series> series, List<Point> points, LocalDate from, LocalDate to) {
        int height = PLOT_TOP + PLOT_HEIGHT + 30;
        StringBuilder s = open(title, height);
        for (int p = 0; p <= 100; p += 25) {
            double y = y(BigDecimal.valueOf(p));
            s.append("<line class=\"grid\" x1=\"").append(PLOT_LEFT).append("\" x2=\"").append(PLOT_LEFT + PLOT_WIDTH)
                    .append("\" y1=\"").append(num(y)).append("\" y2=\"").append(num(y)).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(PLOT_LEFT - 6).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\">").append(p).append(" %</text>");
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        for (int q = 0; q <= 4; q++) {
            LocalDate d = from.plusDays(days * q / 4);
            double x = x(d, from, days);
            s.append("<text class=\"axis\" x=\"").append(num(x)).append("\" y=\"").append(PLOT_TOP + PLOT_HEIGHT + 18)
                    .append("\" text-anchor=\"middle\">").append(d).append("</text>");
        }
        for (int i = 0; i < series.size(); i++) {
            List<String> xy = new ArrayList<>();
            StringBuilder dots = new StringBuilder();
            for (Point p : points) {
                BigDecimal v = i < p.values().size() ? p.values().get(i) : null;
                if (v == null || p.at() == null) {
                    continue;
                }
                String cx = num(x(p.at(), from, days));
                String cy = num(y(v));
                xy.add(cx + "," + cy);
                dots.append("<circle class=\"s").append(series.get(i).index()).append("\" cx=\"").append(cx).append("\" cy=\"")
                        .append(cy).append("\" r=\"4\"><title>").append(esc(series.get(i).name() + " " + p.at() + ": "
                                + v.toPlainString() + " %")).append("</title></circle>");
            }
            s.append("<polyline class=\"line s").append(series.get(i).index()).append("\" points=\"")
                    .append(String.join(" ", xy)).append("\"/>").append(dots);
        }
        return new Chart(s.append("</svg>").toString(), series);
    }

    static double x(LocalDate d, LocalDate from, long days) {
        return PLOT_LEFT + (double) PLOT_WIDTH * ChronoUnit.DAYS.between(from, d) / days;
    }

    /** A percentage's height from the top: 100 % at the plot's top, 0 % at its bottom (clamped to the plot). */
    static double y(BigDecimal percent) {
        double p = Math.max(0, Math.min(100, percent.doubleValue()));
        return PLOT_TOP + PLOT_HEIGHT * (100 - p) / 100;
    }

    /** A bar's length: its share of {@code max} in the bar area (0 when the max is 0; never beyond the area). */
    static double length(BigDecimal v, BigDecimal max) {
        if (max.signum() <= 0 || v.signum() <= 0) {
            return 0;
        }
        return Math.min(BAR_AREA, BAR_AREA * v.divide(max, 6, RoundingMode.HALF_UP).doubleValue());
    }

    private static BigDecimal largest(List<Row> rows, boolean stacked) {
        BigDecimal max = BigDecimal.ZERO;
        for (Row r : rows) {
            if (stacked) {
                max = max.max(sum(r.values()));
            } else {
                for (BigDecimal v : r.values()) {
                    max = v == null ? max : max.max(v);
                }
            }
        }
        return max;
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static StringBuilder open(String title, int height) {
        return new StringBuilder("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(esc(title))
                .append("\"><title>").append(esc(title)).append("</title>");
    }

    /** One decimal at most: enough for a pixel, and stable for tests. */
    static String num(double v) {
        BigDecimal b = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    /** At most 28 letters (Thai vowel and tone marks stay with their consonant); longer: 27 and "…". */
    static String clip(String label) {
        java.text.BreakIterator it = java.text.BreakIterator.getCharacterInstance(java.util.Locale.forLanguageTag("th"));
        it.setText(label);
        int letters = 0;
        int cut = 0;
        for (int b = it.next(); b != java.text.BreakIterator.DONE; b = it.next()) {
            if (++letters == 27) {
                cut = b;
            } else if (letters > 28) {
                return label.substring(0, cut) + "…";
            }
        }
        return label;
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
