package org.khet.report.checks;

import org.khet.contracts.Finding;
import org.khet.contracts.codes.Severity;
import org.khet.report.domain.Block;
import org.khet.report.domain.Heading;
import org.khet.report.domain.ItemList;
import org.khet.report.domain.Paragraph;
import org.khet.report.domain.Part;
import org.khet.report.domain.Section;
import org.khet.report.domain.Table;
import org.khet.report.texts.ReportText;
import org.khet.report.texts.TextBlock;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the office's texts and the report's titles say about whose report it is and of which year:
 * <ul>
 * <li>{@value #OTHER_OFFICE}: an office text (texts/: foreword, mandate, Part 4) naming an educational service area
 * office other than the report's ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงราย เขต 1", "สพป.น่าน เขต 2"), as a text
 * copied from a neighbour does; named once per office and block;</li>
 * <li>{@value #TITLE_YEAR}: a Buddhist-era year after ปีงบประมาณ that is not the report's fiscal year (Part 4's
 * development approach may name the next), or after ปีการศึกษา that is neither the academic year the report reports
 * on (the fiscal year − 1) nor the enrolment year (the fiscal year), in an office text or in a title of the report
 * (part, section, heading, table, list); a range ("2566–2570") is not a year, and a text comparing two years may
 * name the year before one it may name ("ระหว่างปีการศึกษา 2564 กับปีการศึกษา 2565").</li>
 * </ul>
 */
public final class TextChecks {
    public static final String OTHER_OFFICE = "report.other-office";
    public static final String TITLE_YEAR = "report.title-year";
    private static final Pattern OFFICE = Pattern.compile(
            "(?:สำนักงานเขตพื้นที่การศึกษา|สพ)(ประถมศึกษา|มัธยมศึกษา|ป\\.|ม\\.)?\\s*(?:จังหวัด)?([ก-ฮ][ก-\u0e4e]*?)\\s*เขต\\s*([0-9๐-๙]+)");
    private static final Pattern YEAR = Pattern.compile(
            "(ปีงบประมาณ|ปีการศึกษา)\\s*(?:พ\\.\\s*ศ\\.)?\\s*([0-9๐-๙]{4})(?!\\s*[-–]\\s*[0-9๐-๙])");

    private TextChecks() {
    }

    /** An office named in a text: its level letter (ป, ม or empty), province and district number. */
    record Office(String level, String province, int number) {
        boolean sameAs(Office own) {
            return province.equals(own.province) && number == own.number
                    && (level.isEmpty() || own.level.isEmpty() || level.equals(own.level));
        }
    }

    static List<Office> offices(String text) {
        List<Office> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = OFFICE.matcher(text);
        while (m.find()) {
            String level = m.group(1) == null ? "" : m.group(1).substring(0, 1);
            out.add(new Office(level, m.group(2).strip(), Integer.parseInt(arabic(m.group(3)))));
        }
        return out;
    }

    /** The office texts naming another office than the report's own (named by its Thai name). */
    public static List<Finding> otherOffice(Finding.Subject area, String ownNameTh, Map<TextBlock, ReportText> texts) {
        List<Finding> out = new ArrayList<>();
        List<Office> own = offices(ownNameTh);
        if (own.isEmpty() || texts == null) {
            return out;
        }
        for (Map.Entry<TextBlock, ReportText> e : texts.entrySet()) {
            Set<String> named = new LinkedHashSet<>();
            for (String text : strings(e.getValue())) {
                Matcher m = OFFICE.matcher(text);
                while (m.find()) {
                    Office o = offices(m.group()).get(0);
                    if (!o.sameAs(own.get(0)) && named.add(m.group())) {
                        out.add(Finding.of(OTHER_OFFICE, ReportChecks.SOURCE, area)
                                .at(e.getKey().titleTh(), m.group(), null)
                                .labels(m.group(), ownNameTh)
                                .severity(Severity.MINOR)
                                .says("ข้อความ \"" + e.getKey().titleTh() + "\" กล่าวถึง " + m.group()
                                                + " ซึ่งไม่ใช่" + ownNameTh + " (ข้อความที่คัดลอกมาจากเขตอื่นหรือไม่)",
                                        "the text \"" + e.getKey().key() + "\" names " + m.group() + ", not the report's own office "
                                                + ownNameTh + " (copied from another office?)"));
                    }
                }
            }
        }
        return out;
    }

    /** Years after ปีงบประมาณ / ปีการศึกษา in the office's texts and in every title of the report. */
    public static List<Finding> years(Finding.Subject area, int fiscalYear, Map<TextBlock, ReportText> texts,
                                      List<Part> parts) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (texts != null) {
            for (Map.Entry<TextBlock, ReportText> e : texts.entrySet()) {
                boolean ahead = e.getKey() == TextBlock.PART4;
                for (String s : strings(e.getValue())) {
                    year(area, fiscalYear, e.getKey().titleTh(), s, ahead, seen, out);
                }
            }
        }
        for (Part p : parts == null ? List.<Part>of() : parts) {
            year(area, fiscalYear, p.title(), p.title(), false, seen, out);
            for (Section s : p.sections()) {
                year(area, fiscalYear, s.title(), s.title(), false, seen, out);
                for (Block b : s.blocks()) {
                    year(area, fiscalYear, s.title(), title(b), false, seen, out);
                }
            }
        }
        return out;
    }

    private static void year(Finding.Subject area, int fy, String where, String text, boolean ahead, Set<String> seen,
                             List<Finding> out) {
        if (text == null) {
            return;
        }
        Set<String> named = new java.util.HashSet<>();
        Matcher all = YEAR.matcher(text);
        while (all.find()) {
            named.add(all.group(1) + Integer.parseInt(arabic(all.group(2))));
        }
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(arabic(m.group(2)));
            boolean fiscal = m.group(1).equals("ปีงบประมาณ");
            boolean ok = fiscal ? y == fy || (ahead && y == fy + 1) : y == fy - 1 || y == fy;
            // a comparison names the year before one it may name ("ระหว่างปีการศึกษา 2564 กับปีการศึกษา 2565")
            boolean comparison = fiscal ? y == fy - 1 && named.contains(m.group(1) + fy)
                    : y == fy - 2 && named.contains(m.group(1) + (fy - 1));
            ok |= comparison;
            if (ok || !seen.add(where + "|" + m.group())) {
                continue;
            }
            String expected = fiscal ? Integer.toString(fy) : (fy - 1) + " หรือ " + fy;
            out.add(Finding.of(TITLE_YEAR, ReportChecks.SOURCE, area).at(where, text.length() > 120
                            ? text.substring(0, 120) + "…" : text, null)
                    .labels(Integer.toString(y), expected)
                    .says("\"" + m.group() + "\" ใน " + where + " ไม่ใช่ปีของรายงาน (" + m.group(1) + " " + expected + ")",
                            "\"" + m.group() + "\" in " + where + " is not the report's year ("
                                    + (fiscal ? "fiscal year " : "academic year ") + expected.replace(" หรือ ", " or ") + ")"));
        }
    }

    /** A block's title: a heading's text, a table's or a list's title, a paragraph's label; null for the rest. */
    private static String title(Block b) {
        if (b instanceof Heading h) {
            return h.text();
        }
        if (b instanceof Table t) {
            return t.title();
        }
        if (b instanceof ItemList l) {
            return l.title();
        }
        return b instanceof Paragraph p ? p.label() : null;
    }

    private static List<String> strings(ReportText t) {
        List<String> out = new ArrayList<>();
        if (t == null || t.elements() == null) {
            return out;
        }
        for (ReportText.Element e : t.elements()) {
            if (e.title() != null) {
                out.add(e.title());
            }
            if (e.text() != null) {
                out.add(e.text());
            }
            if (e.items() != null) {
                out.addAll(e.items());
            }
        }
        return out;
    }

    /** Thai digits as Arabic ones. */
    static String arabic(String digits) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            b.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        return b.toString();
    }
}
