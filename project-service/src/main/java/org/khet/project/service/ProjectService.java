package org.khet.project.service;

import org.khet.kit.problem.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.outbox.Outbox;
import org.khet.contracts.read.Page;
import org.khet.kit.paging.PageRequest;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.contracts.events.project.ProjectCreated;
import org.khet.contracts.events.project.ProjectDeleted;
import org.khet.contracts.events.project.ProjectResultRecorded;
import org.khet.contracts.events.project.ProjectSpendRecorded;
import org.khet.contracts.events.project.ProjectUpdated;
import org.khet.project.api.ProjectDtos.ProjectInput;
import org.khet.contracts.read.project.ProjectView;
import org.khet.project.api.ProjectDtos.ResultsInput;
import org.khet.project.api.ProjectDtos.SpendInput;
import org.khet.contracts.read.project.Achievement;
import org.khet.project.domain.BudgetCategory;
import org.khet.contracts.read.project.FundingSource;
import org.khet.contracts.read.project.ProjectOwner;
import org.khet.contracts.read.project.PlanKind;
import org.khet.project.domain.Project;
import org.khet.project.domain.ProjectPhoto;
import org.khet.contracts.codes.ProjectStatus;
import org.khet.contracts.read.project.QuantitativeResult;
import org.khet.project.domain.StrategicPlan;
import org.khet.project.mapping.ProjectMapper;
import org.khet.project.repository.ProjectPhotoRepository;
import org.khet.project.repository.ProjectRepository;
import org.khet.project.repository.StrategicPlanRepository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;

/** Projects: create, replace, record spend and results, delete — each change with its outbox event. */
@ApplicationScoped
@Transactional
public class ProjectService {
    static final int MAX_TEXT = 4000;

    private final ProjectRepository projects;
    private final ProjectPhotoRepository photos;
    private final StrategicPlanRepository plans;
    private final Outbox outbox;
    private final AccessControl access;
    private final OrgDirectory directory;
    private final StaffRegister staff;

    public ProjectService(ProjectRepository projects, ProjectPhotoRepository photos, StrategicPlanRepository plans,
                          Outbox outbox, AccessControl access, OrgDirectory directory, StaffRegister staff) {
        this.staff = staff;
        this.projects = projects;
        this.photos = photos;
        this.plans = plans;
        this.outbox = outbox;
        this.access = access;
        this.directory = directory;
    }

    public ProjectView create(String areaCode, ProjectInput in) {
        directory.requireArea(areaCode);
        access.requireWrite(areaCode);
        FieldErrors v = new FieldErrors();
        if (in == null) {
            throw ProblemException.badRequest("the request has no project in its body");
        }
        ProjectFields f = linkOwners(areaCode, fields(in, v, null), null, v);
        Results r = results(in.quantitativeResults(), in.qualitativeResults(), in.problems(), in.suggestions(), v);
        v.throwIfAny("the project");
        checkStrategy(areaCode, f.fiscalYear(), f.strategyNumber(), "strategyNumber");
        if (projects.findByNumber(areaCode, f.fiscalYear(), f.planKind(), f.number()).isPresent()) {
            throw ProblemException.conflict("area " + areaCode + " already has project " + f.planKind() + " no. "
                    + f.number() + " in fiscal year " + f.fiscalYear());
        }
        Project p = newProject(areaCode, f, access.actor());
        r.applyTo(p);
        projects.persistAndFlush(p);
        outbox.publish(ProjectCreated.TYPE, ProjectMapper.subject(p), ProjectMapper.created(p), access.actor());
        return view(p);
    }

    /** A new project of the fields, not yet persisted, stamped as written by {@code actor}. */
    Project newProject(String areaCode, ProjectFields f, String actor) {
        Project p = new Project();
        p.id = UUID.randomUUID();
        p.areaCode = areaCode;
        p.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        p.updatedAt = p.createdAt;
        p.updatedBy = actor;
        f.applyTo(p);
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectView get(UUID id) {
        access.requireRead();
        return view(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProjectView> list(String areaCode, Integer fiscalYear, String planKind, String strategy, PageRequest page) {
        directory.requireArea(areaCode);
        access.requireRead();
        StringBuilder q = new StringBuilder("areaCode = :area");
        var params = new java.util.HashMap<String, Object>();
        params.put("area", areaCode);
        if (fiscalYear != null) {
            q.append(" and fiscalYear = :fy");
            params.put("fy", fiscalYear);
        }
        FieldErrors v = new FieldErrors();
        if (planKind != null && !planKind.isBlank()) {
            q.append(" and planKind = :kind");
            params.put("kind", v.oneOf("planKind", planKind, PlanKind.class, null));
        }
        if (strategy != null && !strategy.isBlank()) {
            q.append(" and strategyNumber = :strategy");
            params.put("strategy", strategyNumber(strategy, v));
        }
        v.throwIfAny("the query");
        var query = projects.find(q.toString(),
                io.quarkus.panache.common.Sort.by("fiscalYear").and("planKind").and("number"), params);
        List<Project> found = query.page(page.page(), page.size()).withHint(ProjectRepository.READ_ONLY, true).list();
        // a first page with room to spare holds them all (the report's one page of an area's projects): no count
        long total = page.page() == 0 && found.size() < page.size() ? found.size() : query.count();
        // the page's photos in one read and each year's plan once, not two reads a project (issue #23: the report
        // reads every area's projects)
        Map<UUID, List<ProjectPhoto>> photosOf = found.isEmpty() ? Map.of()
                : photos.find("projectId in ?1 order by uploadedAt, id", found.stream().map(p -> p.id).toList())
                        .withHint(ProjectRepository.READ_ONLY, true).list().stream()
                .collect(java.util.stream.Collectors.groupingBy(ph -> ph.projectId));
        Map<Integer, StrategicPlan> planOf = new java.util.HashMap<>();
        List<ProjectView> items = found.stream().map(p -> ProjectMapper.toView(p,
                planOf.computeIfAbsent(p.fiscalYear, y -> plans.toRead(areaCode, y).orElse(null)),
                photosOf.getOrDefault(p.id, List.of()))).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** A strategy number of a query: a whole number of 1 or more, else an error naming {@code strategy}. */
    private static Integer strategyNumber(String raw, FieldErrors v) {
        try {
            return v.positive("strategy", Integer.valueOf(raw.strip()), true);
        } catch (NumberFormatException e) {
            v.add("strategy", "must be a whole number, got '" + raw + "'");
            return null;
        }
    }

    public ProjectView replace(UUID id, LongConsumer precondition, ProjectInput in) {
        Project p = find(id);
        access.requireWrite(p.areaCode);
        precondition.accept(p.version);
        if (in == null) {
            throw ProblemException.badRequest("the request has no project in its body");
        }
        FieldErrors v = new FieldErrors();
        ProjectFields f = linkOwners(p.areaCode, fields(in, v, p.fiscalYear), p, v);
        Results r = results(in.quantitativeResults(), in.qualitativeResults(), in.problems(), in.suggestions(), v);
        v.throwIfAny("the project");
        checkStrategy(p.areaCode, f.fiscalYear(), f.strategyNumber(), "strategyNumber");
        Optional<Project> clash = projects.findByNumber(p.areaCode, f.fiscalYear(), f.planKind(), f.number());
        if (clash.isPresent() && !clash.get().id.equals(p.id)) {
            throw ProblemException.conflict("project " + f.planKind() + " no. " + f.number() + " already exists");
        }
        ProjectFields.Changes c = f.applyTo(p);
        boolean resultsChanged = r.applyTo(p);
        publishChanges(p, c, resultsChanged, access.actor());
        return view(p);
    }

    /** Stamps, flushes (new version) and publishes the events of what changed; nothing when nothing changed. */
    void publishChanges(Project p, ProjectFields.Changes c, boolean resultsChanged, String actor) {
        if (!c.any() && !resultsChanged) {
            return;
        }
        p.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        p.updatedBy = actor;
        projects.flush();
        if (c.plan()) {
            outbox.publish(ProjectUpdated.TYPE, ProjectMapper.subject(p), ProjectMapper.updated(p, c.previousBudget()), actor);
        }
        if (c.spend()) {
            outbox.publish(ProjectSpendRecorded.TYPE, ProjectMapper.subject(p), ProjectMapper.spend(p, c.previousSpend()), actor);
        }
        if (c.result() || resultsChanged) {
            outbox.publish(ProjectResultRecorded.TYPE, ProjectMapper.subject(p), ProjectMapper.result(p), actor);
        }
    }

    public ProjectView recordSpend(UUID id, LongConsumer precondition, SpendInput in) {
        Project p = find(id);
        access.requireWrite(p.areaCode);
        precondition.accept(p.version);
        if (in == null) {
            throw ProblemException.badRequest("the request has no spend in its body");
        }
        FieldErrors v = new FieldErrors();
        BigDecimal spend = v.money("actualSpend", in.actualSpend(), true, false);
        BigDecimal remaining = v.money("reportedRemaining", in.reportedRemaining(), false, true);
        v.throwIfAny("the spend");
        BigDecimal previous = p.actualSpend;
        boolean changed = !ProjectFields.same(previous, spend) || !ProjectFields.same(p.reportedRemaining, remaining);
        p.actualSpend = spend;
        p.reportedRemaining = remaining;
        publishChanges(p, new ProjectFields.Changes(false, changed, false, p.budget, previous), false, access.actor());
        return view(p);
    }

    public ProjectView recordResults(UUID id, LongConsumer precondition, ResultsInput in) {
        Project p = find(id);
        access.requireWrite(p.areaCode);
        precondition.accept(p.version);
        if (in == null) {
            throw ProblemException.badRequest("the request has no results in its body");
        }
        FieldErrors v = new FieldErrors();
        ProjectStatus status = v.oneOf("status", in.status(), ProjectStatus.class, null);
        Achievement achieved = v.oneOf("achieved", in.achieved(), Achievement.class, Achievement.NOT_ASSESSED);
        Results r = results(in.quantitativeResults(), in.qualitativeResults(), in.problems(), in.suggestions(), v);
        v.throwIfAny("the results");
        boolean statusChanged = p.status != status || p.achieved != achieved;
        p.status = status;
        p.achieved = achieved;
        boolean listsChanged = r.applyTo(p);
        publishChanges(p, new ProjectFields.Changes(false, false, statusChanged, p.budget, p.actualSpend), listsChanged,
                access.actor());
        return view(p);
    }

    public void delete(UUID id, LongConsumer precondition) {
        Project p = find(id);
        access.requireWrite(p.areaCode);
        precondition.accept(p.version);
        outbox.publish(ProjectDeleted.TYPE, ProjectMapper.subject(p), ProjectMapper.deleted(p), access.actor());
        projects.delete(p);
    }

    Project find(UUID id) {
        return projects.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("project " + id + " does not exist"));
    }

    ProjectView view(Project p) {
        StrategicPlan plan = plans.of(p.areaCode, p.fiscalYear).orElse(null);
        return ProjectMapper.toView(p, plan, photos.list("projectId = ?1 order by uploadedAt, id", p.id));
    }

    /** A strategy must be one of the year's plan when the plan is stored; before it is, any number is taken. */
    void checkStrategy(String areaCode, int fiscalYear, Integer strategy, String field) {
        if (strategy == null) {
            return;
        }
        plans.of(areaCode, fiscalYear).ifPresent(plan -> {
            if (plan.strategyText(strategy) == null) {
                FieldErrors v = new FieldErrors();
                v.add(field, "strategy " + strategy + " is not in the strategic plan of " + areaCode + " for "
                        + fiscalYear + " (it has " + plan.strategies.size() + ")");
                v.throwIfAny("the project");
            }
        });
    }

    /** Owners checked against the area's office staff and linked to it by name (see {@link StaffRegister}). */
    private ProjectFields linkOwners(String areaCode, ProjectFields f, Project stored, FieldErrors v) {
        if (f == null) {
            return null;
        }
        return f.withOwners(staff.of(areaCode).link(f.owners(), storedStaffIds(stored),
                (i, m) -> v.add("owners[" + i + "].staffId", m)));
    }

    /** The staff ids a stored project already names (none for a new one). */
    static java.util.Set<String> storedStaffIds(Project stored) {
        if (stored == null || stored.owners == null) {
            return java.util.Set.of();
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        stored.owners.forEach(o -> {
            if (o.staffId() != null) {
                ids.add(o.staffId());
            }
        });
        return ids;
    }

    private static ProjectFields fields(ProjectInput in, FieldErrors v, Integer fixedYear) {
        Integer fy = v.fiscalYear("fiscalYear", in.fiscalYear() == null ? fixedYear : in.fiscalYear());
        if (fixedYear != null && fy != null && !fy.equals(fixedYear)) {
            v.add("fiscalYear", "a project cannot move to another fiscal year (" + fixedYear + " → " + fy
                    + "); delete it and create it in the other year");
        }
        PlanKind kind = v.oneOf("planKind", in.planKind(), PlanKind.class, null);
        Integer number = v.positive("number", in.number(), true);
        String title = v.text("title", in.title(), true, 1000);
        FundingSource funding = in.fundingSource() == null || in.fundingSource().isBlank() ? null
                : v.oneOf("fundingSource", in.fundingSource(), FundingSource.class, null);
        Integer strategy = v.positive("strategyNumber", in.strategyNumber(), false);
        BigDecimal budget = v.money("budget", in.budget(), true, false);
        BigDecimal spend = v.money("actualSpend", in.actualSpend(), false, false);
        BigDecimal reportedBudget = v.money("reportedBudget", in.reportedBudget(), false, false);
        BigDecimal reportedRemaining = v.money("reportedRemaining", in.reportedRemaining(), false, true);
        List<ProjectOwner> owners = owners(in.owners(), v);
        ProjectStatus status = v.oneOf("status", in.status(), ProjectStatus.class, ProjectStatus.PLANNED);
        Achievement achieved = v.oneOf("achieved", in.achieved(), Achievement.class, Achievement.NOT_ASSESSED);
        BudgetCategory category = budgetCategory(in.budgetCategory(), v);
        if (!v.isEmpty()) {
            return null;
        }
        return new ProjectFields(fy, kind, number, title, funding, strategy, budget, spend, reportedBudget,
                reportedRemaining, owners, status, achieved, category, false);
    }

    /** Optional: null or blank is none; anything else must be one of budget-service's category codes. */
    static BudgetCategory budgetCategory(String code, FieldErrors v) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return BudgetCategory.of(code).orElseGet(() -> {
            v.add("budgetCategory", "must be one of " + BudgetCategory.codes() + ", got '" + code + "'");
            return null;
        });
    }

    private static List<ProjectOwner> owners(List<ProjectOwner> in, FieldErrors v) {
        List<ProjectOwner> out = new ArrayList<>();
        if (in == null || in.isEmpty()) {
            v.add("owners", "a project has one or more responsible officers");
            return out;
        }
        for (int i = 0; i < in.size(); i++) {
            ProjectOwner o = in.get(i);
            String name = o == null ? null : v.text("owners[" + i + "].nameTh", o.nameTh(), true, 200);
            String staffId = o == null ? null : v.text("owners[" + i + "].staffId", o.staffId(), false, 64);
            if (name != null) {
                out.add(new ProjectOwner(name, staffId));
            }
        }
        return out;
    }

    /** The result lists of a request, validated; null lists mean "none". */
    record Results(List<QuantitativeResult> quantitative, List<String> qualitative, List<String> problems,
                   List<String> suggestions) {
        boolean applyTo(Project p) {
            boolean changed = !p.quantitativeResults.equals(quantitative) || !p.qualitativeResults.equals(qualitative)
                    || !p.problems.equals(problems) || !p.suggestions.equals(suggestions);
            p.quantitativeResults = new ArrayList<>(quantitative);
            p.qualitativeResults = new ArrayList<>(qualitative);
            p.problems = new ArrayList<>(problems);
            p.suggestions = new ArrayList<>(suggestions);
            return changed;
        }
    }

    static Results results(List<QuantitativeResult> quantitative, List<String> qualitative, List<String> problems,
                           List<String> suggestions, FieldErrors v) {
        List<QuantitativeResult> q = new ArrayList<>();
        if (quantitative != null) {
            for (int i = 0; i < quantitative.size(); i++) {
                QuantitativeResult r = quantitative.get(i);
                String f = "quantitativeResults[" + i + "]";
                if (r == null) {
                    v.add(f, "must be an object");
                    continue;
                }
                String statement = v.text(f + ".statement", r.statement(), true, MAX_TEXT);
                if (r.value() != null && r.value().signum() < 0) {
                    v.add(f + ".value", "must not be negative");
                }
                if (r.target() != null && r.target().signum() < 0) {
                    v.add(f + ".target", "must not be negative");
                }
                String unit = v.text(f + ".unit", r.unit(), false, 100);
                if (r.value() == null && unit != null) {
                    v.add(f + ".value", "is required when a unit is given");
                }
                q.add(new QuantitativeResult(statement, r.value(), unit, r.target()));
            }
        }
        return new Results(q, texts("qualitativeResults", qualitative, v), texts("problems", problems, v),
                texts("suggestions", suggestions, v));
    }

    private static List<String> texts(String field, List<String> in, FieldErrors v) {
        List<String> out = new ArrayList<>();
        if (in == null) {
            return out;
        }
        for (int i = 0; i < in.size(); i++) {
            String t = v.text(field + "[" + i + "]", in.get(i), true, MAX_TEXT);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }
}
