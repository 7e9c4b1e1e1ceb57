package org.khet.report.texts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.khet.report.domain.Block;
import org.khet.report.domain.ItemList;
import org.khet.report.domain.Paragraph;

import java.util.List;

/**
 * A stored narrative block: its elements in the office's order, in Thai, and the office's English version of them
 * where it wrote one (printed by the English report; null: none).
 */
@Schema(description = "A narrative block of the report: its elements in order, and optionally their English version")
public record ReportText(
        @Schema(description = "paragraphs and lists in the order printed", required = true) List<Element> elements,
        @Schema(description = "the office's English version of the block, printed by the English report (?lang=en) "
                + "instead of the Thai; absent or empty: none, and the English report prints the Thai under a note")
        List<Element> elementsEn) {

    /** A block written in Thai only. */
    public ReportText(List<Element> elements) {
        this(elements, null);
    }

    /**
     * One element: a paragraph ({@code text}, with an optional bold {@code label}) or a numbered or bulleted list
     * ({@code items}, with an optional {@code title}). Numbers are printed by the report, not written in the items.
     */
    @Schema(name = "ReportTextElement", description = "A paragraph or a numbered or bulleted list")
    public record Element(
            @Schema(description = "paragraph, numbered or bulleted", required = true,
                    enumeration = {"paragraph", "numbered", "bulleted"}) String kind,
            @Schema(description = "a paragraph's bold label or a list's title (optional)") String title,
            @Schema(description = "a paragraph's text") String text,
            @Schema(description = "a list's items, without numbers") List<String> items) {

        Block block() {
            return switch (kind) {
                case "paragraph" -> new Paragraph(title, text);
                case "numbered" -> new ItemList(title, true, items);
                default -> new ItemList(title, false, items);
            };
        }
    }

    /** The report's blocks for these elements. */
    public List<Block> blocks() {
        return elements.stream().map(Element::block).toList();
    }

    /** Whether the office wrote an English version of the block. */
    public boolean hasEnglish() {
        return elementsEn != null && !elementsEn.isEmpty();
    }

    /** The report's blocks for the English version; empty when there is none. */
    public List<Block> blocksEn() {
        return hasEnglish() ? elementsEn.stream().map(Element::block).toList() : List.of();
    }
}
