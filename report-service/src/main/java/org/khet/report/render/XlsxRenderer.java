package org.khet.report.render;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.khet.report.domain.Column;
import org.khet.report.domain.ColumnType;
import org.khet.report.domain.Report;
import org.khet.report.domain.Row;
import org.khet.report.domain.RowKind;
import org.khet.report.domain.Table;

import org.khet.report.words.Words;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's tables as a workbook: a contents sheet, then one sheet per table in report order. Figures are
 * numeric cells with number formats (so they sum and chart in Excel); totals are bold. Thai digits, when asked,
 * apply to text cells only: numbers stay numbers.
 */
public final class XlsxRenderer {
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final boolean thai;
    private final Map<ColumnType, CellStyle> plain = new EnumMap<>(ColumnType.class);
    private final Map<ColumnType, CellStyle> strong = new EnumMap<>(ColumnType.class);
    private CellStyle headerStyle;
    private CellStyle titleStyle;
    private CellStyle groupStyle;
    private CellStyle linkStyle;

    private final String copyLine;

    private XlsxRenderer(boolean thai, String copyLine) {
        this.thai = thai;
        this.copyLine = copyLine;
    }

    public static byte[] render(Report r, RenderOptions options) {
        XlsxRenderer x = new XlsxRenderer(options.thaiDigits(), options.copyLine(Words.of(r.lang())));
        x.workbook(r);
        return ZipNormalizer.write(x.wb, r, "XLSX", 64 * 1024);
    }

    /** The sheet name of each table, in order (tests and the contents sheet use the same names). */
    public static List<String> sheetNames(Report r) {
        Set<String> used = new HashSet<>();
        used.add(Words.of(r.lang()).tr("สารบัญ").toLowerCase());
        return r.tables().stream().map(t -> sheetName(t, used)).toList();
    }

    private static String sheetName(Table t, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(t.id(), '_');
        String name = base;
        int n = 2;
        while (!used.add(name.toLowerCase())) {
            String suffix = "_" + n++;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private void workbook(Report r) {
        styles();

        Words w = Words.of(r.lang());
        XSSFSheet index = wb.createSheet(w.tr("สารบัญ"));
        index.createRow(0).createCell(0).setCellValue(text(r.title() + " " + r.subtitle()));
        index.getRow(0).getCell(0).setCellStyle(titleStyle);
        XSSFRow h = index.createRow(2);
        String[] heads = {w.tr("แผ่นงาน"), w.tr("ตาราง"), w.tr("ที่มา")};
        for (int i = 0; i < heads.length; i++) {
            h.createCell(i).setCellValue(heads[i]);
            h.getCell(i).setCellStyle(headerStyle);
        }
        index.setColumnWidth(0, 16 * 256);
        index.setColumnWidth(1, 90 * 256);
        index.setColumnWidth(2, 20 * 256);

        List<Table> tables = r.tables();
        List<String> names = sheetNames(r);
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            String name = names.get(i);
            XSSFRow ir = index.createRow(3 + i);
            Cell link = ir.createCell(0);
            link.setCellValue(name);
            XSSFHyperlink hl = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            hl.setAddress("'" + name + "'!A1");
            link.setHyperlink(hl);
            link.setCellStyle(linkStyle);
            ir.createCell(1).setCellValue(text(t.title(), t.thaiDigits()));
            ir.createCell(2).setCellValue(t.source());
            sheet(t, name);
        }
    }

    private void sheet(Table t, String name) {
        boolean th = t.thaiDigits();
        XSSFSheet s = wb.createSheet(name);
        Cell title = s.createRow(0).createCell(0);
        title.setCellValue(text(t.title(), th));
        title.setCellStyle(titleStyle);
        XSSFRow header = s.createRow(2);
        int[] widths = new int[t.columns().size()];
        for (int c = 0; c < t.columns().size(); c++) {
            Column col = t.columns().get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(text(col.header(), th));
            cell.setCellStyle(headerStyle);
            widths[c] = Math.max(col.type().numeric() ? 14 : 10, col.header().length() + 2);
        }
        int rowNo = 3;
        for (Row r : t.rows()) {
            XSSFRow row = s.createRow(rowNo++);
            if (r.kind() == RowKind.GROUP) {
                Cell cell = row.createCell(0);
                cell.setCellValue(text(String.valueOf(r.cells().get(0)), th));
                cell.setCellStyle(groupStyle);
                continue;
            }
            boolean bold = r.kind() != RowKind.DATA;
            for (int c = 0; c < t.columns().size(); c++) {
                Column col = t.columns().get(c);
                Object v = r.cells().get(c);
                Cell cell = row.createCell(c);
                cell.setCellStyle((bold ? strong : plain).get(col.type()));
                if (v instanceof BigDecimal d) {
                    cell.setCellValue(d.doubleValue());
                } else if (v instanceof Long l) {
                    cell.setCellValue(l.doubleValue());
                } else if (v != null) {
                    String sv = text(v.toString(), th);
                    cell.setCellValue(sv);
                    widths[c] = Math.max(widths[c], Math.min(80, sv.length() + 2));
                }
            }
        }
        rowNo++;
        for (String n : t.notes()) {
            s.createRow(rowNo++).createCell(0).setCellValue(text(n, th));
        }
        int total = 0;
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, Math.min(255, widths[c]) * 256);
            total += Math.min(255, widths[c]);
        }
        s.createFreezePane(0, 3);
        layout(s, total > 100);
        if (copyLine != null) {
            // which copy this is, at the foot of every printed page, with the page number
            s.getFooter().setLeft(text(copyLine));
            s.getFooter().setRight("&P / &N");
        }
    }

    /**
     * Printing: A4, one page wide (as many long as it takes), landscape for a wide table, the header row on every page,
     * the same margins as the DOCX.
     */
    private static void layout(XSSFSheet s, boolean wide) {
        s.setFitToPage(true);
        s.setAutobreaks(true);
        var print = s.getPrintSetup();
        print.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        print.setLandscape(wide);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        s.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.98);
        s.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.71);
        s.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.79);
        s.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.79);
        s.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(2, 2, -1, -1));
    }

    private String text(String s) {
        return Fmt.digits(s, thai);
    }

    private String text(String s, boolean tableThai) {
        return Fmt.digits(s, thai || tableThai);
    }

    private void styles() {
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setFontName("TH Sarabun New");
        bold.setFontHeightInPoints((short) 14);
        Font normal = wb.createFont();
        normal.setFontName("TH Sarabun New");
        normal.setFontHeightInPoints((short) 14);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontName("TH Sarabun New");
        big.setFontHeightInPoints((short) 16);
        Font link = wb.createFont();
        link.setUnderline(Font.U_SINGLE);
        link.setColor(IndexedColors.BLUE.getIndex());
        link.setFontName("TH Sarabun New");
        link.setFontHeightInPoints((short) 14);

        titleStyle = wb.createCellStyle();
        titleStyle.setFont(big);
        headerStyle = bordered(bold);
        headerStyle.setAlignment(HorizontalAlignment.CENTER);
        headerStyle.setWrapText(true);
        headerStyle.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        groupStyle = wb.createCellStyle();
        groupStyle.setFont(bold);
        linkStyle = wb.createCellStyle();
        linkStyle.setFont(link);
        short fmtInt = wb.createDataFormat().getFormat("#,##0");
        short fmtMoney = wb.createDataFormat().getFormat("#,##0.00");
        short fmtDec = wb.createDataFormat().getFormat("0.00");
        short fmtSigned = wb.createDataFormat().getFormat("+0.00;-0.00;0.00");
        for (ColumnType type : ColumnType.values()) {
            for (boolean b : new boolean[]{false, true}) {
                CellStyle st = bordered(b ? bold : normal);
                switch (type) {
                    case INTEGER -> st.setDataFormat(fmtInt);
                    case MONEY, BAHT -> st.setDataFormat(fmtMoney);
                    case DECIMAL, PERCENT -> st.setDataFormat(fmtDec);
                    case SIGNED_DECIMAL -> st.setDataFormat(fmtSigned);
                    case TEXT -> st.setWrapText(true);
                }
                if (b) {
                    st.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                    st.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                (b ? strong : plain).put(type, st);
            }
        }
    }

    private CellStyle bordered(Font f) {
        CellStyle st = wb.createCellStyle();
        st.setFont(f);
        st.setBorderTop(BorderStyle.THIN);
        st.setBorderBottom(BorderStyle.THIN);
        st.setBorderLeft(BorderStyle.THIN);
        st.setBorderRight(BorderStyle.THIN);
        return st;
    }
}
