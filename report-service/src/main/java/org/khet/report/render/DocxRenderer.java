package org.khet.report.render;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.khet.report.domain.Block;
import org.khet.report.domain.Chart;
import org.khet.report.domain.Column;
import org.khet.report.domain.ColumnType;
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
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigDecimal;
import org.khet.report.words.Words;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An editable Word document (Apache POI XWPF) with the report's structure as real Word structures: Title and
 * Heading 1–3 styles (they fill Word's navigation pane and its table of contents field), Caption paragraphs,
 * Word tables with a repeating header row, and a page break before each part. Thai is set as the complex
 * script, in TH Sarabun New, so Word shapes it properly.
 */
public final class DocxRenderer {
    static final String FONT = "TH Sarabun New";
    /** The contents field: parts and sections (Heading 1–2), as the HTML's contents; hyperlinked, no tab leader change. */
    static final String TOC_INSTRUCTION = " TOC \\o \"1-2\" \\h \\z \\u ";
    /** The measuring pass's page number: as wide as the widest real one, so the real ones never lengthen a line. */
    static final String PLACEHOLDER_PAGE = "000";
    private final XWPFDocument doc = new XWPFDocument();
    /** The report's own words, in its language (ADR 0027). */
    private final Words w;
    private final boolean thai;
    private final TocPages toc;
    private int bookmarks;

    private final String copyLine;

    private DocxRenderer(Words w, boolean thai, TocPages toc, String copyLine) {
        this.w = w;
        this.thai = thai;
        this.toc = toc;
        this.copyLine = copyLine;
    }

    /** One entry of the contents: a part (level 1) or a section (level 2), by its id. */
    public record TocEntry(String id, int level, String title) {
    }

    /**
     * The contents' page numbers: by entry id ({@code placeholder}: the measuring pass, every entry
     * {@link #PLACEHOLDER_PAGE}); {@code missing} says, in the report's language, why there are none (printed under
     * the contents, inside the field, so Word's update removes it).
     */
    public record TocPages(Map<String, Integer> pages, boolean placeholder, String missing) {
        static TocPages measuring() {
            return new TocPages(Map.of(), true, null);
        }

        static TocPages of(Map<String, Integer> pages) {
            return new TocPages(pages, false, null);
        }

        static TocPages unavailable(String why) {
            return new TocPages(Map.of(), false, why);
        }
    }

    /** The DOCX without page numbers in its contents, saying why (no LibreOffice to count the pages). */
    public static byte[] render(Report r, RenderOptions options) {
        return render(r, options, TocPages.unavailable(DocxPaginator.NO_PAGES_TH));
    }

    static byte[] render(Report r, RenderOptions options, TocPages toc) {
        Words w = Words.of(r.lang());
        DocxRenderer d = new DocxRenderer(w, options.thaiDigits(), toc, options.copyLine(w));
        d.document(r);
        return ZipNormalizer.write(d.doc, r, "DOCX", 128 * 1024);
    }

    /** The contents' entries in reading order: every part and its sections, titles as the DOCX prints them. */
    public static List<TocEntry> contents(Report r, RenderOptions options) {
        List<TocEntry> entries = new ArrayList<>();
        for (Part p : r.parts()) {
            entries.add(new TocEntry(p.id(), 1, Fmt.digits(p.title(), options.thaiDigits())));
            for (Section s : p.sections()) {
                entries.add(new TocEntry(s.id(), 2, Fmt.digits(s.title(), options.thaiDigits())));
            }
        }
        return entries;
    }

    private void document(Report r) {
        styles();
        page();

        para("Title", w.tr("รายงาน ผลการดำเนินงาน"), ParagraphAlignment.CENTER, false);
        para("Title", w.tr("ประจำปีงบประมาณ พ.ศ. {0}", r.fiscalYear()), ParagraphAlignment.CENTER, false);
        para("Subtitle", r.subtitle(), ParagraphAlignment.CENTER, false);
        para("Subtitle", w.tr("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"), ParagraphAlignment.CENTER, false);
        para(null, w.tr("ข้อมูลปีการศึกษา {0} · ปีงบประมาณ {1}", r.academicYear(), r.fiscalYear()), ParagraphAlignment.CENTER,
                false);

        XWPFParagraph tocTitle = para("TOCHeading", w.tr("สารบัญ"), ParagraphAlignment.LEFT, true);
        tocTitle.setPageBreak(true);
        List<TocEntry> entries = contents(r, new RenderOptions(thai));
        Map<String, String> anchors = new HashMap<>();
        for (TocEntry e : entries) {
            anchors.put(e.id(), "_Toc" + (100001 + anchors.size()));
        }
        contents(entries, anchors);
        footer();

        for (Part p : r.parts()) {
            XWPFParagraph h = heading("Heading1", p.title(), ParagraphAlignment.CENTER, anchors.get(p.id()));
            h.setPageBreak(true);
            for (Section s : p.sections()) {
                heading("Heading2", s.title(), ParagraphAlignment.LEFT, anchors.get(s.id()));
                for (Block b : s.blocks()) {
                    block(b);
                }
            }
        }
    }

    /**
     * The contents as Word writes a TOC field: the field's instruction, and as its result one paragraph per entry
     * (style TOC 1 / TOC 2, a hyperlink to the heading's bookmark, a dotted tab, the page number). Word and
     * LibreOffice show the result as it is; updating the field in Word recomputes it.
     */
    private void contents(List<TocEntry> entries, Map<String, String> anchors) {
        boolean first = true;
        for (TocEntry e : entries) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(e.level() == 1 ? "TOC1" : "TOC2");
            CTP ctp = p.getCTP();
            if (first) {
                fieldStart(ctp, TOC_INSTRUCTION);
                first = false;
            }
            CTHyperlink link = ctp.addNewHyperlink();
            link.setAnchor(anchors.get(e.id()));
            link.setHistory(STOnOff1.ON);
            link.addNewR().addNewT().setStringValue(e.title());
            String page = toc.placeholder() ? PLACEHOLDER_PAGE
                    : toc.pages().containsKey(e.id()) ? String.valueOf(toc.pages().get(e.id())) : null;
            if (page != null) {
                link.addNewR().addNewTab();
                link.addNewR().addNewT().setStringValue(text(page));
            }
        }
        XWPFParagraph end = doc.createParagraph();
        if (toc.missing() != null) {
            end.setStyle("Note");
            end.createRun().setText(text(w.tr(toc.missing())));
        }
        if (first) {
            fieldStart(end.getCTP(), TOC_INSTRUCTION);
        }
        end.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void fieldStart(CTP ctp, String instruction) {
        ctp.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instr = ctp.addNewR().addNewInstrText();
        instr.setStringValue(instruction);
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        ctp.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    /** The page number at the foot of every page but the cover (a PAGE field), after which copy this is. */
    private void footer() {
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        XWPFFooter f = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = f.getParagraphArray(0) != null ? f.getParagraphArray(0) : f.createParagraph();
        p.setStyle("Footer");
        p.setAlignment(ParagraphAlignment.CENTER);
        CTP ctp = p.getCTP();
        if (copyLine != null) {
            p.createRun().setText(text(copyLine) + " · ");
        }
        fieldStart(ctp, " PAGE ");
        ctp.addNewR().addNewT().setStringValue("1");
        ctp.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
        policy.createFooter(XWPFHeaderFooterPolicy.FIRST);
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    /** A part's or a section's heading with the bookmark its contents entry links to. */
    private XWPFParagraph heading(String style, String title, ParagraphAlignment align, String anchor) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.setAlignment(align);
        CTP ctp = p.getCTP();
        BigInteger id = BigInteger.valueOf(++bookmarks);
        CTBookmark start = ctp.addNewBookmarkStart();
        start.setId(id);
        start.setName(anchor);
        p.createRun().setText(text(title));
        ctp.addNewBookmarkEnd().setId(id);
        return p;
    }

    private void block(Block b) {
        if (b instanceof Heading h) {
            para("Heading3", h.text(), ParagraphAlignment.LEFT, false);
        } else if (b instanceof Paragraph p) {
            XWPFParagraph para = doc.createParagraph();
            if (p.label() != null) {
                bold(para.createRun(), true).setText(text(p.label() + " "));
            }
            para.createRun().setText(text(p.text()));
        } else if (b instanceof ItemList l) {
            if (l.title() != null) {
                para("Heading4", l.title(), ParagraphAlignment.LEFT, false);
            }
            int i = 0;
            for (String item : l.items()) {
                XWPFParagraph p = doc.createParagraph();
                p.setIndentationLeft(567);
                p.setIndentationHanging(397);
                p.setSpacingAfter(0);
                p.createRun().setText(text((l.numbered() ? (++i) + ". " : "– ") + item));
            }
        } else if (b instanceof Table t) {
            table(t);
        } else if (b instanceof Chart c) {
            chart(c);
        } else if (b instanceof ProjectPage p) {
            project(p);
        }
    }

    private void table(Table t) {
        boolean th = thai || t.thaiDigits();
        XWPFParagraph cap = para("Caption", t.title(), ParagraphAlignment.LEFT, th);
        cap.setKeepNext(true);
        List<Row> rows = t.rows();
        int cols = t.columns().size();
        XWPFTable table = doc.createTable(rows.size() + 1, cols);
        int[] widths = ColumnWidths.of(t, th);
        widths(table, widths);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < cols; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor("DDE7F0");
            cellText(cell, t.columns().get(c).header(), ParagraphAlignment.CENTER, true, th);
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            row.setCantSplitRow(true);
            boolean strong = r.kind() != RowKind.DATA;
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                if (r.kind() == RowKind.GROUP) {
                    cellText(cell, c == 0 ? String.valueOf(r.cells().get(0)) : "", ParagraphAlignment.LEFT, true, th);
                    continue;
                }
                Column col = t.columns().get(c);
                if (r.kind() == RowKind.TOTAL) {
                    cell.setColor("E2E2E2");
                }
                cellText(cell, Fmt.cell(r.cells().get(c), col.type()),
                        col.type().numeric() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT, strong, th);
                if (col.type().numeric()) {
                    tcPr(cell).addNewNoWrap();
                }
            }
        }
        for (String n : t.notes()) {
            para("Note", n, ParagraphAlignment.LEFT, th);
        }
    }

    /**
     * Fixed layout with the columns' widths in the grid and in every cell (Word and LibreOffice read either), so
     * names wrap at their column's width, not word by word in equal columns.
     */
    private static void widths(XWPFTable table, int[] widths) {
        var tbl = table.getCTTbl();
        var pr = tbl.getTblPr() != null ? tbl.getTblPr() : tbl.addNewTblPr();
        var tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(ColumnWidths.TEXT_WIDTH));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout())
                .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        var grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length && c < row.getTableCells().size(); c++) {
                var cw = tcPr(row.getCell(c));
                var w = cw.isSetTcW() ? cw.getTcW() : cw.addNewTcW();
                w.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
                w.setW(BigInteger.valueOf(widths[c]));
            }
        }
    }

    private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr tcPr(XWPFTableCell cell) {
        var tc = cell.getCTTc();
        return tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
    }

    /** Word gets the chart's figures as a table under the chart's caption; the office can turn it into a Word chart. */
    private void chart(Chart c) {
        para("Caption", c.title(), ParagraphAlignment.LEFT, thai).setKeepNext(true);
        XWPFTable table = doc.createTable(c.categories().size() + 1, c.series().size() + 1);
        table.setWidth("100%");
        cellText(table.getRow(0).getCell(0), "", ParagraphAlignment.CENTER, true, thai);
        table.getRow(0).setRepeatHeader(true);
        for (int s = 0; s < c.series().size(); s++) {
            XWPFTableCell cell = table.getRow(0).getCell(s + 1);
            cell.setColor("DDE7F0");
            cellText(cell, c.series().get(s).name() + " (" + c.unit() + ")", ParagraphAlignment.CENTER, true, thai);
        }
        for (int g = 0; g < c.categories().size(); g++) {
            cellText(table.getRow(g + 1).getCell(0), c.categories().get(g), ParagraphAlignment.LEFT, false, thai);
            for (int s = 0; s < c.series().size(); s++) {
                List<BigDecimal> vals = c.series().get(s).values();
                cellText(table.getRow(g + 1).getCell(s + 1),
                        Fmt.cell(g < vals.size() ? vals.get(g) : null, ColumnType.DECIMAL), ParagraphAlignment.RIGHT,
                        false, thai);
            }
        }
    }

    private void project(ProjectPage p) {
        para("Heading3", p.number() + " " + p.title(), ParagraphAlignment.LEFT, false);
        line(w.tr("งบประมาณ"), w.tr("{0} บาท", Fmt.money(p.budget())));
        line(w.tr("ใช้จริง"), w.tr("{0} บาท", Fmt.money(p.spent())));
        line(w.tr("คงเหลือ"), w.tr("{0} บาท", Fmt.money(p.remaining())));
        if (!p.owners().isEmpty()) {
            line(w.tr("ผู้รับผิดชอบโครงการ"), String.join(", ", p.owners()));
        }
        if (p.achieved() != null) {
            line(w.tr("ผลสัมฤทธิ์"), p.achieved() ? w.tr("บรรลุ") : w.tr("ไม่บรรลุ"));
        }
        if (!p.resultGroups().isEmpty()) {
            para("Heading4", w.tr("ผลการดำเนินงาน"), ParagraphAlignment.LEFT, false);
        }
        for (ProjectPage.ResultGroup g : p.resultGroups()) {
            items(g.title() == null ? null : w.tr(g.title()), g.items());
        }
        items(w.tr("ปัญหาอุปสรรค"), p.problems());
        items(w.tr("ข้อเสนอแนะ"), p.suggestions());
        if (!p.photos().isEmpty()) {
            // as the HTML: no invented heading or placeholder for a project without photos
            para("Heading4", w.tr("ภาพกิจกรรม"), ParagraphAlignment.LEFT, false);
        }
        for (ProjectPage.Photo ph : p.photos()) {
            para("Note", (ph.caption() == null ? "" : ph.caption() + " ") + (ph.url() == null ? "" : ph.url()),
                    ParagraphAlignment.LEFT, false);
        }
    }

    private void line(String label, String value) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(0);
        bold(p.createRun(), true).setText(text(label + " "));
        p.createRun().setText(text(value));
    }

    private void items(String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        if (title != null) {
            XWPFParagraph p = doc.createParagraph();
            bold(p.createRun(), true).setText(text(title));
        }
        for (String i : items) {
            XWPFParagraph ip = doc.createParagraph();
            ip.setIndentationLeft(567);
            ip.setIndentationHanging(283);
            ip.setSpacingAfter(0);
            ip.createRun().setText(text("– " + i));
        }
    }

    private XWPFParagraph para(String style, String s, ParagraphAlignment align, boolean thaiDigits) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.setAlignment(align);
        p.createRun().setText(Fmt.digits(s, thai || thaiDigits));
        return p;
    }

    private void cellText(XWPFTableCell cell, String s, ParagraphAlignment align, boolean strong, boolean thaiDigits) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle("TableText");
        p.setAlignment(align);
        bold(p.createRun(), strong).setText(Fmt.digits(s, thai || thaiDigits));
    }

    private String text(String s) {
        return Fmt.digits(s, thai);
    }

    /** Bold for Latin and for Thai (w:b and w:bCs): Word bolds complex script text only by the latter. */
    private static XWPFRun bold(XWPFRun run, boolean on) {
        if (on) {
            CTRPr rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
            rpr.addNewB();
            rpr.addNewBCs();
        }
        return run;
    }

    private void page() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(1134));
        m.setBottom(BigInteger.valueOf(1134));
        m.setLeft(BigInteger.valueOf(1418));
        m.setRight(BigInteger.valueOf(1020));
        m.setHeader(BigInteger.valueOf(567));
        m.setFooter(BigInteger.valueOf(567));
    }

    private void styles() {
        XWPFStyles styles = doc.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        CTRPr def = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(def.addNewRFonts());
        def.addNewSz().setVal(BigInteger.valueOf(28));
        def.addNewSzCs().setVal(BigInteger.valueOf(28));
        var lang = def.addNewLang();
        lang.setVal(w.thai() ? "th-TH" : "en-GB");
        lang.setBidi("th-TH");
        ct.getDocDefaults().addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(60));
        styles.setStyles(ct);
        add(styles, "Normal", "Normal", null, 28, false, -1, true);
        add(styles, "Title", "Title", "Normal", 48, true, -1, false);
        add(styles, "Subtitle", "Subtitle", "Normal", 40, true, -1, false);
        add(styles, "Heading1", "heading 1", "Normal", 40, true, 0, false);
        add(styles, "Heading2", "heading 2", "Normal", 36, true, 1, false);
        add(styles, "Heading3", "heading 3", "Normal", 34, true, 2, false);
        add(styles, "Heading4", "heading 4", "Normal", 28, true, 3, false);
        add(styles, "TOCHeading", "TOC Heading", "Heading1", 40, true, -1, false);
        add(styles, "Caption", "caption", "Normal", 28, true, -1, false);
        add(styles, "TableText", "Table Text", "Normal", 24, false, -1, false);
        add(styles, "Note", "Note", "Normal", 24, false, -1, false);
        add(styles, "TOC1", "toc 1", "Normal", 28, true, -1, false);
        add(styles, "TOC2", "toc 2", "Normal", 28, false, -1, false);
        add(styles, "Footer", "footer", "Normal", 24, false, -1, false);
    }

    private static void add(XWPFStyles styles, String id, String name, String basedOn, int halfPoints, boolean bold,
                            int outline, boolean isDefault) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (isDefault) {
            s.setDefault(true);
        }
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        }
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        if (outline >= 0) {
            ppr.addNewKeepNext();
        }
        if (id.equals("TOC1") || id.equals("TOC2")) {
            // the contents' page numbers at the right margin after a dotted leader (set before the style is added:
            // XWPFStyles keeps a copy)
            var tab = ppr.addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setLeader(STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(ColumnWidths.TEXT_WIDTH));
        }
        // lines 1.45 times the type, as the HTML's: the Thai fonts' own single spacing is about twice the size, and
        // with it the document ran to half again the HTML's pages
        var spacing = ppr.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(Math.round(halfPoints * 14.5)));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        if (id.equals("TOC2")) {
            ppr.addNewInd().setLeft(BigInteger.valueOf(567));
        }
        if (id.equals("TableText")) {
            // a table row as high as its text, as the HTML's (2 pt padding): no paragraph space in cells
            spacing.setAfter(BigInteger.ZERO);
        }
        if (outline >= 0) {
            spacing.setBefore(BigInteger.valueOf(outline == 0 ? 240 : 180));
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            s.addNewUiPriority().setVal(BigInteger.valueOf(9));
        }
        CTRPr rpr = s.addNewRPr();
        fonts(rpr.addNewRFonts());
        if (bold) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(s, styles));
    }

    private static void fonts(CTFonts f) {
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        f.setEastAsia(FONT);
    }
}
