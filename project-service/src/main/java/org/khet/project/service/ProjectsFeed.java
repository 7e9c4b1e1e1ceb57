package org.khet.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.FeedResult;
import org.khet.contracts.codes.ProjectStatus;
import org.khet.contracts.events.project.ProjectCreated;
import org.khet.contracts.read.project.Achievement;
import org.khet.contracts.read.project.FundingSource;
import org.khet.contracts.read.project.PlanKind;
import org.khet.contracts.read.project.ProjectOwner;
import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedKind;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.outbox.Outbox;
import org.khet.project.domain.BudgetCategory;
import org.khet.project.domain.Project;
import org.khet.project.domain.StrategicPlan;
import org.khet.project.mapping.ProjectMapper;
import org.khet.project.repository.ProjectRepository;
import org.khet.project.repository.StrategicPlanRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The projects feed of an area (the report's two project tables), as CSV, XLSX or JSON: upserts by (fiscal year,
 * plan kind, number). A project sent again with the values stored is unchanged and publishes nothing, whatever the
 * bytes (ADR 7, 9); an absent or empty status or achieved keeps the stored one, an absent budgetCategory column
 * keeps the stored category.
 */
@ApplicationScoped
public class ProjectsFeed {
    public static final String NAME = "projects";

    public static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("fiscalYear", "planKind", "number", "title", "budget", "owners"),
            List.of("ownerStaffIds", "fundingSource", "strategy", "actualSpend", "reportedBudget", "reportedRemaining",
                    "status", "achieved", "budgetCategory"));

    /** The report's own words are accepted for plan kind and achievement. */
    private static final Map<String, String> ALIASES = Map.of(
            "แผนปฏิบัติการ", "ACTION_PLAN", "เพิ่มเติม", "ADDITIONAL", "บรรลุ", "YES", "ไม่บรรลุ", "NO",
            "ไม่ได้ประเมิน", "NOT_ASSESSED");

    private final ProjectRepository projects;
    private final StrategicPlanRepository plans;
    private final ProjectService service;
    private final Outbox outbox;
    private final StaffRegister staffRegister;

    public ProjectsFeed(ProjectRepository projects, StrategicPlanRepository plans, ProjectService service,
                        Outbox outbox, StaffRegister staffRegister) {
        this.projects = projects;
        this.plans = plans;
        this.service = service;
        this.outbox = outbox;
        this.staffRegister = staffRegister;
    }

    /** A project as the feeds name it: its year, list and number in the list. */
    record Key(int fiscalYear, PlanKind kind, int number) {
    }

    /** The validated feed: each project's fields, in row order. */
    record Content(String areaCode, int rows, List<ProjectFields> projects) {
    }

    /** The projects feed of {@code areaCode}, for the kit's pipeline. */
    public FeedKind<Content> of(String areaCode) {
        return new AreaFeedKind<>(NAME, COLUMNS, areaCode, rows -> validate(areaCode, rows), this::store);
    }

    Content validate(String areaCode, List<FeedRow> rows) {
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
            Set<String> stored = f.owners().stream().anyMatch(o -> o.staffId() != null)
                    ? ProjectService.storedStaffIds(projects.findByNumber(areaCode, row.fiscalYear(), row.planKind(),
                    row.number()).orElse(null))
                    : Set.of();
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
        return new Content(areaCode, rows.size(), List.copyOf(parsed.values()));
    }

    FeedResult store(Content c, String actor) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Set<Integer> years = new TreeSet<>();
        for (ProjectFields f : c.projects()) {
            years.add(f.fiscalYear());
            Optional<Project> existing = projects.findByNumber(c.areaCode(), f.fiscalYear(), f.planKind(), f.number());
            if (existing.isEmpty()) {
                Project p = service.newProject(c.areaCode(), f, actor);
                projects.persist(p);
                outbox.publish(ProjectCreated.TYPE, ProjectMapper.subject(p), ProjectMapper.created(p), actor);
                created++;
            } else {
                ProjectFields.Changes changes = f.applyTo(existing.get());
                if (changes.any()) {
                    service.publishChanges(existing.get(), changes, false, actor);
                    updated++;
                } else {
                    unchanged++;
                }
            }
        }
        projects.flush();
        return FeedResult.of(NAME, c.rows(), created, updated, unchanged, List.of(c.areaCode()), List.copyOf(years));
    }

    private static ProjectFields parse(FeedRow r, FeedErrors e) {
        int before = e.count();
        Integer fy = e.beYear(r, "fiscalYear", true);
        PlanKind kind = planKind(r, e);
        Integer number = e.integer(r, "number", true, 1, 100000);
        String title = e.text(r, "title", true);
        BigDecimal budget = e.money(r, "budget", true, false);
        String fundingText = e.oneOf(r, "fundingSource", false, codes(FundingSource.values()));
        Integer strategy = e.integer(r, "strategy", false, 1, 99);
        BigDecimal spend = e.money(r, "actualSpend", false, false);
        BigDecimal reportedBudget = e.money(r, "reportedBudget", false, false);
        BigDecimal reportedRemaining = e.money(r, "reportedRemaining", false, true);
        String status = e.oneOf(r, "status", false, codes(ProjectStatus.values()));
        String achieved = e.oneOf(withAlias(r, "achieved"), "achieved", false, codes(Achievement.values()));
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
        return new ProjectFields(fy, kind, number, title, FundingSource.of(fundingText), strategy, budget, spend,
                reportedBudget, reportedRemaining, owners,
                // absent or empty: a new project is PLANNED / NOT_ASSESSED, a stored one keeps its own
                ProjectStatus.of(status), Achievement.of(achieved),
                BudgetCategory.of(category).orElse(null), !r.values().containsKey("budgetCategory"));
    }

    /** The row's plan kind (the report's words แผนปฏิบัติการ and เพิ่มเติม too), or null when bad (recorded). */
    static PlanKind planKind(FeedRow r, FeedErrors e) {
        return PlanKind.of(e.oneOf(withAlias(r, "planKind"), "planKind", true, codes(PlanKind.values())));
    }

    private static FeedRow withAlias(FeedRow r, String column) {
        String v = r.get(column);
        if (v == null || !ALIASES.containsKey(v)) {
            return r;
        }
        Map<String, String> values = new HashMap<>(r.values());
        values.put(column, ALIASES.get(v));
        return new FeedRow(r.row(), values);
    }

    static List<String> codes(org.khet.contracts.codes.Labelled[] values) {
        return Arrays.stream(values).map(org.khet.contracts.codes.Labelled::code).toList();
    }
}
