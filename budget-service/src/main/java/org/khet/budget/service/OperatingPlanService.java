package org.khet.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.budget.api.Dtos.FeedResult;
import org.khet.budget.domain.OperatingPlan;
import org.khet.budget.domain.OperatingPlanLine;
import org.khet.budget.domain.OperatingPlanReportedTotal;
import org.khet.contracts.Money;
import org.khet.contracts.events.budget.OperatingPlanRecorded;
import org.khet.kit.etag.ETags;
import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedFormat;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The office's operating plan (แผนการใช้จ่ายงบประมาณ): a feed holds the whole plan of one area and year and
 * replaces the stored one. The same plan sent again changes nothing (no new version, no event).
 */
@ApplicationScoped
@Transactional
public class OperatingPlanService {
    public static final List<String> ROW_TYPES = List.of("item", "group-total", "section-total", "total");
    public static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("areaCode", "fiscalYear", "rowType", "planned", "spent"),
            List.of("lineNo", "section", "group", "item"));

    private final References refs;
    private final Outbox outbox;
    private final AccessControl access;

    public OperatingPlanService(References refs, Outbox outbox, AccessControl access) {
        this.refs = refs;
        this.outbox = outbox;
        this.access = access;
    }

    record Line(int lineNo, String section, String group, String item, BigDecimal planned, BigDecimal spent) {
    }

    record Total(String scope, String label, BigDecimal planned, BigDecimal spent) {
    }

    public FeedResult feed(byte[] body, FeedFormat format, String ifMatch) {
        List<FeedRow> rows = FeedReader.read(body, format, COLUMNS);
        if (rows.isEmpty()) {
            throw ProblemException.validation("the feed has no rows; nothing was stored", null);
        }
        FeedErrors errors = new FeedErrors();
        String area = null;
        Integer fy = null;
        List<Line> lines = new ArrayList<>();
        List<Total> totals = new ArrayList<>();
        Set<Integer> lineNos = new HashSet<>();
        for (FeedRow r : rows) {
            String a = errors.text(r, "areaCode", true);
            Integer y = errors.beYear(r, "fiscalYear", true);
            if (a != null) {
                if (area == null) {
                    area = a;
                    String p = refs.areaProblem(a);
                    if (p != null) {
                        errors.add(r.row(), "areaCode", p);
                    }
                } else if (!area.equals(a)) {
                    errors.add(r.row(), "areaCode", "a plan feed holds one area's plan; row 1 is for " + area + ", this row for " + a);
                }
            }
            if (y != null) {
                if (fy == null) {
                    fy = y;
                    String p = refs.fiscalYearProblem(y);
                    if (p != null) {
                        errors.add(r.row(), "fiscalYear", p);
                    }
                } else if (!fy.equals(y)) {
                    errors.add(r.row(), "fiscalYear", "a plan feed holds one fiscal year; the first row is for " + fy + ", this row for " + y);
                }
            }
            String type = errors.oneOf(r, "rowType", true, ROW_TYPES);
            BigDecimal planned = errors.money(r, "planned", true, false);
            BigDecimal spent = errors.money(r, "spent", true, false);
            String section = r.get("section");
            String group = r.get("group");
            String item = r.get("item");
            if (type == null) {
                continue;
            }
            switch (type) {
                case "item" -> {
                    Integer no = errors.integer(r, "lineNo", true, 1, 9999);
                    errors.text(r, "section", true);
                    errors.text(r, "group", true);
                    errors.text(r, "item", true);
                    if (no != null && !lineNos.add(no)) {
                        errors.add(r.row(), "lineNo", "line " + no + " appears twice");
                    }
                    if (no != null) {
                        lines.add(new Line(no, section, group, item, planned, spent));
                    }
                }
                case "group-total" -> {
                    if (errors.text(r, "group", true) != null) {
                        totals.add(new Total("group", group, planned, spent));
                    }
                }
                case "section-total" -> {
                    if (errors.text(r, "section", true) != null) {
                        totals.add(new Total("section", section, planned, spent));
                    }
                }
                default -> totals.add(new Total("total", item == null ? "รวมทั้งหมด" : item, planned, spent));
            }
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(rows.get(0).row(), "rowType", "the plan has no item rows");
        }
        errors.throwIfAny();
        OperatingPlan plan = OperatingPlan.find(area, fy);
        if (plan != null && same(plan, lines, totals)) {
            return new FeedResult(plan.id.toString(), true, rows.size(), List.of(plan.id.toString()));
        }
        access.requireWrite(area);
        if (plan != null) {
            ETags.checkIfMatch(ifMatch, plan.version);
        }
        if (plan == null) {
            plan = new OperatingPlan();
            plan.id = UUID.randomUUID();
            plan.areaCode = area;
            plan.fiscalYear = fy;
        } else {
            plan.lines.clear();
            plan.reportedTotals.clear();
            // the old rows must be gone before rows with the same keys are inserted
            OperatingPlan.flush();
        }
        plan.updatedBy = access.actor();
        plan.updatedAt = OffsetDateTime.now();
        for (Line l : lines) {
            OperatingPlanLine e = new OperatingPlanLine();
            e.plan = plan;
            e.lineNo = l.lineNo;
            e.sectionTh = l.section;
            e.groupTh = l.group;
            e.itemTh = l.item;
            e.planned = l.planned;
            e.spent = l.spent;
            plan.lines.add(e);
        }
        int seq = 0;
        for (Total t : totals) {
            OperatingPlanReportedTotal e = new OperatingPlanReportedTotal();
            e.plan = plan;
            e.seq = ++seq;
            e.scope = t.scope;
            e.labelTh = t.label;
            e.planned = t.planned;
            e.spent = t.spent;
            plan.reportedTotals.add(e);
        }
        plan.persist();
        OperatingPlan.flush();
        outbox.publish(OperatingPlanRecorded.TYPE, Outbox.Subject.of("operating-plan", plan.id.toString()).area(area).fiscalYear(fy),
                new OperatingPlanRecorded(plan.id.toString(), area, fy, lines.size(),
                        Money.sum(lines.stream().map(Line::planned).toList()),
                        Money.sum(lines.stream().map(Line::spent).toList())), access.actor());
        return new FeedResult(plan.id.toString(), false, rows.size(), List.of(plan.id.toString()));
    }

    private static boolean same(OperatingPlan plan, List<Line> lines, List<Total> totals) {
        List<Line> stored = plan.lines.stream()
                .map(l -> new Line(l.lineNo, l.sectionTh, l.groupTh, l.itemTh, l.planned, l.spent)).toList();
        List<Total> storedTotals = plan.reportedTotals.stream()
                .map(t -> new Total(t.scope, t.labelTh, t.planned, t.spent)).toList();
        List<Line> sorted = lines.stream().sorted(java.util.Comparator.comparingInt(Line::lineNo)).toList();
        return equalLines(stored, sorted) && equalTotals(storedTotals, totals);
    }

    private static boolean equalLines(List<Line> a, List<Line> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Line x = a.get(i);
            Line y = b.get(i);
            if (x.lineNo != y.lineNo || !Objects.equals(x.section, y.section) || !Objects.equals(x.group, y.group)
                    || !Objects.equals(x.item, y.item) || x.planned.compareTo(y.planned) != 0 || x.spent.compareTo(y.spent) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalTotals(List<Total> a, List<Total> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Total x = a.get(i);
            Total y = b.get(i);
            if (!x.scope.equals(y.scope) || !x.label.equals(y.label) || x.planned.compareTo(y.planned) != 0
                    || x.spent.compareTo(y.spent) != 0) {
                return false;
            }
        }
        return true;
    }
}
