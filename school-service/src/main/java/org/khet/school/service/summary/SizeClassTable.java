package org.khet.school.service.summary;

import org.khet.contracts.Percent;
import org.khet.contracts.read.school.AreaSummary.SizeClassRow;
import org.khet.contracts.read.school.AreaSummary.SizeClasses;
import org.khet.school.config.SchoolConfig;
import org.khet.school.domain.SizeClass;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.khet.school.service.summary.SummaryTable.SIZE_CLASSES;

/**
 * 1.1.1 จำนวนโรงเรียนจำแนกตามขนาด: the schools that sent the round, by the size class of their total students, with
 * each class's percentage of them and the percentages' sum as printed (which need not be 100.00).
 */
public final class SizeClassTable {
    private final SchoolConfig.SizeClasses thresholds;

    public SizeClassTable(SchoolConfig.SizeClasses thresholds) {
        this.thresholds = thresholds;
    }

    /** @param students each school's total students in the round */
    public TableResult<SizeClasses> compute(List<Integer> students) {
        Map<SizeClass, Integer> bySize = new EnumMap<>(SizeClass.class);
        students.forEach(n -> bySize.merge(SizeClass.of(n, thresholds), 1, Integer::sum));
        Figures figures = new Figures();
        List<SizeClassRow> rows = new ArrayList<>();
        BigDecimal percentSum = BigDecimal.ZERO;
        for (SizeClass sc : SizeClass.values()) {
            int n = bySize.getOrDefault(sc, 0);
            BigDecimal p = Percent.of(n, students.size());
            rows.add(new SizeClassRow(sc.code(), sc.nameTh, sc.band(thresholds), n, p));
            figures.put(SIZE_CLASSES, sc.code(), "schools", n).put(SIZE_CLASSES, sc.code(), "percent", p)
                    .label(SIZE_CLASSES, sc.code(), sc.nameTh);
            percentSum = p == null ? percentSum : percentSum.add(p);
        }
        figures.put(SIZE_CLASSES, FigureKey.TOTAL, "schools", students.size());
        return TableResult.of(new SizeClasses(rows, students.size(), students.isEmpty() ? null : percentSum), figures);
    }
}
