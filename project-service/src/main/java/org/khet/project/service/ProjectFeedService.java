package org.khet.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.contracts.events.project.ProjectCreated;
import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedFormat;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedReceipts;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.security.AccessControl;
import org.khet.project.api.ProjectDtos.FeedResult;
import org.khet.contracts.read.project.Achievement;
import org.khet.project.domain.BudgetCategory;
import org.khet.contracts.read.project.FundingSource;
import org.khet.contracts.read.project.ProjectOwner;
import org.khet.contracts.read.project.PlanKind;
import org.khet.project.domain.Project;
import org.khet.contracts.codes.ProjectStatus;
import org.khet.contracts.read.project.QuantitativeResult;
import org.khet.project.domain.StrategicPlan;
import org.khet.project.mapping.ProjectMapper;
import org.khet.project.repository.ProjectRepository;
import org.khet.project.repository.StrategicPlanRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bulk loading of an area's projects (the report's project tables) and of their results, as CSV, XLSX or JSON.
 * A feed is validated whole before anything is written; a re-sent feed changes nothing.
 */
@ApplicationScoped
@Transactional
public class ProjectFeedService {
    static final String PROJECTS = "projects";
    static final String RESULTS = "project-results";

    public static final FeedReader.Columns PROJECT_COLUMNS = FeedReader.Columns.of(
            List.of("fiscalYear", "planKind", "number", "title", "budget", "owners"),
            List.of("ownerStaffIds", "fundingSource", "strategy", "actualSpend", "reportedBudget", "reportedRemaining",
                    "status", "achieved", "budgetCategory"));

    public static final FeedReader.Columns RESULT_COLUMNS = FeedReader.Columns.of(
            List.of("fiscalYear", "planKind", "number", "kind", "text"),
            List.of("value", "unit", "target"));

    /** The report's own words are accepted for plan kind and achievement. */
    private static final Map<String, String> ALIASES = Map.of(
            "แผนปฏิบัติการ", "ACTION_PLAN", "เพิ่มเติม", "ADDITIONAL", "บรรลุ", "YES", "ไม่บรรลุ", "NO",
            "ไม่ได้ประเมิน", "NOT_ASSESSED");

    private final ProjectRepository projects;
    private final StrategicPlanRepository plans;
    private final ProjectService service;
    private final FeedReceipts receipts;
    private final Outbox outbox;
    private final AccessControl access;
    private final Areas areas;
    private final StaffRegister staffRegister;

    public ProjectFeedService(ProjectRepository projects, StrategicPlanRepository plans, ProjectService service,
                              FeedReceipts receipts, Outbox outbox, AccessControl access, Areas areas,
                              StaffRegister staffRegister) {
        this.staffRegister = staffRegister;
        this.projects = projects;
        this.plans = plans;
        this.service = service;
        this.receipts = receipts;
        this.outbox = outbox;
        this.access = access;
        this.areas = areas;
    }

    record Key(int fiscalYear, PlanKind kind, int number) {
    }

    public FeedResult loadProjects(String areaCode, byte[] body, FeedFormat format, String idempotencyKey) {
        areas.requireArea(areaCode);
        access.requireWrite(areaCode);
        String sha = FeedReceipts.sha256(body == null ? new byte[0] : body);
        Optional<FeedReceipts.Receipt> seen = receipts.find(PROJECTS, areaCode, idempotencyKey, sha);
        if (seen.isPresent()) {
            return replay(seen.get());
        }
        List<FeedRow> rows = FeedReader.read(body, format, PROJECT_COLUMNS);
        FeedErrors errors = new FeedErrors();
        Map<Key, ProjectFields> parsed = new LinkedHashMap<>();
        Map<Integer, Optional<StrategicPlan>> planOf = new HashMap<>();
        StaffRegister.Staff staff = staffRegister.of(areaCode);
        for (FeedRow r : rows) {
            ProjectFields f = parse(r, errors);
            if (f == null) {
                continue;
            }
            // staff ids the stored project already names stay valid after their people left the register
            ProjectFields row = f;
            java.util.Set<String> stored = f.owners().stream().anyMatch(o -> o.staffId() != null)
                    ? ProjectService.storedStaffIds(projects.findByNumber(areaCode, row.fiscalYear(), row.planKind(),
                    row.number()).orElse(null))
                    : java.util.Set.of();
            f = f.withOwners(staff.link(f.owners(), stored, (i, m) -> errors.add(r.row(), "ownerStaffIds",
                    "owner " + (i + 1) + ": " + m)));
            if (f.strategyNumber() != null) {
                Optional<StrategicPlan> plan = planOf.computeIfAbsent(f.fiscalYear(), fy -> plans.of(areaCode, fy));
                if (plan.isPresent() && plan.get().strategyText(f.strategyNumber()) == null) {
                    errors.add(r.row(), "strategy", "strategy " + f.strategyNumber() + " is not in the strategic plan of "
                            + areaCode + " for " + f.fiscalYear());
                }
            }
            Key key = new Key(f.fiscalYear(), f.planKind(), f.number());
            if (parsed.putIfAbsent(key, f) != null) {
                errors.add(r.row(), "number", "project " + f.planKind() + " no. " + f.number() + " of " + f.fiscalYear()
                        + " appears twice in the feed");
            }
        }
        errors.throwIfAny();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ProjectFields f : parsed.values()) {
            Optional<Project> existing = projects.findByNumber(areaCode, f.fiscalYear(), f.planKind(), f.number());
            if (existing.isEmpty()) {
                Project p = service.newProject(areaCode, f);
                projects.persist(p);
                outbox.publish(ProjectCreated.TYPE, ProjectMapper.subject(p), ProjectMapper.created(p), access.actor());
                created++;
            } else {
                ProjectFields.Changes c = f.applyTo(existing.get());
                if (c.any()) {
                    service.publishChanges(existing.get(), c, false);
                    updated++;
                } else {
                    unchanged++;
                }
            }
        }
        projects.flush();
        FeedResult result = new FeedResult(rows.size(), created, updated, unchanged, false);
        receipts.record(PROJECTS, areaCode, idempotencyKey, sha, rows.size(), result);
        return result;
    }

    private static FeedResult replay(FeedReceipts.Receipt r) {
        var n = r.result();
        return new FeedResult(n.path("rows").asInt(), n.path("created").asInt(), n.path("updated").asInt(),
                n.path("unchanged").asInt(), true);
    }

    private static String alias(String v) {
        return v == null ? null : ALIASES.getOrDefault(v, v);
    }

    private static ProjectFields parse(FeedRow r, FeedErrors e) {
        int before = e.count();
        Integer fy = e.beYear(r, "fiscalYear", true);
        String kind = e.oneOf(withAlias(r, "planKind"), "planKind", true, names(PlanKind.values()));
        Integer number = e.integer(r, "number", true, 1, 100000);
        String title = e.text(r, "title", true);
        BigDecimal budget = e.money(r, "budget", true, false);
        String fundingText = e.oneOf(r, "fundingSource", false, names(FundingSource.values()));
        Integer strategy = e.integer(r, "strategy", false, 1, 99);
        BigDecimal spend = e.money(r, "actualSpend", false, false);
        BigDecimal reportedBudget = e.money(r, "reportedBudget", false, false);
        BigDecimal reportedRemaining = e.money(r, "reportedRemaining", false, true);
        String status = e.oneOf(r, "status", false, names(ProjectStatus.values()));
        String achieved = e.oneOf(withAlias(r, "achieved"), "achieved", false, names(Achievement.values()));
        String category = e.oneOf(r, "budgetCategory", false, BudgetCategory.codes());
        List<ProjectOwner> owners = new ArrayList<>();
        String ownerText = e.text(r, "owners", true);
        if (ownerText != null) {
            String[] names = ownerText.split(";");
            String idText = r.get("ownerStaffIds");
            String[] ids = idText == null ? new String[0] : idText.split(";", -1);
            if (ids.length > names.length) {
                e.add(r.row(), "ownerStaffIds", "has " + ids.length + " ids for " + names.length + " owners");
            }
            for (int i = 0; i < names.length; i++) {
                String name = names[i].strip();
                if (name.isEmpty()) {
                    e.add(r.row(), "owners", "owner " + (i + 1) + " has no name (owners are separated by ';')");
                    continue;
                }
                String id = i < ids.length && !ids[i].isBlank() ? ids[i].strip() : null;
                owners.add(new ProjectOwner(name, id));
            }
        }
        if (title != null && title.length() > 1000) {
            e.add(r.row(), "title", "is longer than 1000 characters");
        }
        if (e.count() > before) {
            return null;
        }
        return new ProjectFields(fy, PlanKind.valueOf(kind), number, title,
                fundingText == null ? null : FundingSource.valueOf(fundingText), strategy, budget, spend,
                reportedBudget, reportedRemaining, owners,
                // absent or empty: a new project is PLANNED / NOT_ASSESSED, a stored one keeps its own
                status == null ? null : ProjectStatus.valueOf(status),
                achieved == null ? null : Achievement.valueOf(achieved),
                BudgetCategory.of(category).orElse(null), !r.values().containsKey("budgetCategory"));
    }

    private static FeedRow withAlias(FeedRow r, String column) {
        Map<String, String> values = new HashMap<>(r.values());
        values.put(column, alias(r.get(column)));
        return new FeedRow(r.row(), values);
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(v.name());
        }
        return out;
    }

    enum ResultKind {
        QUANTITATIVE, QUALITATIVE, PROBLEM, SUGGESTION
    }

    /**
     * Loads results: for every project the feed names, its quantitative and qualitative results, problems and
     * suggestions become exactly the feed's rows for it, in row order. Projects the feed does not name keep theirs.
     */
    public FeedResult loadResults(String areaCode, byte[] body, FeedFormat format, String idempotencyKey) {
        areas.requireArea(areaCode);
        access.requireWrite(areaCode);
        String sha = FeedReceipts.sha256(body == null ? new byte[0] : body);
        Optional<FeedReceipts.Receipt> seen = receipts.find(RESULTS, areaCode, idempotencyKey, sha);
        if (seen.isPresent()) {
            return replay(seen.get());
        }
        List<FeedRow> rows = FeedReader.read(body, format, RESULT_COLUMNS);
        FeedErrors errors = new FeedErrors();
        Map<Key, ProjectService.Results> byProject = new LinkedHashMap<>();
        Map<Key, Project> found = new HashMap<>();
        for (FeedRow r : rows) {
            int before = errors.count();
            Integer fy = errors.beYear(r, "fiscalYear", true);
            String kind = errors.oneOf(withAlias(r, "planKind"), "planKind", true, names(PlanKind.values()));
            Integer number = errors.integer(r, "number", true, 1, 100000);
            String what = errors.oneOf(r, "kind", true, names(ResultKind.values()));
            String text = errors.text(r, "text", true);
            BigDecimal value = errors.decimal(r, "value", false, 4);
            String unit = errors.text(r, "unit", false);
            BigDecimal target = errors.decimal(r, "target", false, 4);
            if (text != null && text.length() > ProjectService.MAX_TEXT) {
                errors.add(r.row(), "text", "is longer than " + ProjectService.MAX_TEXT + " characters");
            }
            if (what != null && !what.equals("QUANTITATIVE")) {
                for (String column : List.of("value", "unit", "target")) {
                    if (r.get(column) != null) {
                        errors.add(r.row(), column, "value, unit and target belong to QUANTITATIVE rows only, not " + what);
                    }
                }
            }
            if (value != null && value.signum() < 0) {
                errors.add(r.row(), "value", "must not be negative");
            }
            if (target != null && target.signum() < 0) {
                errors.add(r.row(), "target", "must not be negative");
            }
            if ("QUANTITATIVE".equals(what) && unit != null && value == null && r.get("value") == null) {
                errors.add(r.row(), "value", "is required when a unit is given");
            }
            if (errors.count() > before) {
                continue;
            }
            Key key = new Key(fy, PlanKind.valueOf(kind), number);
            Project p = found.computeIfAbsent(key, k -> projects.findByNumber(areaCode, k.fiscalYear(), k.kind(), k.number()).orElse(null));
            if (p == null) {
                errors.add(r.row(), "number", "area " + areaCode + " has no project " + kind + " no. " + number + " in " + fy
                        + "; load the project first");
                continue;
            }
            ProjectService.Results res = byProject.computeIfAbsent(key, k -> new ProjectService.Results(
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            switch (ResultKind.valueOf(what)) {
                case QUANTITATIVE -> res.quantitative().add(new QuantitativeResult(text, value, unit, target));
                case QUALITATIVE -> res.qualitative().add(text);
                case PROBLEM -> res.problems().add(text);
                case SUGGESTION -> res.suggestions().add(text);
            }
        }
        errors.throwIfAny();
        int updated = 0;
        int unchanged = 0;
        for (Map.Entry<Key, ProjectService.Results> e : byProject.entrySet()) {
            Project p = found.get(e.getKey());
            if (e.getValue().applyTo(p)) {
                service.publishChanges(p, new ProjectFields.Changes(false, false, false, p.budget, p.actualSpend), true);
                updated++;
            } else {
                unchanged++;
            }
        }
        projects.flush();
        FeedResult result = new FeedResult(rows.size(), 0, updated, unchanged, false);
        receipts.record(RESULTS, areaCode, idempotencyKey, sha, rows.size(), result);
        return result;
    }
}
