package org.khet.budget.service;

import org.khet.kit.feed.FeedKind;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.security.AccessControl;

import java.util.List;
import java.util.TreeSet;

/**
 * A budget feed: its rows name areas in {@code areaCode} and fiscal years in {@code fiscalYear}, and the caller must
 * be able to write each area the rows name.
 */
public abstract class BudgetFeed<T> implements FeedKind<T> {
    private final String name;
    private final FeedReader.Columns columns;
    protected final References refs;

    protected BudgetFeed(String name, FeedReader.Columns columns, References refs) {
        this.name = name;
        this.columns = columns;
        this.refs = refs;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final FeedReader.Columns columns() {
        return columns;
    }

    /**
     * Refuses (403) a caller who may not write an area the rows name, before anything stored is looked at. A code
     * that is not an area of the org directory is left to validation, which names its row (400).
     */
    @Override
    public void authorize(List<FeedRow> rows, AccessControl access) {
        for (String area : FeedKind.distinct(rows, "areaCode")) {
            if (refs.isArea(area)) {
                access.requireWrite(area);
            }
        }
    }

    @Override
    public String scope(List<FeedRow> rows) {
        return FeedKind.scopeOf(rows, "areaCode", "fiscalYear");
    }

    /** Collects the areas and fiscal years a feed was about, sorted, for its {@link org.khet.contracts.FeedResult}. */
    static final class About {
        private final TreeSet<String> areas = new TreeSet<>();
        private final TreeSet<Integer> years = new TreeSet<>();

        void add(String area, int fiscalYear) {
            areas.add(area);
            years.add(fiscalYear);
        }

        List<String> areas() {
            return List.copyOf(areas);
        }

        List<Integer> years() {
            return List.copyOf(years);
        }
    }
}
