package org.khet.report.domain;

import java.math.BigDecimal;
import java.util.List;

/** A grouped bar chart: one bar per series in each category (O-NET: area / OBEC / nation per subject). */
public record Chart(String id, String title, String unit, List<String> categories, List<Series> series)
        implements Block {

    public record Series(String name, List<BigDecimal> values) {
    }
}
