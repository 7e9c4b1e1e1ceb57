package org.khet.budget.service;

import org.khet.kit.problem.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
import org.khet.kit.outbox.Outbox;
import org.khet.contracts.read.Page;
import org.khet.kit.paging.PageRequest;
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
import java.util.UUID;

/**
 * Execution snapshots (ผลการเบิกจ่ายงบประมาณ ณ วันที่ …): stored as the finance system reported them, one per area,
 * year and date. A second snapshot for the same date is a conflict; a corrected one replaces it after a DELETE.
 */
@ApplicationScoped
@Transactional
public class ExecutionReportService {
    private final References refs;
    private final Outbox outbox;
    private final AccessControl access;

    public ExecutionReportService(References refs, Outbox outbox, AccessControl access) {
        this.refs = refs;
        this.outbox = outbox;
        this.access = access;
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
        return store(in.areaCode(), in.fiscalYear(), in.asOf(), blankToNull(in.source()), new ArrayList<>(lines.values()),
                total, access.actor());
    }

    /** Deletes a snapshot; {@code precondition} checks its stored version (a 412 when the request's If-Match does not hold). */
    public void delete(UUID id, java.util.function.LongConsumer precondition) {
        ExecutionReport r = ExecutionReport.findById(id);
        if (r == null) {
            throw ProblemException.notFound("execution report " + id + " does not exist");
        }
        access.requireWrite(r.areaCode);
        precondition.accept(r.version);
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

    /** Stores a snapshot and publishes it, in the caller's transaction. */
    ExecutionReport store(String area, int fy, LocalDate asOf, String source, List<ExecutionReported.Line> lines,
                          ReportedTotal total, String actor) {
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
        r.createdBy = actor;
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
                actor);
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
