package org.khet.report.texts;

import org.khet.report.domain.Block;
import org.khet.report.domain.ItemList;
import org.khet.report.domain.Paragraph;
import org.khet.report.domain.Part;
import org.khet.report.domain.Section;
import org.khet.report.mapping.ProjectMapping;
import org.khet.report.words.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the office's stored texts go in the report, as the printed report places them: the foreword and its
 * signatories (a part before Part 1), the mandate (Part 1's first section), the borders and the districts' paragraphs
 * (before Table 1), the policy announcement's introduction (before the policies), the core values' heading (before
 * the values), Part 4 and the credits (the appendix's last section). A block the office has not written prints
 * nothing: no heading is invented for it. The office writes its texts in Thai only: the English report prints them as
 * written, each place under a one-line English note saying so (ADR 0027).
 */
public final class OfficeTexts {
    private final Words w;
    private final Map<TextBlock, ReportText> texts;

    public OfficeTexts(Words w, Map<TextBlock, ReportText> texts) {
        this.w = w;
        this.texts = texts;
    }

    private List<Block> blocks(TextBlock b) {
        ReportText t = texts.get(b);
        return t == null ? List.of() : t.blocks();
    }

    /** The office's blocks for one place, in the English report under the note that they are Thai as written. */
    private List<Block> noted(List<Block> blocks) {
        if (blocks.isEmpty() || w.thai()) {
            return blocks;
        }
        List<Block> out = new ArrayList<>();
        out.add(Paragraph.of(w.tr("สำนักงานเขตพื้นที่เขียนข้อความส่วนนี้เป็นภาษาไทยเท่านั้น จึงพิมพ์ตามต้นฉบับ")));
        out.addAll(blocks);
        return out;
    }

    private String title(TextBlock b) {
        return w.tr(b.titleTh());
    }

    /** The foreword's part, its signatories under it; null when the office wrote no foreword. */
    public Part foreword() {
        if (!texts.containsKey(TextBlock.FOREWORD)) {
            return null;
        }
        List<Block> blocks = new ArrayList<>(blocks(TextBlock.FOREWORD));
        blocks.addAll(blocks(TextBlock.SIGNATORIES));
        return new Part("foreword", title(TextBlock.FOREWORD), List.of(
                new Section("foreword-text", title(TextBlock.FOREWORD), noted(blocks))));
    }

    /** Part 1's sections with the mandate first and the borders and districts before Table 1. */
    public List<Section> part1(List<Section> mapped) {
        List<Section> out = new ArrayList<>();
        if (texts.containsKey(TextBlock.MANDATE)) {
            out.add(new Section("p1-mandate", title(TextBlock.MANDATE), noted(blocks(TextBlock.MANDATE))));
        }
        List<Block> location = new ArrayList<>(blocks(TextBlock.BORDERS));
        location.addAll(blocks(TextBlock.DISTRICTS));
        for (Section s : mapped) {
            out.add(s.id().equals("p1-location") ? leading(s, noted(location)) : s);
        }
        return out;
    }

    /** Part 2's sections with the core values' heading before the values and the introduction before the policies. */
    public List<Section> part2(List<Section> mapped) {
        List<Section> out = new ArrayList<>();
        for (Section s : mapped) {
            if (s.id().equals("p2-policies")) {
                out.add(leading(s, noted(blocks(TextBlock.POLICY_INTRO))));
            } else if (s.id().equals("p2-strategies") && texts.containsKey(TextBlock.CORE_VALUES)) {
                List<Block> blocks = new ArrayList<>();
                for (Block b : s.blocks()) {
                    if (b instanceof ItemList l && w.tr(ProjectMapping.CORE_VALUES).equals(l.title())) {
                        // the office's heading says what the values are called ("… Phayao2 – PUSH …"): it replaces ours
                        blocks.addAll(noted(blocks(TextBlock.CORE_VALUES)));
                        blocks.add(new ItemList(null, l.numbered(), l.items()));
                    } else {
                        blocks.add(b);
                    }
                }
                out.add(new Section(s.id(), s.title(), blocks));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Part 4 as the office wrote it, or {@code fallback} (what the projects reported) when it wrote none. */
    public List<Section> part4(List<Section> fallback) {
        return texts.containsKey(TextBlock.PART4)
                ? List.of(new Section("p4-problems", title(TextBlock.PART4), noted(blocks(TextBlock.PART4))))
                : fallback;
    }

    /** The appendix with the credits last, when the office wrote them. */
    public List<Section> appendix(List<Section> mapped) {
        List<Section> out = new ArrayList<>(mapped);
        if (texts.containsKey(TextBlock.CREDITS)) {
            out.add(new Section("appendix-credits", title(TextBlock.CREDITS), noted(blocks(TextBlock.CREDITS))));
        }
        return out;
    }

    private static Section leading(Section s, List<Block> first) {
        if (first.isEmpty()) {
            return s;
        }
        List<Block> blocks = new ArrayList<>(first);
        blocks.addAll(s.blocks());
        return new Section(s.id(), s.title(), blocks);
    }
}
