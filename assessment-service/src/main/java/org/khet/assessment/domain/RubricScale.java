package org.khet.assessment.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A rubric as a value: its bands sorted from the highest minimum down. A score belongs to the first band whose
 * minimum it reaches, so band edges are inclusive at the bottom (3.50 is ดีมาก when ดีมาก starts at 3.50).
 */
public record RubricScale(String code, String kind, List<Band> bands) {

    public record Band(BigDecimal minScore, Integer level, String label, Boolean passes) {
    }

    public RubricScale {
        bands = bands.stream().sorted(Comparator.comparing(Band::minScore).reversed()).toList();
    }

    public Optional<Band> bandOf(BigDecimal score) {
        if (score == null) {
            return Optional.empty();
        }
        return bands.stream().filter(b -> score.compareTo(b.minScore()) >= 0).findFirst();
    }

    public Optional<Band> byLevel(int level) {
        return bands.stream().filter(b -> b.level() != null && b.level() == level).findFirst();
    }

    /** The band named by a label as written ("ดีมาก", "aa"), ignoring case and spaces. */
    public Optional<Band> byLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String l = label.replace(" ", "").toLowerCase(Locale.ROOT);
        return bands.stream().filter(b -> b.label().replace(" ", "").toLowerCase(Locale.ROOT).equals(l)).findFirst();
    }
}
