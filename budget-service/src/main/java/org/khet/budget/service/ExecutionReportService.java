package org.khet.budget.service;

import org.khet.kit.problem.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.budget.api.Dtos.FeedResult;
import org.khet.budget.api.Dtos.NewExecutionLine;
import org.khet.budget.api.Dtos.NewExecutionReport;
import org.khet.contracts.read.budget.AreaBudgetView.ReportedTotal;
import org.khet.budget.domain.BudgetCategory;
import org.khet.budget.domain.ExecutionReport;
import org.khet.budget.domain.ExecutionReportLine;
import org.khet.budget.domain.FiscalYearEntry;
import org.khet.contracts.Money;
import org.khet.contracts.events.budget.ExecutionReportDeleted;
import org.khet.contracts.events.budget.ExecutionReported;
import org.khet.kit.etag.ETags;
import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedFormat;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedReceipts;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.paging.Page;
import org.khet.kit.paging.PageRequest;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Execution snapshots (ผลการเบิกจ่ายงบประมาณ ณ วันที่ …): stored as the finance system reported them, one per area,
 * year and date. A second snapshot for the same date is a conflict; a corrected one replaces it after a DELETE.
 */
@ApplicationScoped
@Transactional
public class ExecutionReportService {
    public static final String FEED_KIND = "execution-reports";
    /** The category column's value for the printed total row. */
    public static final Set<String> TOTAL_LABELS = Set.of("total", "รวม", "รวมทั้งสิ้น");
    public static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("areaCode", "fiscalYear", "asOf", "category", "disbursed"),
            List.of("allocated", "committed", "remaining", "percentDisbursed", "source"));

    private final References refs;
    private final Outbox outbox;
    private final AccessControl access;
    private final FeedReceipts receipts;

    public ExecutionReportService(References refs, Outbox outbox, AccessControl access, FeedReceipts receipts) {
        this.refs = refs;
        this.outbox = outbox;
        this.access = access;
        this.receipts = receipts;
    }

    public ExecutionReport record(NewExecutionReport in) {
        if (in == null) {
            throw ProblemException.badRequest("the body must be an execution report object");
        }
        FieldErrors checks = new FieldErrors();
        checks.addIf("areaCode", refs.areaProblem(in.areaCode()));
        checks.addIf("fiscalYear", refs.fiscalYearProblem(in.fiscalYear()));
        checks.required("asOf", in.asOf());
        if (in.asOf() != null && in.fiscalYear() != null) {
            refs.fiscalYear(in.fiscalYear()).ifPresent(y -> checks.addIf("asOf", asOfProblem(y, in.asOf())));
        }
        Map<String, BudgetCategory> cats = refs.categoryLookup();
        Map<String, ExecutionReported.Line> lines = new LinkedHashMap<>();
        if (in.lines() == null || in.lines().isEmpty()) {
            checks.add("lines", "at least one category line is required");
        } else {
            for (int i = 0; i < in.lines().size(); i++) {
                NewExecutionLine l = in.lines().get(i);
                String f = "lines[" + i + "]";
                if (l == null) {
                    checks.add(f, "must be a line object");
                    continue;
                }
                BudgetCategory cat = null;
                if (checks.required(f + ".category", l.category())) {
                    cat = References.category(cats, l.category());
                    if (cat == null) {
                        checks.add(f + ".category", "unknown category '" + l.category() + "'; known: "
                                + References.knownCategories(cats));
                    } else if (lines.containsKey(cat.code)) {
                        checks.add(f + ".category", "category " + cat.code + " appears twice");
                        cat = null;
                    }
                }
                BigDecimal alloc = checks.money(f + ".allocated", l.allocated(), false, false);
                BigDecimal disb = checks.money(f + ".disbursed", l.disbursed(), true, false);
                BigDecimal comm = checks.money(f + ".committed", l.committed(), false, false);
                BigDecimal rem = checks.money(f + ".remaining", l.remaining(), false, true);
                BigDecimal pct = checks.percent(f + ".percentDisbursed", l.percentDisbursed());
                if (cat != null) {
                    lines.put(cat.code, new ExecutionReported.Line(cat.code, alloc, disb, comm == null ? Money.ZERO : comm, rem, pct));
                }
            }
        }
        ReportedTotal total = null;
        if (in.reportedTotal() != null) {
            ReportedTotal t = in.reportedTotal();
            total = new ReportedTotal(checks.money("reportedTotal.allocated", t.allocated(), false, false),
                    checks.money("reportedTotal.disbursed", t.disbursed(), false, false),
                    checks.money("reportedTotal.committed", t.committed(), false, false),
                    checks.money("reportedTotal.remaining", t.remaining(), false, true),
                    checks.percent("reportedTotal.percentDisbursed", t.percentDisbursed()));
        }
        checks.throwIfAny();
        if (exists(in.areaCode(), in.fiscalYear(), in.asOf())) {
            throw duplicate(in.areaCode(), in.fiscalYear(), in.asOf());
        }
        access.requireWrite(in.areaCode());
        return store(in.areaCode(), in.fiscalYear(), in.asOf(), blankToNull(in.source()), new ArrayList<>(lines.values()), total);
    }

    public FeedResult feed(byte[] body, FeedFormat format, String idempotencyKey) {
        List<FeedRow> rows = FeedReader.read(body, format, COLUMNS);
        if (rows.isEmpty()) {
            throw ProblemException.validation("the feed has no rows; nothing was stored", null);
        }
        // a feed received before is answered from its receipt, before its rows are checked against what it stored
        String scope = AllocationService.scope(rows);
        String sha = FeedReceipts.sha256(body);
        var earlier = receipts.find(FEED_KIND, scope, idempotencyKey, sha);
        if (earlier.isPresent()) {
            return new FeedResult(earlier.get().id().toString(), true, earlier.get().rows(),
                    AllocationService.ids(earlier.get().result()));
        }
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
                String p = asOfProblem(year.get(), asOf);
                if (p != null) {
                    errors.add(r.row(), "asOf", p);
                }
            }
            String catText = errors.text(r, "category", true);
            boolean totalRow = catText != null && TOTAL_LABELS.contains(catText.strip().toLowerCase(java.util.Locale.ROOT));
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
            Snapshot s = snapshots.computeIfAbsent(new SnapshotKey(area, fy, asOf), k -> new Snapshot(r.row(), new LinkedHashMap<>()));
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
                errors.add(e.getValue().firstRow, "category", "the snapshot of " + e.getKey().area + " as of "
                        + e.getKey().asOf + " has a total row but no category rows");
            }
        }
        errors.throwIfAny();
        List<Problem.FieldError> dups = new ArrayList<>();
        for (var e : snapshots.entrySet()) {
            if (exists(e.getKey().area, e.getKey().fy, e.getKey().asOf)) {
                dups.add(Problem.FieldError.cell(e.getValue().firstRow, "asOf", "a snapshot of " + e.getKey().area
                        + " FY" + e.getKey().fy + " as of " + e.getKey().asOf + " is already stored"));
            }
        }
        if (!dups.isEmpty()) {
            throw new ProblemException(409, "conflict", "Conflict with the current state",
                    dups.size() + " snapshot(s) of the feed are already stored (delete a snapshot to replace it); nothing was stored", dups);
        }
        snapshots.keySet().stream().map(SnapshotKey::area).distinct().forEach(access::requireWrite);
        List<String> stored = new ArrayList<>();
        for (var e : snapshots.entrySet()) {
            Snapshot s = e.getValue();
            stored.add(store(e.getKey().area, e.getKey().fy, e.getKey().asOf, s.source, new ArrayList<>(s.lines.values()), s.total).id.toString());
        }
        var receipt = receipts.record(FEED_KIND, scope, idempotencyKey, sha, rows.size(), stored);
        return new FeedResult(receipt.id().toString(), false, rows.size(), stored);
    }

    public void delete(UUID id, String ifMatch) {
        ExecutionReport r = ExecutionReport.findById(id);
        if (r == null) {
            throw ProblemException.notFound("execution report " + id + " does not exist");
        }
        access.requireWrite(r.areaCode);
        ETags.checkIfMatch(ifMatch, r.version);
        r.delete();
        outbox.publish(ExecutionReportDeleted.TYPE, Outbox.Subject.of("execution-report", r.id.toString())
                        .area(r.areaCode).fiscalYear(r.fiscalYear),
                new ExecutionReportDeleted(r.id.toString(), r.areaCode, r.fiscalYear, r.asOf), access.actor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ExecutionReport> find(UUID id) {
        return Optional.ofNullable(ExecutionReport.findById(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExecutionReport> list(String areaCode, Integer fiscalYear, PageRequest page) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (areaCode != null) {
            q.append(" and areaCode = :area");
            params.put("area", areaCode);
        }
        if (fiscalYear != null) {
            q.append(" and fiscalYear = :fy");
            params.put("fy", fiscalYear);
        }
        var query = ExecutionReport.<ExecutionReport>find(q + " order by areaCode, fiscalYear, asOf", params);
        return new Page<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }

    private ExecutionReport store(String area, int fy, LocalDate asOf, String source, List<ExecutionReported.Line> lines,
                                  ReportedTotal total) {
        ExecutionReport r = new ExecutionReport();
        r.id = UUID.randomUUID();
        r.areaCode = area;
        r.fiscalYear = fy;
        r.asOf = asOf;
        r.source = source;
        if (total != null) {
            r.reportedTotalAllocated = total.allocated();
            r.reportedTotalDisbursed = total.disbursed();
            r.reportedTotalCommitted = total.committed();
            r.reportedTotalRemaining = total.remaining();
            r.reportedTotalPercent = total.percentDisbursed();
        }
        r.createdBy = access.actor();
        r.createdAt = OffsetDateTime.now();
        for (ExecutionReported.Line l : lines) {
            ExecutionReportLine line = new ExecutionReportLine();
            line.report = r;
            line.categoryCode = l.category();
            line.reportedAllocated = l.reportedAllocated();
            line.disbursed = l.disbursed();
            line.committed = l.committed();
            line.reportedRemaining = l.reportedRemaining();
            line.reportedPercent = l.reportedPercent();
            r.lines.add(line);
        }
        r.persist();
        outbox.publish(ExecutionReported.TYPE, Outbox.Subject.of("execution-report", r.id.toString()).area(area).fiscalYear(fy),
                new ExecutionReported(r.id.toString(), area, fy, asOf, lines,
                        Money.sum(lines.stream().map(ExecutionReported.Line::disbursed).toList()),
                        Money.sum(lines.stream().map(ExecutionReported.Line::committed).toList())),
                access.actor());
        return r;
    }

    private static boolean exists(String area, int fy, LocalDate asOf) {
        return ExecutionReport.count("areaCode = ?1 and fiscalYear = ?2 and asOf = ?3", area, fy, asOf) > 0;
    }

    private static ProblemException duplicate(String area, int fy, LocalDate asOf) {
        return ProblemException.conflict("a snapshot of " + area + " FY" + fy + " as of " + asOf
                + " is already stored; delete it first to replace it");
    }

    /** A snapshot is dated within its fiscal year or the year after (money carried over is reported later). */
    static String asOfProblem(FiscalYearEntry year, LocalDate asOf) {
        if (asOf.isBefore(year.startsOn) || asOf.isAfter(year.endsOn.plusYears(1))) {
            return "must be from " + year.startsOn + " (start of fiscal year " + year.be + ") to "
                    + year.endsOn.plusYears(1) + ", got " + asOf;
        }
        return null;
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private record SnapshotKey(String area, int fy, LocalDate asOf) {
    }

    private static final class Snapshot {
        final int firstRow;
        final Map<String, ExecutionReported.Line> lines;
        String source;
        ReportedTotal total;

        Snapshot(int firstRow, Map<String, ExecutionReported.Line> lines) {
            this.firstRow = firstRow;
            this.lines = lines;
        }
    }
}
