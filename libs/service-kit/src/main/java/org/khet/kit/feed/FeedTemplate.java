package org.khet.kit.feed;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A downloadable template of a feed (แบบฟอร์มนำเข้าข้อมูล): the feed's columns under Thai headers, one row per
 * expected line (a school and grade, a school and staff type …) with its keys filled in and its figures left empty,
 * the previous round's figures beside them as a hint. Filled in, it uploads to the feed's endpoint as it is:
 * <ul>
 *   <li>each header cell is the Thai label and, on a line of its own below it, the feed's column name — the
 *       {@link FeedReader} reads the last line of a header cell as the column's name;</li>
 *   <li>the hints are where the reader never looks: in XLSX a comment on the figure's cell and the second sheet
 *       (the reader reads the first sheet only); a CSV template has no place for them and carries none;</li>
 *   <li>XLSX: the header row frozen, whole numbers ≥ 0 and code lists checked by Excel's data validation.</li>
 * </ul>
 */
public final class FeedTemplate {
    /** How a column is filled: keys and text come filled in; whole numbers and codes are the sender's to fill. */
    public enum Type { KEY, TEXT, WHOLE, CODE }

    /** A column of the feed: its name as the feed reads it, its Thai label, and for a code the codes allowed. */
    public record Column(String name, String labelTh, Type type, List<String> codes) {
        public Column {
            codes = codes == null ? List.of() : List.copyOf(codes);
        }

        public static Column key(String name, String labelTh) {
            return new Column(name, labelTh, Type.KEY, List.of());
        }

        public static Column text(String name, String labelTh) {
            return new Column(name, labelTh, Type.TEXT, List.of());
        }

        public static Column whole(String name, String labelTh) {
            return new Column(name, labelTh, Type.WHOLE, List.of());
        }

        public static Column code(String name, String labelTh, List<String> codes) {
            return new Column(name, labelTh, Type.CODE, codes);
        }

        /** The header cell: the Thai label, and the column's name on the line below. */
        public String header() {
            return labelTh + "\n" + name;
        }
    }

    /**
     * One line of the template.
     *
     * @param values the cells filled in, by column name (keys, the school's name; a code when it is the line's key)
     * @param hints  the previous round's figures, by column name: shown beside the empty cells, never in them
     */
    public record Line(Map<String, String> values, Map<String, String> hints) {
        public Line {
            values = Map.copyOf(values);
            hints = Map.copyOf(hints);
        }
    }

    /** The most rows Excel's checks cover below the lines given, for lines the sender adds. */
    static final int SPARE_ROWS = 200;

    private final String sheetName;
    private final String hintTh;
    private final List<Column> columns;
    private final List<Line> lines;

    /**
     * @param sheetName the data sheet's name (Thai, at most 31 characters)
     * @param hintTh    what the hints are, in Thai ("ข้อมูลรอบก่อน ปีการศึกษา 2566 รอบที่ 1"), or null without hints
     */
    public FeedTemplate(String sheetName, String hintTh, List<Column> columns, List<Line> lines) {
        this.sheetName = sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName;
        this.hintTh = hintTh;
        this.columns = List.copyOf(columns);
        this.lines = List.copyOf(lines);
    }

    /** The template as CSV: UTF-8 with a byte-order mark (so a spreadsheet reads the Thai), no hints. */
    public byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter p = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            p.printRecord(columns.stream().map(Column::header).toList());
            for (Line l : lines) {
                p.printRecord(columns.stream().map(c -> l.values().getOrDefault(c.name(), "")).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The template as an XLSX workbook: the data sheet first, the hints' sheet second. */
    public byte[] xlsx() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setWrapText(true);
            head.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle fill = wb.createCellStyle();
            fill.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            Sheet data = wb.createSheet(sheetName);
            writeHeader(data, head);
            Drawing<?> drawing = data.createDrawingPatriarch();
            for (int r = 0; r < lines.size(); r++) {
                Row row = data.createRow(r + 1);
                Line line = lines.get(r);
                for (int c = 0; c < columns.size(); c++) {
                    Column col = columns.get(c);
                    Cell cell = row.createCell(c);
                    String v = line.values().get(col.name());
                    if (v != null) {
                        cell.setCellValue(v);
                        cell.setCellStyle(text);
                    } else if (col.type() == Type.WHOLE || col.type() == Type.CODE) {
                        cell.setCellStyle(fill);
                    }
                    String hint = line.hints().get(col.name());
                    if (hint != null && hintTh != null) {
                        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
                        anchor.setCol1(c + 1);
                        anchor.setCol2(c + 4);
                        anchor.setRow1(r + 1);
                        anchor.setRow2(r + 4);
                        Comment comment = drawing.createCellComment(anchor);
                        comment.setString(wb.getCreationHelper().createRichTextString(hintTh + ": " + hint));
                        comment.setAuthor("Khet");
                        cell.setCellComment(comment);
                    }
                }
            }
            validations(data);
            data.createFreezePane(0, 1);
            widths(data);
            if (hintTh != null) {
                hintSheet(wb, head);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeHeader(Sheet sheet, CellStyle head) {
        Row header = sheet.createRow(0);
        header.setHeightInPoints(36);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(head);
        }
    }

    /** Whole numbers ≥ 0 in the figures' cells, a list in the codes' cells, on the lines and the spare rows below. */
    private void validations(Sheet sheet) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int last = lines.size() + SPARE_ROWS;
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            DataValidationConstraint constraint;
            String error;
            if (col.type() == Type.WHOLE) {
                constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
                error = "กรอกจำนวนเต็มตั้งแต่ 0 ขึ้นไป (a whole number, 0 or more)";
            } else if (col.type() == Type.CODE && !col.codes().isEmpty()) {
                constraint = helper.createExplicitListConstraint(col.codes().toArray(String[]::new));
                error = "เลือกจากรายการ: " + String.join(", ", col.codes());
            } else {
                continue;
            }
            DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(1, last, c, c));
            v.setShowErrorBox(true);
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            v.createErrorBox(col.labelTh(), error.length() > 255 ? error.substring(0, 255) : error);
            v.setEmptyCellAllowed(true);
            sheet.addValidationData(v);
        }
    }

    private void widths(Sheet sheet) {
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            int chars = Math.max(col.name().length(), col.labelTh().length() / 2 + 2);
            if (col.type() == Type.TEXT) {
                chars = Math.max(chars, 30);
            }
            sheet.setColumnWidth(c, Math.min(60, Math.max(10, chars + 2)) * 256);
        }
    }

    /** The second sheet: each line's keys and the previous round's figures, for reading beside the data sheet. */
    private void hintSheet(XSSFWorkbook wb, CellStyle head) {
        Sheet sheet = wb.createSheet("ข้อมูลรอบก่อน");
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(hintTh + " — สำหรับเทียบเท่านั้น ไม่ถูกนำเข้า (for reference; never uploaded)");
        Row header = sheet.createRow(1);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(head);
        }
        for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r + 2);
            Line line = lines.get(r);
            for (int c = 0; c < columns.size(); c++) {
                String name = columns.get(c).name();
                String v = line.values().containsKey(name) ? line.values().get(name) : line.hints().get(name);
                if (v != null) {
                    row.createCell(c).setCellValue(v);
                }
            }
        }
        sheet.createFreezePane(0, 2);
        widths(sheet);
    }
}
