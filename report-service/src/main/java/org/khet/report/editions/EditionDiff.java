package org.khet.report.editions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.khet.report.domain.Block;
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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two reports, walked through the typed model: tables matched by id, their rows by label (the
 * row's text cells, under its group) and their figures by column key; project pages' budget lines by project code;
 * each section's texts (paragraphs, list items, headings, project pages' texts) matched by section id and compared
 * in order (a longest common subsequence, a removed text followed by an added one at the same place being a change).
 */
public final class EditionDiff {
    private EditionDiff() {
    }

    @Schema(name = "ReportFigureChange", description = "A figure that changed, was added or was removed")
    public record FigureChange(
            @Schema(description = "changed, added or removed", enumeration = {"changed", "added", "removed"}) String change,
            @Schema(description = "the table's id (project:<code> for a project page's budget lines)") String table,
            @Schema(description = "the table's title") String tableTitle,
            @Schema(description = "the row's label: its text cells, after its group's label") String row,
            @Schema(description = "the column's key") String column,
            @Schema(description = "the column's header") String columnHeader,
            @Schema(description = "the figure before (null: none)") BigDecimal before,
            @Schema(description = "the figure after (null: none)") BigDecimal after) {
    }

    @Schema(name = "ReportTableChange", description = "A table that is only in one of the two")
    public record TableChange(
            @Schema(description = "added or removed", enumeration = {"added", "removed"}) String change,
            @Schema(description = "the table's id") String table,
            @Schema(description = "the table's title") String tableTitle) {
    }

    @Schema(name = "ReportTextChange", description = "A text (paragraph, list item, heading, title) that changed, was added or was removed")
    public record TextChange(
            @Schema(description = "changed, added or removed", enumeration = {"changed", "added", "removed"}) String change,
            @Schema(description = "the section's id") String section,
            @Schema(description = "the section's title") String sectionTitle,
            @Schema(description = "the text before (null: none)") String before,
            @Schema(description = "the text after (null: none)") String after) {
    }

    /** The changes from {@code before} to {@code after}. */
    public record Changes(List<TableChange> tables, List<FigureChange> figures, List<TextChange> texts) {
    }

    public static Changes of(Report before, Report after) {
        List<TableChange> tables = new ArrayList<>();
        List<FigureChange> figures = new ArrayList<>();
        Map<String, Table> old = tables(before);
        Map<String, Table> now = tables(after);
        for (Map.Entry<String, Table> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                tables.add(new TableChange("removed", e.getKey(), e.getValue().title()));
            }
        }
        for (Map.Entry<String, Table> e : now.entrySet()) {
            Table was = old.get(e.getKey());
            if (was == null) {
                tables.add(new TableChange("added", e.getKey(), e.getValue().title()));
            } else {
                figures(e.getKey(), was, e.getValue(), figures);
            }
        }
        projectFigures(projects(before), projects(after), figures);
        return new Changes(tables, figures, texts(before, after));
    }

    // ---- figures ----

    private static Map<String, Table> tables(Report r) {
        Map<String, Table> out = new LinkedHashMap<>();
        for (Table t : r.tables()) {
            String id = t.id();
            for (int i = 2; out.containsKey(id); i++) {
                id = t.id() + " (" + i + ")";
            }
            out.put(id, t);
        }
        return out;
    }

    private static void figures(String id, Table before, Table after, List<FigureChange> out) {
        Map<String, Row> old = rows(before);
        Map<String, Row> now = rows(after);
        Map<String, Integer> oldCols = columns(before);
        Map<String, Integer> nowCols = columns(after);
        for (Map.Entry<String, Row> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                for (Column c : before.columns()) {
                    BigDecimal v = number(e.getValue(), oldCols.get(c.key()));
                    if (c.type().numeric() && v != null) {
                        out.add(new FigureChange("removed", id, after.title(), e.getKey(), c.key(), c.header(), v, null));
                    }
                }
            }
        }
        for (Map.Entry<String, Row> e : now.entrySet()) {
            Row was = old.get(e.getKey());
            for (Column c : before.columns()) {
                BigDecimal w = was == null || nowCols.containsKey(c.key()) ? null : number(was, oldCols.get(c.key()));
                if (c.type().numeric() && w != null) {
                    out.add(new FigureChange("removed", id, after.title(), e.getKey(), c.key(), c.header(), w, null));
                }
            }
            for (Column c : after.columns()) {
                if (!c.type().numeric()) {
                    continue;
                }
                BigDecimal v = number(e.getValue(), nowCols.get(c.key()));
                BigDecimal w = was == null ? null : number(was, oldCols.get(c.key()));
                String change = w == null ? "added" : v == null ? "removed" : w.compareTo(v) != 0 ? "changed" : null;
                if (change != null && !(v == null && w == null)) {
                    out.add(new FigureChange(change, id, after.title(), e.getKey(), c.key(), c.header(), w, v));
                }
            }
        }
    }

    private static Map<String, Integer> columns(Table t) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < t.columns().size(); i++) {
            out.put(t.columns().get(i).key(), i);
        }
        return out;
    }

    /** Data, subtotal and total rows by label: their text cells joined, after the group they are under. */
    private static Map<String, Row> rows(Table t) {
        Map<String, Row> out = new LinkedHashMap<>();
        String group = null;
        for (Row r : t.rows()) {
            if (r.kind() == RowKind.GROUP) {
                group = r.cells().isEmpty() ? null : Objects.toString(r.cells().get(0), null);
                continue;
            }
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < t.columns().size(); i++) {
                Object v = r.cells().get(i);
                if (!t.columns().get(i).type().numeric() && v != null && !v.toString().isBlank()) {
                    texts.add(v.toString());
                }
            }
            String label = (group == null ? "" : group + " › ") + String.join(" · ", texts);
            String key = label;
            for (int i = 2; out.containsKey(key); i++) {
                key = label + " (" + i + ")";
            }
            out.put(key, r);
        }
        return out;
    }

    private static BigDecimal number(Row r, Integer column) {
        Object v = column == null ? null : r.cells().get(column);
        if (v instanceof BigDecimal d) {
            return d;
        }
        return v instanceof Number n ? new BigDecimal(n.toString()) : null;
    }

    private static Map<String, ProjectPage> projects(Report r) {
        Map<String, ProjectPage> out = new LinkedHashMap<>();
        for (Part p : r.parts()) {
            for (Section s : p.sections()) {
                for (Block b : s.blocks()) {
                    if (b instanceof ProjectPage pp) {
                        out.putIfAbsent(pp.code(), pp);
                    }
                }
            }
        }
        return out;
    }

    private static void projectFigures(Map<String, ProjectPage> before, Map<String, ProjectPage> after, List<FigureChange> out) {
        Map<String, ProjectPage> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        for (String code : all.keySet()) {
            ProjectPage was = before.get(code);
            ProjectPage now = after.get(code);
            ProjectPage any = now != null ? now : was;
            String row = (any.number() == null ? "" : any.number() + " ") + any.title();
            figure(out, code, row, "budget", "งบประมาณ", was == null ? null : was.budget(), now == null ? null : now.budget());
            figure(out, code, row, "spent", "ใช้จริง", was == null ? null : was.spent(), now == null ? null : now.spent());
            figure(out, code, row, "remaining", "คงเหลือ", was == null ? null : was.remaining(), now == null ? null : now.remaining());
        }
    }

    private static void figure(List<FigureChange> out, String code, String row, String key, String header,
                               BigDecimal before, BigDecimal after) {
        if (before == null && after == null || before != null && after != null && before.compareTo(after) == 0) {
            return;
        }
        String change = before == null ? "added" : after == null ? "removed" : "changed";
        out.add(new FigureChange(change, "project:" + code, row, row, key, header, before, after));
    }

    // ---- texts ----

    private record Located(Part part, Section section) {
    }

    private static Map<String, Located> sections(Report r) {
        Map<String, Located> out = new LinkedHashMap<>();
        for (Part p : r.parts()) {
            for (Section s : p.sections()) {
                out.putIfAbsent(s.id(), new Located(p, s));
            }
        }
        return out;
    }

    private static List<TextChange> texts(Report before, Report after) {
        List<TextChange> out = new ArrayList<>();
        Map<String, Located> old = sections(before);
        Map<String, Located> now = sections(after);
        for (Map.Entry<String, Located> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                Section s = e.getValue().section();
                for (String t : texts(s)) {
                    out.add(new TextChange("removed", s.id(), s.title(), t, null));
                }
            }
        }
        for (Map.Entry<String, Located> e : now.entrySet()) {
            Section s = e.getValue().section();
            Located was = old.get(e.getKey());
            if (was == null) {
                for (String t : texts(s)) {
                    out.add(new TextChange("added", s.id(), s.title(), null, t));
                }
                continue;
            }
            if (!Objects.equals(was.section().title(), s.title())) {
                out.add(new TextChange("changed", s.id(), s.title(), was.section().title(), s.title()));
            }
            sequence(s, texts(was.section()), texts(s), out);
        }
        return out;
    }

    /** A section's texts in reading order: paragraphs (with their label), lists' titles and items, headings, project pages. */
    static List<String> texts(Section s) {
        List<String> out = new ArrayList<>();
        for (Block b : s.blocks()) {
            if (b instanceof Paragraph p) {
                out.add(p.label() == null ? p.text() : p.label() + " " + p.text());
            } else if (b instanceof ItemList l) {
                if (l.title() != null) {
                    out.add(l.title());
                }
                out.addAll(l.items());
            } else if (b instanceof Heading h) {
                out.add(h.text());
            } else if (b instanceof ProjectPage pp) {
                out.add((pp.number() == null ? "" : pp.number() + " ") + pp.title());
                out.addAll(pp.owners());
                out.addAll(pp.quantitativeResults());
                out.addAll(pp.qualitativeResults());
                out.addAll(pp.problems());
                out.addAll(pp.suggestions());
            }
        }
        out.removeIf(Objects::isNull);
        return out;
    }

    /** The longest common subsequence of the two; a run removed then a run added at the same place pair as changes. */
    private static void sequence(Section s, List<String> a, List<String> b, List<TextChange> out) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                flush(s, removed, added, out);
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(b.get(j++));
            } else {
                removed.add(a.get(i++));
            }
        }
        flush(s, removed, added, out);
    }

    private static void flush(Section s, List<String> removed, List<String> added, List<TextChange> out) {
        int paired = Math.min(removed.size(), added.size());
        for (int k = 0; k < paired; k++) {
            out.add(new TextChange("changed", s.id(), s.title(), removed.get(k), added.get(k)));
        }
        for (int k = paired; k < removed.size(); k++) {
            out.add(new TextChange("removed", s.id(), s.title(), removed.get(k), null));
        }
        for (int k = paired; k < added.size(); k++) {
            out.add(new TextChange("added", s.id(), s.title(), null, added.get(k)));
        }
        removed.clear();
        added.clear();
    }
}
