package org.khet.budget.service;

import jakarta.inject.Singleton;
import org.khet.budget.domain.BudgetCategory;
import org.khet.budget.domain.ExecutionReport;
import org.khet.budget.domain.ExecutionReportLine;
import org.khet.budget.domain.FiscalYearEntry;
import org.khet.contracts.FeedResult;
import org.khet.contracts.Money;
import org.khet.contracts.events.budget.ExecutionReported;
import org.khet.contracts.read.budget.AreaBudgetView.ReportedTotal;
import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The execution snapshots feed (ผลการเบิกจ่ายงบประมาณ ณ วันที่ …): rows of one or more snapshots, one row per
 * category and optionally the printed total row. A snapshot already stored with the same figures is counted
 * unchanged and neither stored nor published again (the feed re-sent in other bytes: ADR 7, 9); one stored with other
 * figures is a 409 naming its first row (delete the stored snapshot to replace it).
 */
@Singleton
public class ExecutionReportsFeed extends BudgetFeed<ExecutionReportsFeed.Content> {
    public static final String NAME = "execution-reports";
    /** The category column's value for the printed total row. */
    public static final Set<String> TOTAL_LABELS = Set.of("total", "รวม", "รวมทั้งสิ้น");
    public static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("areaCode", "fiscalYear", "asOf", "category", "disbursed"),
            List.of("allocated", "committed", "remaining", "percentDisbursed", "source"));

    private final ExecutionReportService reports;

    public ExecutionReportsFeed(References refs, ExecutionReportService reports) {
        super(NAME, COLUMNS, refs);
        this.reports = reports;
    }

    public record SnapshotKey(String area, int fy, LocalDate asOf) {
    }

    /** One snapshot of the feed: its first row, its category lines in feed order, its source and printed total. */
    public static final class Snapshot {
        final int firstRow;
        final Map<String, ExecutionReported.Line> lines = new LinkedHashMap<>();
        String source;
        ReportedTotal total;

        Snapshot(int firstRow) {
            this.firstRow = firstRow;
        }
    }

    /** The snapshots to store, and how many were already stored with the same figures. */
    public record Content(int rows, Map<SnapshotKey, Snapshot> created, int unchanged, BudgetFeed.About about) {
    }

    @Override
    public Content validate(List<FeedRow> rows) {
        FeedErrors errors = new FeedErrors();
        Map<String, BudgetCategory> cats = refs.categoryLookup();
        References.FeedRowChecks checks = refs.feedRowChecks();
        Map<SnapshotKey, Snapshot> snapshots = new LinkedHashMap<>();
        for (FeedRow r : rows) {
            String area = checks.area(errors, r);
            Optional<FiscalYearEntry> year = checks.fiscalYear(errors, r);
            Integer fy = year.map(y -> y.be).orElse(null);
            LocalDate asOf = errors.date(r, "asOf", true);
            if (asOf != null && year.isPresent()) {
                String p = ExecutionReportService.asOfProblem(year.get(), asOf);
                if (p != null) {
                    errors.add(r.row(), "asOf", p);
                }
            }
            String catText = errors.text(r, "category", true);
            boolean totalRow = catText != null && TOTAL_LABELS.contains(catText.strip().toLowerCase(Locale.ROOT));
            BudgetCategory cat = totalRow ? null : References.category(cats, catText);
            if (catText != null && !totalRow && cat == null) {
                errors.add(r.row(), "category", "unknown category '" + catText + "'; known: "
                        + References.knownCategories(cats) + " or total");
            }
            BigDecimal alloc = errors.money(r, "allocated", false, false);
            BigDecimal disb = errors.money(r, "disbursed", !totalRow, false);
            BigDecimal comm = nil(r, "committed") ? Money.ZERO : errors.money(r, "committed", false, false);
            BigDecimal rem = nil(r, "remaining") ? Money.ZERO : errors.money(r, "remaining", false, true);
            BigDecimal pct = percent(errors, r);
            if (area == null || fy == null || asOf == null || (cat == null && !totalRow)) {
                continue;
            }
            Snapshot s = snapshots.computeIfAbsent(new SnapshotKey(area, fy, asOf), k -> new Snapshot(r.row()));
            if (s.source == null) {
                s.source = r.get("source");
            }
            if (totalRow) {
                if (s.total != null) {
                    errors.add(r.row(), "category", "the snapshot of " + area + " as of " + asOf + " has a second total row");
                }
                s.total = new ReportedTotal(alloc, disb, comm, rem, pct);
            } else if (s.lines.containsKey(cat.code)) {
                errors.add(r.row(), "category", "category " + cat.code + " appears twice in the snapshot of " + area + " as of " + asOf);
            } else {
                s.lines.put(cat.code, new ExecutionReported.Line(cat.code, alloc, disb, comm == null ? Money.ZERO : comm, rem, pct));
            }
        }
        for (var e : snapshots.entrySet()) {
            if (e.getValue().lines.isEmpty()) {
                errors.add(e.getValue().firstRow, "category", "the snapshot of " + e.getKey().area() + " as of "
                        + e.getKey().asOf() + " has a total row but no category rows");
            }
        }
        errors.throwIfAny();
        Map<SnapshotKey, Snapshot> created = new LinkedHashMap<>();
        int unchanged = 0;
        BudgetFeed.About about = new BudgetFeed.About();
        List<Problem.FieldError> conflicts = new ArrayList<>();
        for (var e : snapshots.entrySet()) {
            SnapshotKey k = e.getKey();
            about.add(k.area(), k.fy());
            ExecutionReport stored = ExecutionReport.<ExecutionReport>find("areaCode = ?1 and fiscalYear = ?2 and asOf = ?3",
                    k.area(), k.fy(), k.asOf()).firstResult();
            if (stored == null) {
                created.put(k, e.getValue());
            } else if (same(stored, e.getValue())) {
                unchanged++;
            } else {
                conflicts.add(Problem.FieldError.cell(e.getValue().firstRow, "asOf", "a snapshot of " + k.area()
                        + " FY" + k.fy() + " as of " + k.asOf() + " is already stored"));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ProblemException(409, "conflict", "Conflict with the current state", conflicts.size()
                    + " snapshot(s) of the feed are already stored (delete a snapshot to replace it); nothing was stored",
                    conflicts);
        }
        return new Content(rows.size(), created, unchanged, about);
    }

    @Override
    public FeedResult store(Content c, String actor) {
        for (var e : c.created().entrySet()) {
            Snapshot s = e.getValue();
            reports.store(e.getKey().area(), e.getKey().fy(), e.getKey().asOf(), s.source,
                    new ArrayList<>(s.lines.values()), s.total, actor);
        }
        return FeedResult.of(NAME, c.rows(), c.created().size(), 0, c.unchanged(), c.about().areas(), c.about().years());
    }

    /** True when the stored snapshot holds exactly the feed's figures, source and printed total. */
    static boolean same(ExecutionReport stored, Snapshot s) {
        if (!Objects.equals(stored.source, s.source) || stored.lines.size() != s.lines.size()) {
            return false;
        }
        for (ExecutionReportLine l : stored.lines) {
            ExecutionReported.Line f = s.lines.get(l.categoryCode);
            if (f == null || !eq(l.reportedAllocated, f.reportedAllocated()) || !eq(l.disbursed, f.disbursed())
                    || !eq(l.committed, f.committed()) || !eq(l.reportedRemaining, f.reportedRemaining())
                    || !eq(l.reportedPercent, f.reportedPercent())) {
                return false;
            }
        }
        ReportedTotal t = s.total == null ? new ReportedTotal(null, null, null, null, null) : s.total;
        return eq(stored.reportedTotalAllocated, t.allocated()) && eq(stored.reportedTotalDisbursed, t.disbursed())
                && eq(stored.reportedTotalCommitted, t.committed()) && eq(stored.reportedTotalRemaining, t.remaining())
                && eq(stored.reportedTotalPercent, t.percentDisbursed());
    }

    private static boolean eq(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** A reported percentage: at most two decimals and from 0 to 1000, as {@code FieldErrors.percent} checks the single POST. */
    private static BigDecimal percent(FeedErrors errors, FeedRow r) {
        BigDecimal pct = errors.decimal(r, "percentDisbursed", false, 2, "a percentage", BigDecimal.ZERO,
                BigDecimal.valueOf(1000));
        return pct == null ? null : pct.setScale(2);
    }

    /** Finance printouts show a nil amount as "-". */
    private static boolean nil(FeedRow r, String column) {
        String v = r.get(column);
        return v != null && (v.equals("-") || v.equals("–"));
    }
}
