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
 * nothing: no heading is invented for it. The English report prints a block's English version where the office wrote
 * one, else the Thai as written under a one-line English note saying so (ADR 0027).
 */
public final class OfficeTexts {
    private final Words w;
    private final Map<TextBlock, ReportText> texts;

    public OfficeTexts(Words w, Map<TextBlock, ReportText> texts) {
        this.w = w;
        this.texts = texts;
    }

    /**
     * One place's blocks as this report prints them: the Thai; in the English report each block's English version,
     * or where the office wrote none the Thai under a one-line English note saying so (one note over Thai-only blocks
     * that follow each other, as the foreword and its signatories).
     */
    private List<Block> blocks(TextBlock... place) {
        List<Block> out = new ArrayList<>();
        boolean noted = false;
        for (TextBlock b : place) {
            ReportText t = texts.get(b);
            if (t == null) {
                continue;
            }
            if (w.thai()) {
                out.addAll(t.blocks());
            } else if (t.hasEnglish()) {
                out.addAll(t.blocksEn());
                noted = false;
            } else {
                if (!noted) {
                    out.add(Paragraph.of(w.tr("สำนักงานเขตพื้นที่เขียนข้อความส่วนนี้เป็นภาษาไทยเท่านั้น จึงพิมพ์ตามต้นฉบับ")));
                    noted = true;
                }
                out.addAll(t.blocks());
            }
        }
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
        return new Part("foreword", title(TextBlock.FOREWORD), List.of(
                new Section("foreword-text", title(TextBlock.FOREWORD), blocks(TextBlock.FOREWORD, TextBlock.SIGNATORIES))));
    }

    /** Part 1's sections with the mandate first and the borders and districts before Table 1. */
    public List<Section> part1(List<Section> mapped) {
        List<Section> out = new ArrayList<>();
        if (texts.containsKey(TextBlock.MANDATE)) {
            out.add(new Section("p1-mandate", title(TextBlock.MANDATE), blocks(TextBlock.MANDATE)));
        }
        List<Block> location = blocks(TextBlock.BORDERS, TextBlock.DISTRICTS);
        for (Section s : mapped) {
            out.add(s.id().equals("p1-location") ? leading(s, location) : s);
        }
        return out;
    }

    /** Part 2's sections with the core values' heading before the values and the introduction before the policies. */
    public List<Section> part2(List<Section> mapped) {
        List<Section> out = new ArrayList<>();
        for (Section s : mapped) {
            if (s.id().equals("p2-policies")) {
                out.add(leading(s, blocks(TextBlock.POLICY_INTRO)));
            } else if (s.id().equals("p2-strategies") && texts.containsKey(TextBlock.CORE_VALUES)) {
                List<Block> blocks = new ArrayList<>();
                for (Block b : s.blocks()) {
                    if (b instanceof ItemList l && w.tr(ProjectMapping.CORE_VALUES).equals(l.title())) {
                        // the office's heading says what the values are called ("… Phayao2 – PUSH …"): it replaces ours
                        blocks.addAll(blocks(TextBlock.CORE_VALUES));
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
                ? List.of(new Section("p4-problems", title(TextBlock.PART4), blocks(TextBlock.PART4)))
                : fallback;
    }

    /** The appendix with the credits last, when the office wrote them. */
    public List<Section> appendix(List<Section> mapped) {
        List<Section> out = new ArrayList<>(mapped);
        if (texts.containsKey(TextBlock.CREDITS)) {
            out.add(new Section("appendix-credits", title(TextBlock.CREDITS), blocks(TextBlock.CREDITS)));
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
