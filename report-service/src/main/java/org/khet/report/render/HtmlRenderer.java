package org.khet.report.render;

import org.khet.report.domain.Block;
import org.khet.report.domain.Chart;
import org.khet.report.domain.Column;
import org.khet.report.domain.Heading;
import org.khet.report.domain.ItemList;
import org.khet.report.domain.Paragraph;
import org.khet.report.domain.Part;
import org.khet.report.domain.ProjectPage;
import org.khet.report.domain.Report;
import org.khet.report.domain.Row;
import org.khet.report.domain.RowKind;
import org.khet.report.domain.Section;
import org.khet.report.domain.Table;

import org.khet.report.mapping.FindingMapping;
import org.khet.report.words.Words;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Print-ready A4 HTML: a cover, the contents, the four parts and the appendix each from a new page, every table
 * with its totals, and inline SVG bar charts. Only the Thai font stack is asked of the reader's machine.
 */
public final class HtmlRenderer {
    static final String FONT_STACK = "\"Sarabun\", \"TH Sarabun New\", \"TH SarabunPSK\", \"Laksaman\", \"Noto Sans Thai\", "
            + "\"Noto Serif Thai\", \"Tahoma\", sans-serif";
    private static final String[] PALETTE = {"#1f4e79", "#c55a11", "#548235", "#7f6000"};

    private final StringBuilder out = new StringBuilder(256 * 1024);
    /** The report's own words, in its language (ADR 0027). */
    private final Words w;
    private final boolean thai;
    /** "ฉบับที่ 1 เผยแพร่เมื่อ …" / "ฉบับร่าง ณ วันที่ …" on every printed page but the cover; null: none. */
    private final String copyLine;
    /** The page of each part and section (by id) for the contents of a printed copy; null for the HTML format. */
    private final Map<String, Integer> pages;

    private HtmlRenderer(Words w, boolean thai, Map<String, Integer> pages, String copyLine) {
        this.w = w;
        this.thai = thai;
        this.copyLine = copyLine;
        this.pages = pages;
    }

    public static byte[] render(Report r, RenderOptions options) {
        return render(r, options, null);
    }

    /**
     * The HTML for printing (the PDF): the contents give each part's and section's page, an empty placeholder of the
     * same width where {@code pages} has none yet (so the first pass lays the contents out as the last one does).
     */
    static byte[] render(Report r, RenderOptions options, Map<String, Integer> pages) {
        Words w = Words.of(r.lang());
        HtmlRenderer h = new HtmlRenderer(w, options.thaiDigits() && w.thai(), pages, options.copyLine(w));
        h.document(r);
        return h.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A contents entry: the title, and in a printed copy its page right-aligned. */
    private void tocEntry(String id, String title) {
        out.append("<a href=\"#").append(attr(id)).append("\">");
        if (pages == null) {
            out.append(t(title)).append("</a>");
            return;
        }
        Integer page = pages.get(id);
        out.append("<span class=\"toc-title\">").append(t(title)).append("</span><span class=\"toc-page\">")
                .append(page == null ? "" : t(String.valueOf(page))).append("</span></a>");
    }

    private void document(Report r) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(w.lang().code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(t(r.title() + " " + r.subtitle())).append("</title>\n<style>\n").append(CSS)
                .append(thai ? PAGE_NUMBER_CSS.formatted("thai") : PAGE_NUMBER_CSS.formatted("decimal"));
        if (copyLine != null) {
            out.append(COPY_LINE_CSS.formatted(cssString(Fmt.digits(copyLine, thai))));
        }
        out.append("</style>\n</head>\n<body>\n");
        out.append("<section class=\"cover\">\n<p class=\"cover-kicker\">").append(t(w.tr("รายงาน ผลการดำเนินงาน")))
                .append("</p>\n<h1 class=\"cover-title\">").append(t(w.tr("ประจำปีงบประมาณ พ.ศ. {0}", r.fiscalYear()))).append("</h1>\n<p class=\"cover-area\">")
                .append(t(r.subtitle())).append("</p>\n<p class=\"cover-obec\">")
                .append(t(w.tr("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"))).append("</p>\n<p class=\"cover-meta\">")
                .append(t(w.tr("ข้อมูลปีการศึกษา {0} · ปีงบประมาณ {1}", r.academicYear(), r.fiscalYear())))
                .append("</p>\n");
        if (copyLine != null) {
            out.append("<p class=\"cover-copy\">").append(t(copyLine)).append("</p>\n");
        }
        out.append("</section>\n");
        out.append("<nav class=\"toc\">\n<h2>").append(t(w.tr("สารบัญ"))).append("</h2>\n<ol>\n");
        for (Part p : r.parts()) {
            out.append("<li>");
            tocEntry(p.id(), p.title());
            out.append("<ol>");
            for (Section s : p.sections()) {
                out.append("<li>");
                tocEntry(s.id(), s.title());
                out.append("</li>");
            }
            out.append("</ol></li>\n");
        }
        out.append("</ol>\n</nav>\n");
        for (Part p : r.parts()) {
            out.append("<section class=\"part\" id=\"").append(attr(p.id())).append("\">\n<h1>").append(t(p.title()))
                    .append("</h1>\n");
            for (Section s : p.sections()) {
                out.append("<section class=\"section\" id=\"").append(attr(s.id())).append("\">\n<h2>")
                        .append(t(s.title())).append("</h2>\n");
                for (Block b : s.blocks()) {
                    block(b);
                }
                out.append("</section>\n");
            }
            out.append("</section>\n");
        }
        out.append("</body>\n</html>\n");
    }

    private void block(Block b) {
        if (b instanceof Heading h) {
            out.append("<h3>").append(t(h.text())).append("</h3>\n");
        } else if (b instanceof Paragraph p) {
            out.append("<p>");
            if (p.label() != null) {
                out.append("<strong>").append(t(p.label())).append("</strong> ");
            }
            out.append(t(p.text())).append("</p>\n");
        } else if (b instanceof ItemList l) {
            if (l.title() != null) {
                out.append("<h4>").append(t(l.title())).append("</h4>\n");
            }
            out.append(l.numbered() ? "<ol>" : "<ul>");
            for (String i : l.items()) {
                out.append("<li>").append(t(i)).append("</li>");
            }
            out.append(l.numbered() ? "</ol>\n" : "</ul>\n");
        } else if (b instanceof Table tb) {
            table(tb);
        } else if (b instanceof Chart c) {
            chart(c);
        } else if (b instanceof ProjectPage p) {
            project(p);
        }
    }

    private void table(Table tb) {
        boolean th = thai || tb.thaiDigits();
        out.append("<table id=\"").append(attr(tb.id())).append("\">\n<caption>").append(t(tb.title(), th))
                .append("</caption>\n<thead><tr>");
        for (Column c : tb.columns()) {
            out.append("<th>").append(t(c.header(), th)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Row r : tb.rows()) {
            if (r.kind() == RowKind.GROUP) {
                out.append("<tr class=\"group\"><td colspan=\"").append(tb.columns().size()).append("\">")
                        .append(t(String.valueOf(r.cells().get(0)), th)).append("</td></tr>\n");
                continue;
            }
            out.append("<tr").append(r.kind() == RowKind.DATA ? "" : " class=\"" + r.kind().name().toLowerCase() + "\"")
                    .append(">");
            for (int i = 0; i < tb.columns().size(); i++) {
                Column c = tb.columns().get(i);
                out.append(c.type().numeric() ? "<td class=\"num\">" : "<td>")
                        .append(t(Fmt.cell(r.cells().get(i), c.type()), th)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        for (String n : tb.notes()) {
            out.append("<p class=\"note\">").append(t(n, th)).append("</p>\n");
        }
        String source = sourceLine(w, tb, th);
        if (source != null) {
            out.append("<p class=\"source\">").append(escape(source)).append("</p>\n");
        }
    }

    /**
     * "ที่มา: ข้อมูลโรงเรียนและบุคลากร /v1/areas/5602/summary?academicYear=2565 · ปีการศึกษา 2565 · รอบที่ 1": the
     * table's provenance (the service by its Thai name, the resource, year, round); Thai digits where asked, never in
     * the resource (a request path is a code); null when the table has none.
     */
    static String sourceLine(Words w, Table tb, boolean thaiDigits) {
        var p = tb.provenance();
        if (p == null || p.service() == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(w.tr("ที่มา: {0}", FindingMapping.service(w, p.service())));
        if (p.resource() != null) {
            b.append(" ").append(p.resource().replaceFirst("^GET ", ""));
        }
        StringBuilder years = new StringBuilder();
        if (p.fiscalYear() != null) {
            years.append(" · ").append(w.tr("ปีงบประมาณ {0}", p.fiscalYear()));
        }
        if (p.academicYear() != null) {
            years.append(" · ").append(w.tr("ปีการศึกษา {0}", p.academicYear()));
        }
        if (p.round() != null) {
            years.append(" · ").append(w.tr("รอบที่ {0}", p.round()));
        }
        return b.append(Fmt.digits(years.toString(), thaiDigits)).toString();
    }

    /** A CSS string literal. */
    private static String cssString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private void project(ProjectPage p) {
        out.append("<article class=\"project\">\n<h4>").append(t(p.number() + " " + p.title())).append("</h4>\n");
        out.append("<table class=\"money\"><tbody>")
                .append("<tr><th>").append(t(w.tr("งบประมาณ"))).append("</th><td class=\"num\">")
                .append(t(w.tr("{0} บาท", Fmt.money(p.budget())))).append("</td></tr>")
                .append("<tr><th>").append(t(w.tr("ใช้จริง"))).append("</th><td class=\"num\">")
                .append(t(w.tr("{0} บาท", Fmt.money(p.spent())))).append("</td></tr>")
                .append("<tr class=\"total\"><th>").append(t(w.tr("คงเหลือ"))).append("</th><td class=\"num\">")
                .append(t(w.tr("{0} บาท", Fmt.money(p.remaining())))).append("</td></tr>")
                .append("</tbody></table>\n");
        if (!p.owners().isEmpty()) {
            out.append("<p><strong>").append(t(w.tr("ผู้รับผิดชอบโครงการ"))).append("</strong> ")
                    .append(t(String.join(", ", p.owners()))).append("</p>\n");
        }
        if (p.achieved() != null) {
            out.append("<p><strong>").append(t(w.tr("ผลสัมฤทธิ์"))).append("</strong> ")
                    .append(t(p.achieved() ? w.tr("บรรลุ") : w.tr("ไม่บรรลุ"))).append("</p>\n");
        }
        if (!p.resultGroups().isEmpty()) {
            out.append("<h5>").append(t(w.tr("ผลการดำเนินงาน"))).append("</h5>\n");
        }
        for (ProjectPage.ResultGroup g : p.resultGroups()) {
            items(g.title() == null ? null : w.tr(g.title()), g.items());
        }
        items(w.tr("ปัญหาอุปสรรค"), p.problems());
        items(w.tr("ข้อเสนอแนะ"), p.suggestions());
        if (!p.photos().isEmpty()) {
            out.append("<h5>").append(t(w.tr("ภาพกิจกรรม"))).append("</h5>\n<ul class=\"photos\">");
            for (ProjectPage.Photo ph : p.photos()) {
                out.append("<li>");
                if (ph.url() != null) {
                    out.append("<a href=\"").append(attr(ph.url())).append("\">")
                            .append(t(ph.caption() == null ? ph.url() : ph.caption())).append("</a>");
                } else {
                    out.append(t(ph.caption()));
                }
                out.append("</li>");
            }
            out.append("</ul>\n");
        }
        out.append("</article>\n");
    }

    /** A titled list of a project page; nothing at all when the project reported none (no invented "- ไม่มี -"). */
    private void items(String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        if (title != null) {
            out.append("<h6>").append(t(title)).append("</h6>\n");
        }
        out.append("<ul>");
        for (String i : items) {
            out.append("<li>").append(t(i)).append("</li>");
        }
        out.append("</ul>\n");
    }

    /** A grouped bar chart in SVG: one group per category, one bar per series, values over the bars. */
    private void chart(Chart c) {
        int w = 680;
        int h = 300;
        int left = 56;
        int bottom = 60;
        int top = 20;
        double max = 0;
        for (Chart.Series s : c.series()) {
            for (BigDecimal v : s.values()) {
                if (v != null) {
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        double scaleDiv = max >= 1_000_000 ? 1_000_000 : 1;
        String unit = scaleDiv > 1 ? this.w.tr("ล้าน{0}", c.unit()) : c.unit();
        double niceMax = nice(max / scaleDiv);
        int plotH = h - top - bottom;
        int plotW = w - left - 10;
        int groups = Math.max(1, c.categories().size());
        double groupW = (double) plotW / groups;
        double barW = Math.min(36, (groupW - 12) / Math.max(1, c.series().size()));
        out.append("<figure class=\"chart\" id=\"").append(attr(c.id())).append("\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" ")
                .append("viewBox=\"0 0 ").append(w).append(' ').append(h + 24).append("\" width=\"100%\" role=\"img\" aria-label=\"")
                .append(attr(c.title())).append("\" font-family=\"").append(attr(FONT_STACK)).append("\" font-size=\"11\">\n");
        for (int i = 0; i <= 4; i++) {
            double v = niceMax * i / 4;
            double y = top + plotH - plotH * i / 4.0;
            out.append("<line x1=\"").append(left).append("\" x2=\"").append(w - 10).append("\" y1=\"").append(n(y))
                    .append("\" y2=\"").append(n(y)).append("\" stroke=\"#ccc\" stroke-width=\"0.5\"/>")
                    .append("<text x=\"").append(left - 4).append("\" y=\"").append(n(y + 4))
                    .append("\" text-anchor=\"end\">").append(t(trim(v))).append("</text>\n");
        }
        out.append("<text x=\"4\" y=\"12\">").append(t(unit)).append("</text>\n");
        for (int g = 0; g < c.categories().size(); g++) {
            double gx = left + g * groupW + (groupW - barW * c.series().size()) / 2;
            for (int s = 0; s < c.series().size(); s++) {
                BigDecimal v = g < c.series().get(s).values().size() ? c.series().get(s).values().get(g) : null;
                if (v == null) {
                    continue;
                }
                double val = v.doubleValue() / scaleDiv;
                double bh = niceMax == 0 ? 0 : plotH * val / niceMax;
                double x = gx + s * barW;
                double y = top + plotH - bh;
                out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                        .append(n(barW - 2)).append("\" height=\"").append(n(bh)).append("\" fill=\"")
                        .append(PALETTE[s % PALETTE.length]).append("\"/>")
                        .append("<text x=\"").append(n(x + (barW - 2) / 2)).append("\" y=\"").append(n(y - 3))
                        .append("\" text-anchor=\"middle\" font-size=\"9\">").append(t(trim(val))).append("</text>\n");
            }
            out.append("<text x=\"").append(n(left + g * groupW + groupW / 2)).append("\" y=\"").append(top + plotH + 16)
                    .append("\" text-anchor=\"middle\">").append(t(c.categories().get(g))).append("</text>\n");
        }
        double lx = left;
        for (int s = 0; s < c.series().size(); s++) {
            out.append("<rect x=\"").append(n(lx)).append("\" y=\"").append(h - 14).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(PALETTE[s % PALETTE.length]).append("\"/><text x=\"").append(n(lx + 16)).append("\" y=\"")
                    .append(h - 4).append("\">").append(t(c.series().get(s).name())).append("</text>\n");
            lx += 30 + 12 * c.series().get(s).name().length();
        }
        out.append("</svg>\n<figcaption>").append(t(c.title())).append("</figcaption>\n</figure>\n");
    }

    private static double nice(double max) {
        if (max <= 0) {
            return 1;
        }
        double exp = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            if (m * exp >= max) {
                return m * exp;
            }
        }
        return 10 * exp;
    }

    private static String n(double d) {
        return BigDecimal.valueOf(d).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String trim(double d) {
        return BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private String t(String s) {
        return t(s, thai);
    }

    private static String t(String s, boolean thaiDigits) {
        return escape(Fmt.digits(s == null ? "" : s, thaiDigits));
    }

    private static String attr(String s) {
        return escape(s == null ? "" : s);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Running page numbers at the foot of every printed page but the cover (CSS page-margin boxes). */
    private static final String PAGE_NUMBER_CSS = """
            @page { @bottom-center { content: counter(page, %s); font-size: 12pt; } }
            @page :first { @bottom-center { content: none; } }
            """;

    /** Which copy this is, at the foot of every printed page but the cover, left of the page number (CSS page-margin boxes). */
    private static final String COPY_LINE_CSS = """
            @page { @bottom-left { content: %s; font-size: 10pt; color: #444; } }
            @page :first { @bottom-left { content: none; } }
            """;

    private static final String CSS = """
            @page { size: A4; margin: 20mm 18mm 20mm 25mm; }
            html { font-family: %s; font-size: 14pt; line-height: 1.45; color: #111; }
            body { margin: 0 auto; max-width: 170mm; }
            h1, h2, h3, h4, h5, h6 { font-weight: 700; line-height: 1.3; page-break-after: avoid; break-after: avoid; }
            h1 { font-size: 20pt; text-align: center; margin: 0 0 12pt; }
            h2 { font-size: 16pt; margin: 16pt 0 8pt; }
            h3 { font-size: 15pt; margin: 12pt 0 6pt; }
            h4, h5 { font-size: 14pt; margin: 10pt 0 4pt; }
            h6 { font-size: 13pt; margin: 6pt 0 2pt; }
            .cover { height: 247mm; display: flex; flex-direction: column; justify-content: center; text-align: center; }
            .cover-kicker { font-size: 24pt; font-weight: 700; margin: 0; }
            .cover-title { font-size: 26pt; }
            .cover-area, .cover-obec { font-size: 18pt; font-weight: 700; margin: 4pt 0; }
            .cover-meta { font-size: 14pt; margin-top: 24pt; }
            .toc, .part { page-break-before: always; break-before: page; }
            .toc ol { list-style: none; padding-left: 0; } .toc ol ol { padding-left: 1.5em; }
            .toc a { color: inherit; text-decoration: none; }
            .toc a:has(.toc-page) { display: flex; align-items: baseline; }
            .toc-title { flex: 1; } .toc-page { flex: none; width: 3em; text-align: right; }
            table { border-collapse: collapse; width: 100%%; margin: 6pt 0 4pt; font-size: 12pt; page-break-inside: auto; }
            caption { caption-side: top; text-align: left; font-weight: 700; padding: 4pt 0; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; break-inside: avoid; }
            th, td { border: 0.5pt solid #444; padding: 2pt 4pt; vertical-align: top; }
            th { background: #dde7f0; text-align: center; }
            td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            tr.subtotal td { font-weight: 700; background: #f2f2f2; }
            tr.total td, tr.total th { font-weight: 700; background: #e2e2e2; }
            tr.group td { font-weight: 700; font-style: italic; }
            .note { font-size: 12pt; margin: 2pt 0 10pt; }
            .source { font-size: 11pt; color: #444; margin: 0 0 10pt; }
            .cover-copy { font-size: 14pt; margin-top: 12pt; }
            figure.chart { margin: 8pt 0 12pt; page-break-inside: avoid; break-inside: avoid; }
            figcaption { text-align: center; font-size: 12pt; }
            article.project { page-break-inside: avoid; break-inside: avoid; border-top: 0.5pt solid #999; padding-top: 4pt; }
            table.money { width: auto; } table.money th { text-align: left; background: none; }
            ul.photos { font-size: 12pt; }
            @media screen { body { padding: 12mm; } .part, .toc { border-top: 2px dashed #bbb; margin-top: 24pt; } }
            """.formatted(FONT_STACK);
}
