package org.khet.report.texts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.khet.kit.problem.FieldErrors;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * The office's narrative blocks per area and fiscal year (table report_text). A year without its own texts reads
 * the latest earlier year's as a draft (copy-forward); writing stores the year's own.
 */
@ApplicationScoped
public class ReportTexts {
    static final int MAX_ELEMENTS = 200;
    static final int MAX_ITEMS = 200;
    static final int MAX_TEXT = 5000;
    private static final Set<String> KINDS = Set.of("paragraph", "numbered", "bulleted");

    /** A block as the API answers it: the year's own texts, or an earlier year's as a draft. */
    @Schema(name = "ReportTextAnswer", description = "A narrative block of an area's report for a fiscal year")
    public record Answer(
            @Schema(description = "the area office's code") String areaCode,
            @Schema(description = "the fiscal year asked for, Buddhist era") int fiscalYear,
            @Schema(description = "the block: foreword, signatories, mandate, borders, districts, policy-intro, "
                    + "core-values, part4 or credits") String block,
            @Schema(description = "the block's heading in the report") String titleTh,
            @Schema(description = "true when the year has no texts of its own and these are an earlier year's")
            boolean draft,
            @Schema(description = "the fiscal year the texts were stored for") int storedFiscalYear,
            @Schema(description = "the stored version (0 for a draft); the ETag names it") long version,
            @Schema(description = "paragraphs and lists in order") List<ReportText.Element> elements,
            @Schema(description = "the office's English version of the block, copied forward with the Thai; null: none")
            List<ReportText.Element> elementsEn) {
    }

    private final DataSource db;
    private final ObjectMapper json;

    public ReportTexts(DataSource db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The year's own texts of a block, else the latest earlier year's marked as a draft; empty when none. */
    public Optional<Answer> read(String area, int fiscalYear, TextBlock block) {
        String sql = "select fiscal_year, content::text, version from report_text "
                + "where area_code = ? and block = ? and fiscal_year <= ? order by fiscal_year desc limit 1";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, area);
            ps.setString(2, block.key());
            ps.setInt(3, fiscalYear);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int stored = rs.getInt(1);
                boolean draft = stored != fiscalYear;
                ReportText text = parse(rs.getString(2));
                return Optional.of(new Answer(area, fiscalYear, block.key(), block.titleTh(), draft, stored,
                        draft ? 0 : rs.getLong(3), text.elements(), text.hasEnglish() ? text.elementsEn() : null));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every block the report of this area and year prints from stored texts (own or copied forward): each block's
     * latest year up to {@code fiscalYear}, as {@link #read} gives it, in one statement (a composition made one read
     * per block, nine connections an area, issue #23).
     */
    public Map<TextBlock, ReportText> forReport(String area, int fiscalYear) {
        String sql = "select distinct on (block) block, content::text from report_text "
                + "where area_code = ? and fiscal_year <= ? order by block, fiscal_year desc";
        Map<TextBlock, ReportText> out = new EnumMap<>(TextBlock.class);
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, area);
            ps.setInt(2, fiscalYear);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<TextBlock> block = TextBlock.byKey(rs.getString(1));
                    if (block.isPresent()) {
                        ReportText text = parse(rs.getString(2));
                        out.put(block.get(), new ReportText(text.elements(), text.hasEnglish() ? text.elementsEn() : null));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /**
     * Replaces the year's texts of a block; {@code precondition} checks the stored version (0 when the year has none)
     * inside the transaction. Returns the new version.
     */
    @Transactional
    public long replace(String area, int fiscalYear, TextBlock block, ReportText text, LongConsumer precondition,
                        String actor) {
        String content = write(text);
        try (Connection c = db.getConnection()) {
            long current = 0;
            try (PreparedStatement ps = c.prepareStatement("select version from report_text "
                    + "where area_code = ? and block = ? and fiscal_year = ? for update")) {
                ps.setString(1, area);
                ps.setString(2, block.key());
                ps.setInt(3, fiscalYear);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        current = rs.getLong(1);
                    }
                }
            }
            precondition.accept(current);
            long next = current + 1;
            try (PreparedStatement ps = c.prepareStatement("insert into report_text "
                    + "(area_code, fiscal_year, block, content, version, updated_by) values (?, ?, ?, ?::jsonb, ?, ?) "
                    + "on conflict (area_code, block, fiscal_year) do update set content = excluded.content, "
                    + "version = excluded.version, updated_by = excluded.updated_by, updated_at = now()")) {
                ps.setString(1, area);
                ps.setInt(2, fiscalYear);
                ps.setString(3, block.key());
                ps.setString(4, content);
                ps.setLong(5, next);
                ps.setString(6, actor);
                ps.executeUpdate();
            }
            return next;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A 400 problem naming every bad field (elements[i].text, elementsEn[i].items[j] …); the text stripped otherwise.
     * The English version is optional (absent or empty: none) and checked as the Thai is.
     */
    public static ReportText validate(ReportText text) {
        FieldErrors errors = new FieldErrors();
        if (text == null || text.elements() == null || text.elements().isEmpty()) {
            errors.add("elements", "is required: at least one paragraph or list");
            errors.throwIfAny("The report text");
        }
        List<ReportText.Element> thai = elements(errors, "elements", text.elements());
        List<ReportText.Element> english = text.elementsEn() == null || text.elementsEn().isEmpty() ? null
                : elements(errors, "elementsEn", text.elementsEn());
        errors.throwIfAny("The report text");
        return new ReportText(thai, english);
    }

    private static List<ReportText.Element> elements(FieldErrors errors, String field, List<ReportText.Element> in) {
        if (in.size() > MAX_ELEMENTS) {
            errors.add(field, "has more than " + MAX_ELEMENTS + " elements");
        }
        List<ReportText.Element> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            ReportText.Element e = in.get(i);
            String at = field + "[" + i + "]";
            if (e == null) {
                errors.add(at, "is required");
                continue;
            }
            if (e.kind() == null || !KINDS.contains(e.kind())) {
                errors.add(at + ".kind", "must be paragraph, numbered or bulleted, got "
                        + (e.kind() == null ? "nothing" : "'" + e.kind() + "'"));
                continue;
            }
            String title = errors.text(at + ".title", e.title(), false, MAX_TEXT);
            if (e.kind().equals("paragraph")) {
                if (e.items() != null && !e.items().isEmpty()) {
                    errors.add(at + ".items", "a paragraph has text, not items");
                }
                out.add(new ReportText.Element("paragraph", title, errors.text(at + ".text", e.text(), true, MAX_TEXT), null));
                continue;
            }
            if (e.text() != null && !e.text().isBlank()) {
                errors.add(at + ".text", "a list has items, not text");
            }
            if (e.items() == null || e.items().isEmpty()) {
                errors.add(at + ".items", "is required: at least one item");
                continue;
            }
            if (e.items().size() > MAX_ITEMS) {
                errors.add(at + ".items", "has more than " + MAX_ITEMS + " items");
            }
            List<String> items = new ArrayList<>();
            for (int j = 0; j < e.items().size(); j++) {
                items.add(errors.text(at + ".items[" + j + "]", e.items().get(j), true, MAX_TEXT));
            }
            out.add(new ReportText.Element(e.kind(), title, null, items));
        }
        return out;
    }

    private String write(ReportText text) {
        try {
            return json.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReportText parse(String content) {
        try {
            return json.readValue(content, ReportText.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
