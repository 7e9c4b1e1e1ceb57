package org.khet.budget.service;

import org.khet.kit.feed.FeedKind;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.security.AccessControl;

import java.util.List;
import java.util.TreeSet;

/**
 * A budget feed: its rows name areas in {@code areaCode} and fiscal years in {@code fiscalYear}, and the caller must
 * be able to write each area the rows name.
 */
public interface BudgetFeedKind<T> extends FeedKind<T> {

    References refs();

    /**
     * Refuses (403) a caller who may not write an area the rows name, before anything stored is looked at. A code
     * that is not an area of the org directory is left to validation, which names its row (400).
     */
    @Override
    default void authorize(List<FeedRow> rows, AccessControl access) {
        for (String area : FeedKind.distinct(rows, "areaCode")) {
            if (refs().isArea(area)) {
                access.requireWrite(area);
            }
        }
    }

    @Override
    default String scope(List<FeedRow> rows) {
        return FeedKind.scopeOf(rows, "areaCode", "fiscalYear");
    }

    /** Collects the areas and fiscal years a feed was about, sorted, for its {@link org.khet.contracts.FeedResult}. */
    final class About {
        private final TreeSet<String> areas = new TreeSet<>();
        private final TreeSet<Integer> years = new TreeSet<>();

        public void add(String area, int fiscalYear) {
            areas.add(area);
            years.add(fiscalYear);
        }

        public List<String> areas() {
            return List.copyOf(areas);
        }

        public List<Integer> years() {
            return List.copyOf(years);
        }
    }
}
