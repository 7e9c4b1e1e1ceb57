package org.khet.budget.service;

import jakarta.inject.Singleton;
import org.khet.budget.domain.Allotment;
import org.khet.budget.domain.BudgetCategory;
import org.khet.budget.domain.FiscalYearEntry;
import org.khet.contracts.FeedResult;
import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The allotments feed (การจัดสรรงบประมาณ): each row an allotment of an area, fiscal year and category. A row already
 * recorded (matched by its natural identity, whatever the bytes: ADR 9) is counted unchanged and neither stored nor
 * published again; a recorded document sent with another date or amount is a 400 naming the row.
 */
@Singleton
public class AllocationsFeed extends BudgetFeed<AllocationsFeed.Content> {
    public static final String NAME = "allocations";
    public static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("areaCode", "fiscalYear", "category", "date", "amount"),
            List.of("documentNo", "note"));

    private final AllocationService allotments;

    public AllocationsFeed(References refs, AllocationService allotments) {
        super(NAME, COLUMNS, refs);
        this.allotments = allotments;
    }

    /** The allotments to store, and how many rows were already recorded. */
    public record Content(int rows, List<NewRow> created, int unchanged, BudgetFeed.About about) {
    }

    /** An allotment of the feed; its identity is its document number within area, year and category, else all it says. */
    public record NewRow(String area, int fy, String category, String doc, LocalDate date, BigDecimal amount,
                         String note) {
        String identity() {
            String base = area + "|" + fy + "|" + category + "|";
            return doc != null ? base + "doc|" + doc : base + "nodoc|" + date + "|" + amount.toPlainString() + "|" + note;
        }
    }

    @Override
    public Content validate(List<FeedRow> rows) {
        FeedErrors errors = new FeedErrors();
        Map<String, BudgetCategory> cats = refs.categoryLookup();
        References.FeedRowChecks checks = refs.feedRowChecks();
        List<NewRow> created = new ArrayList<>();
        int unchanged = 0;
        BudgetFeed.About about = new BudgetFeed.About();
        Map<String, Integer> seen = new HashMap<>();
        for (FeedRow r : rows) {
            String area = checks.area(errors, r);
            Optional<FiscalYearEntry> year = checks.fiscalYear(errors, r);
            Integer fy = year.map(y -> y.be).orElse(null);
            String catText = errors.text(r, "category", true);
            BudgetCategory cat = References.category(cats, catText);
            if (catText != null && cat == null) {
                errors.add(r.row(), "category", "unknown category '" + catText + "'; known: " + References.knownCategories(cats));
            }
            LocalDate date = errors.date(r, "date", true);
            BigDecimal amount = errors.money(r, "amount", true, true);
            if (amount != null && amount.signum() == 0) {
                errors.add(r.row(), "amount", "must not be zero");
            }
            String doc = r.get("documentNo");
            String note = r.get("note");
            if (date != null && year.isPresent() && (date.isBefore(year.get().startsOn) || date.isAfter(year.get().endsOn))) {
                errors.add(r.row(), "date", "must be within fiscal year " + fy + " (" + year.get().startsOn + " to "
                        + year.get().endsOn + "), got " + date);
            }
            if (area == null || fy == null || cat == null || date == null || amount == null || amount.signum() == 0) {
                continue;
            }
            NewRow row = new NewRow(area, fy, cat.code, doc, date, amount, note);
            Integer first = seen.putIfAbsent(row.identity(), r.row());
            if (first != null) {
                errors.add(r.row(), "documentNo", doc != null
                        ? "document '" + doc + "' appears twice in the feed for " + cat.code + " (rows " + first + " and " + r.row() + ")"
                        : "the same allotment as row " + first + " (no document number, same date, amount and note); "
                        + "give each its documentNo, or a note that tells them apart");
                continue;
            }
            about.add(area, fy);
            // the pipeline has checked that the caller may write the area before anything stored is looked at
            Allotment stored = recorded(row);
            if (stored == null) {
                created.add(row);
            } else if (doc != null && (!stored.allottedOn.equals(date) || stored.amount.compareTo(amount) != 0)) {
                errors.add(r.row(), "documentNo", "document '" + doc + "' is already recorded for " + area + " FY" + fy
                        + " " + cat.code + " as " + stored.amount.toPlainString() + " on " + stored.allottedOn
                        + "; this row says " + amount.toPlainString() + " on " + date + " (cancel the stored one to correct it)");
            } else {
                unchanged++;
            }
        }
        errors.throwIfAny();
        return new Content(rows.size(), created, unchanged, about);
    }

    @Override
    public FeedResult store(Content c, String actor) {
        for (NewRow p : c.created()) {
            allotments.store(p.area(), p.fy(), p.category(), p.doc(), p.date(), p.amount(), p.note(), actor);
        }
        return FeedResult.of(NAME, c.rows(), c.created().size(), 0, c.unchanged(), c.about().areas(), c.about().years());
    }

    /**
     * The stored allotment a feed row is, if any: the one with its document number, or, for a row without one, an
     * undocumented allotment with the same area, year, category, date, amount and note.
     */
    private static Allotment recorded(NewRow r) {
        if (r.doc() != null) {
            return Allotment.<Allotment>find("areaCode = ?1 and fiscalYear = ?2 and categoryCode = ?3 and documentNo = ?4",
                    r.area(), r.fy(), r.category(), r.doc()).firstResult();
        }
        return Allotment.<Allotment>find("areaCode = ?1 and fiscalYear = ?2 and categoryCode = ?3 and documentNo is null "
                        + "and allottedOn = ?4 and amount = ?5 and " + (r.note() == null ? "note is null" : "note = ?6"),
                r.note() == null ? new Object[]{r.area(), r.fy(), r.category(), r.date(), r.amount()}
                        : new Object[]{r.area(), r.fy(), r.category(), r.date(), r.amount(), r.note()}).firstResult();
    }
}
