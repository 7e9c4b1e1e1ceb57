package org.khet.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.FeedResult;
import org.khet.contracts.read.project.PlanKind;
import org.khet.contracts.read.project.QuantitativeResult;
import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedKind;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;
import org.khet.project.domain.Project;
import org.khet.project.repository.ProjectRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The project results feed of an area (the detail pages' ผลการดำเนินงาน): for every project the feed names, its
 * quantitative and qualitative results, problems and suggestions become exactly the feed's rows for it, in row order.
 * Projects the feed does not name keep theirs; a project whose results are already those is unchanged and publishes
 * nothing.
 */
@ApplicationScoped
public class ProjectResultsFeed {
    public static final String NAME = "project-results";

    public static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("fiscalYear", "planKind", "number", "kind", "text"),
            List.of("value", "unit", "target"));

    /** What a row of the feed is. */
    enum ResultKind {
        QUANTITATIVE, QUALITATIVE, PROBLEM, SUGGESTION
    }

    private final ProjectRepository projects;
    private final ProjectService service;

    public ProjectResultsFeed(ProjectRepository projects, ProjectService service) {
        this.projects = projects;
        this.service = service;
    }

    /** The validated feed: each named project with its new results, in the order the feed first names them. */
    record Content(String areaCode, int rows, Map<Project, ProjectService.Results> results) {
    }

    /** The results feed of {@code areaCode}, for the kit's pipeline. */
    public FeedKind<Content> of(String areaCode) {
        return new AreaFeedKind<>(NAME, COLUMNS, areaCode, rows -> validate(areaCode, rows), this::store);
    }

    Content validate(String areaCode, List<FeedRow> rows) {
        FeedErrors errors = new FeedErrors();
        Map<ProjectsFeed.Key, ProjectService.Results> byProject = new LinkedHashMap<>();
        Map<ProjectsFeed.Key, Project> found = new HashMap<>();
        List<String> kinds = new ArrayList<>();
        for (ResultKind k : ResultKind.values()) {
            kinds.add(k.name());
        }
        for (FeedRow r : rows) {
            int before = errors.count();
            Integer fy = errors.beYear(r, "fiscalYear", true);
            PlanKind kind = ProjectsFeed.planKind(r, errors);
            Integer number = errors.integer(r, "number", true, 1, 100000);
            String what = errors.oneOf(r, "kind", true, kinds);
            String text = errors.text(r, "text", true);
            BigDecimal value = errors.decimal(r, "value", false, 4);
            String unit = errors.text(r, "unit", false);
            BigDecimal target = errors.decimal(r, "target", false, 4);
            if (text != null && text.length() > ProjectService.MAX_TEXT) {
                errors.add(r.row(), "text", "is longer than " + ProjectService.MAX_TEXT + " characters");
            }
            if (what != null && !what.equals(ResultKind.QUANTITATIVE.name())) {
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
            if (ResultKind.QUANTITATIVE.name().equals(what) && unit != null && value == null && r.get("value") == null) {
                errors.add(r.row(), "value", "is required when a unit is given");
            }
            if (errors.count() > before) {
                continue;
            }
            ProjectsFeed.Key key = new ProjectsFeed.Key(fy, kind, number);
            Project p = found.computeIfAbsent(key,
                    k -> projects.findByNumber(areaCode, k.fiscalYear(), k.kind(), k.number()).orElse(null));
            if (p == null) {
                errors.add(r.row(), "number", "area " + areaCode + " has no project " + kind + " no. " + number + " in "
                        + fy + "; load the project first");
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
        Map<Project, ProjectService.Results> results = new LinkedHashMap<>();
        byProject.forEach((key, res) -> results.put(found.get(key), res));
        return new Content(areaCode, rows.size(), results);
    }

    FeedResult store(Content c, String actor) {
        int updated = 0;
        int unchanged = 0;
        Set<Integer> years = new TreeSet<>();
        for (Map.Entry<Project, ProjectService.Results> e : c.results().entrySet()) {
            Project p = e.getKey();
            years.add(p.fiscalYear);
            if (e.getValue().applyTo(p)) {
                service.publishChanges(p, new ProjectFields.Changes(false, false, false, p.budget, p.actualSpend), true,
                        actor);
                updated++;
            } else {
                unchanged++;
            }
        }
        projects.flush();
        return FeedResult.of(NAME, c.rows(), 0, updated, unchanged, List.of(c.areaCode()), List.copyOf(years));
    }
}
