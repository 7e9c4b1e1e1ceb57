package org.khet.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.budget.domain.OperatingPlan;
import org.khet.budget.domain.OperatingPlanLine;
import org.khet.budget.domain.OperatingPlanReportedTotal;
import org.khet.contracts.FeedResult;
import org.khet.contracts.Money;
import org.khet.contracts.events.budget.OperatingPlanRecorded;
import org.khet.kit.etag.ETags;
import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.problem.ProblemException;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The office's operating plan (แผนการใช้จ่ายงบประมาณ) by feed: a feed holds the whole plan of one area and year and
 * replaces the stored one if it is still the version the request's {@code If-Match} names (an instance is one
 * request's kind: {@link Revisions#revising}). The plan is the feed's one
 * fact: created, updated (replaced), or unchanged when the stored plan already says the same (no new version, no
 * event), whatever the bytes.
 * <p>
 * The receipt's scope is the area, the year and the version the plan has once this feed is applied, so the identical
 * file sent again is replayed, while an older file sent after a revision (the plan changed since) is a new revision.
 */
public class OperatingPlanFeed extends BudgetFeed<OperatingPlanFeed.Content> {
    public static final String NAME = "operating-plans";
    public static final List<String> ROW_TYPES = List.of("item", "group-total", "section-total", "total");
    public static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("areaCode", "fiscalYear", "rowType", "planned", "spent"),
            List.of("lineNo", "section", "group", "item"));

    private final Outbox outbox;
    private final String ifMatch;

    OperatingPlanFeed(References refs, Outbox outbox, String ifMatch) {
        super(NAME, COLUMNS, refs);
        this.outbox = outbox;
        this.ifMatch = ifMatch;
    }

    /** Makes each request's kind. */
    @ApplicationScoped
    public static class Revisions {
        private final References refs;
        private final Outbox outbox;

        public Revisions(References refs, Outbox outbox) {
            this.refs = refs;
            this.outbox = outbox;
        }

        /** The kind of one request: its plan replaces the stored one only if that is still version {@code ifMatch} (null: any). */
        public OperatingPlanFeed revising(String ifMatch) {
            return new OperatingPlanFeed(refs, outbox, ifMatch);
        }
    }

    record Line(int lineNo, String section, String group, String item, BigDecimal planned, BigDecimal spent) {
    }

    record Total(String scope, String label, BigDecimal planned, BigDecimal spent) {
    }

    /** The validated plan: one area's and year's lines and printed subtotals. */
    public record Content(int rows, String area, int fy, List<Line> lines, List<Total> totals) {
    }

    @Override
    public String scope(List<FeedRow> rows) {
        Content c;
        try {
            c = validate(rows);
        } catch (ProblemException e) {
            // refused again when the pipeline validates it: nothing is stored under this scope
            return super.scope(rows);
        }
        OperatingPlan plan = OperatingPlan.find(c.area(), c.fy());
        long versionAfter = plan == null ? 0 : same(plan, c) ? plan.version : plan.version + 1;
        return c.area() + ":" + c.fy() + ":v" + versionAfter;
    }

    @Override
    public Content validate(List<FeedRow> rows) {
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
        return new Content(rows.size(), area, fy, lines, totals);
    }

    @Override
    public FeedResult store(Content c, String actor) {
        String area = c.area();
        int fy = c.fy();
        List<Line> lines = c.lines();
        List<Total> totals = c.totals();
        OperatingPlan plan = OperatingPlan.find(area, fy);
        if (plan != null && same(plan, c)) {
            return result(c, 0, 0, 1);
        }
        boolean created = plan == null;
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
        plan.updatedBy = actor;
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
                        Money.sum(lines.stream().map(Line::spent).toList())), actor);
        return created ? result(c, 1, 0, 0) : result(c, 0, 1, 0);
    }

    private static FeedResult result(Content c, int created, int updated, int unchanged) {
        return FeedResult.of(NAME, c.rows(), created, updated, unchanged, List.of(c.area()), List.of(c.fy()));
    }

    private static boolean same(OperatingPlan plan, Content c) {
        List<Line> lines = c.lines();
        List<Total> totals = c.totals();
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
