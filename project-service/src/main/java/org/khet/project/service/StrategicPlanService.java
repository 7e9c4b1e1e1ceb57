package org.khet.project.service;

import org.khet.kit.problem.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.contracts.events.project.StrategicPlanPublished;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.project.api.PlanDtos.StrategicPlanHeader;
import org.khet.project.api.PlanDtos.StrategicPlanInput;
import org.khet.contracts.read.project.StrategicPlanView;
import org.khet.project.domain.StrategicPlan;
import org.khet.project.repository.ProjectRepository;
import org.khet.project.repository.StrategicPlanRepository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;

/** The area's strategic plan of a year, stored and replaced as one document. */
@ApplicationScoped
@Transactional
public class StrategicPlanService {
    private final StrategicPlanRepository plans;
    private final ProjectRepository projects;
    private final Outbox outbox;
    private final AccessControl access;
    private final OrgDirectory directory;

    public StrategicPlanService(StrategicPlanRepository plans, ProjectRepository projects, Outbox outbox,
                                AccessControl access, OrgDirectory directory) {
        this.plans = plans;
        this.projects = projects;
        this.outbox = outbox;
        this.access = access;
        this.directory = directory;
    }

    public record Stored(StrategicPlanView view, boolean created) {
    }

    public Stored put(String areaCode, int fiscalYear, LongConsumer precondition, StrategicPlanInput in) {
        directory.requireArea(areaCode);
        access.requireWrite(areaCode);
        FieldErrors v = new FieldErrors();
        if (in == null) {
            throw ProblemException.badRequest("the request has no strategic plan in its body");
        }
        String vision = v.text("vision", in.vision(), true, ProjectService.MAX_TEXT);
        List<String> missions = list("missions", in.missions(), v, true);
        List<String> goals = list("goals", in.goals(), v, true);
        List<String> focus = list("focusPoints", in.focusPoints(), v, false);
        List<StrategicPlanView.Strategy> strategies = strategies(in.strategies(), v);
        List<StrategicPlanView.CoreValue> values = coreValues(in.coreValues(), v);
        List<StrategicPlanView.PolicyArea> policies = policies(in.policies(), v);
        v.throwIfAny("the strategic plan");
        StrategicPlan plan = plans.of(areaCode, fiscalYear).orElse(null);
        boolean created = plan == null;
        if (created) {
            plan = new StrategicPlan();
            plan.id = UUID.randomUUID();
            plan.areaCode = areaCode;
            plan.fiscalYear = fiscalYear;
        } else {
            precondition.accept(plan.version);
            Set<Integer> numbers = new HashSet<>();
            strategies.forEach(s -> numbers.add(s.number()));
            long orphans = projects.count("areaCode = ?1 and fiscalYear = ?2 and strategyNumber is not null "
                    + "and strategyNumber not in ?3", areaCode, fiscalYear, numbers.isEmpty() ? Set.of(-1) : numbers);
            if (orphans > 0) {
                throw ProblemException.conflict(orphans + " project(s) of " + fiscalYear + " hang on a strategy this "
                        + "plan removes; move them to another strategy first");
            }
        }
        if (!created && vision.equals(plan.vision) && missions.equals(plan.missions) && goals.equals(plan.goals)
                && strategies.equals(plan.strategies) && values.equals(plan.coreValues) && policies.equals(plan.policies)
                && focus.equals(plan.focusPoints)) {
            return new Stored(view(plan), false); // the same plan again: no new version, no event
        }
        plan.vision = vision;
        plan.missions = missions;
        plan.goals = goals;
        plan.strategies = strategies;
        plan.coreValues = values;
        plan.policies = policies;
        plan.focusPoints = focus;
        plan.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        plan.updatedBy = access.actor();
        plans.persistAndFlush(plan);
        outbox.publish(StrategicPlanPublished.TYPE,
                Outbox.Subject.of("strategic-plan", areaCode + "/" + fiscalYear).area(areaCode).fiscalYear(fiscalYear),
                new StrategicPlanPublished(areaCode, fiscalYear, vision,
                        strategies.stream().map(s -> new StrategicPlanPublished.Strategy(s.number(), s.textTh())).toList(),
                        missions.size(), goals.size(), policies.size(), focus.size(), plan.version),
                access.actor());
        return new Stored(view(plan), created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StrategicPlanView get(String areaCode, int fiscalYear) {
        directory.requireArea(areaCode);
        access.requireRead();
        return plans.toRead(areaCode, fiscalYear).map(StrategicPlanService::view).orElseThrow(() ->
                ProblemException.notFound("area " + areaCode + " has no strategic plan for fiscal year " + fiscalYear));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StrategicPlanHeader> list(String areaCode, Integer fiscalYear) {
        access.requireRead();
        StringBuilder q = new StringBuilder("1 = 1");
        List<Object> args = new ArrayList<>();
        if (areaCode != null && !areaCode.isBlank()) {
            args.add(areaCode);
            q.append(" and areaCode = ?").append(args.size());
        }
        if (fiscalYear != null) {
            args.add(fiscalYear);
            q.append(" and fiscalYear = ?").append(args.size());
        }
        q.append(" order by areaCode, fiscalYear");
        return plans.list(q.toString(), args.toArray()).stream().map(p -> new StrategicPlanHeader(p.areaCode,
                p.fiscalYear, p.vision, p.strategies.size(), p.version,
                "/v1/areas/" + p.areaCode + "/strategic-plan/" + p.fiscalYear)).toList();
    }

    static StrategicPlanView view(StrategicPlan p) {
        return new StrategicPlanView(p.areaCode, p.fiscalYear, p.vision, p.missions, p.goals, p.strategies,
                p.coreValues, p.policies, p.focusPoints, p.version, p.updatedAt, p.updatedBy);
    }

    private static List<String> list(String field, List<String> in, FieldErrors v, boolean required) {
        List<String> out = new ArrayList<>();
        if (in == null || in.isEmpty()) {
            if (required) {
                v.add(field, "needs at least one item");
            }
            return out;
        }
        for (int i = 0; i < in.size(); i++) {
            String t = v.text(field + "[" + i + "]", in.get(i), true, ProjectService.MAX_TEXT);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<StrategicPlanView.Strategy> strategies(List<StrategicPlanView.Strategy> in, FieldErrors v) {
        List<StrategicPlanView.Strategy> out = new ArrayList<>();
        if (in == null || in.isEmpty()) {
            v.add("strategies", "needs at least one strategy");
            return out;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            StrategicPlanView.Strategy s = in.get(i);
            String f = "strategies[" + i + "]";
            if (s == null) {
                v.add(f, "must be an object");
                continue;
            }
            if (s.number() < 1) {
                v.add(f + ".number", "must be 1 or more");
            } else if (!seen.add(s.number())) {
                v.add(f + ".number", "strategy " + s.number() + " appears twice");
            }
            String t = v.text(f + ".textTh", s.textTh(), true, ProjectService.MAX_TEXT);
            out.add(new StrategicPlanView.Strategy(s.number(), t));
        }
        return out;
    }

    private static List<StrategicPlanView.CoreValue> coreValues(List<StrategicPlanView.CoreValue> in, FieldErrors v) {
        List<StrategicPlanView.CoreValue> out = new ArrayList<>();
        if (in == null) {
            return out;
        }
        for (int i = 0; i < in.size(); i++) {
            StrategicPlanView.CoreValue c = in.get(i);
            String f = "coreValues[" + i + "]";
            if (c == null) {
                v.add(f, "must be an object");
                continue;
            }
            out.add(new StrategicPlanView.CoreValue(v.text(f + ".letter", c.letter(), false, 10),
                    v.text(f + ".nameEn", c.nameEn(), false, 200), v.text(f + ".meaningTh", c.meaningTh(), true, 500)));
        }
        return out;
    }

    private static List<StrategicPlanView.PolicyArea> policies(List<StrategicPlanView.PolicyArea> in, FieldErrors v) {
        List<StrategicPlanView.PolicyArea> out = new ArrayList<>();
        if (in == null) {
            return out;
        }
        for (int i = 0; i < in.size(); i++) {
            StrategicPlanView.PolicyArea a = in.get(i);
            String f = "policies[" + i + "]";
            if (a == null) {
                v.add(f, "must be an object");
                continue;
            }
            if (a.number() < 1) {
                v.add(f + ".number", "must be 1 or more");
            }
            String title = v.text(f + ".titleTh", a.titleTh(), true, 500);
            List<StrategicPlanView.PolicyItem> items = new ArrayList<>();
            if (a.items() != null) {
                for (int j = 0; j < a.items().size(); j++) {
                    StrategicPlanView.PolicyItem it = a.items().get(j);
                    String g = f + ".items[" + j + "]";
                    if (it == null) {
                        v.add(g, "must be an object");
                        continue;
                    }
                    String num = v.text(g + ".number", it.number(), true, 20);
                    if (num != null && !num.startsWith(a.number() + ".")) {
                        v.add(g + ".number", "item " + num + " is not numbered under policy area " + a.number());
                    }
                    items.add(new StrategicPlanView.PolicyItem(num, v.text(g + ".textTh", it.textTh(), true, ProjectService.MAX_TEXT)));
                }
            }
            out.add(new StrategicPlanView.PolicyArea(a.number(), title, items));
        }
        return out;
    }
}
