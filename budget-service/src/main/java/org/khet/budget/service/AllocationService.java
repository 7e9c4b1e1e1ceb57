package org.khet.budget.service;

import org.khet.kit.problem.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.budget.api.Dtos.NewAllotment;
import org.khet.budget.domain.Allotment;
import org.khet.budget.domain.BudgetCategory;
import org.khet.budget.domain.FiscalYearEntry;
import org.khet.contracts.events.budget.AllocationCancelled;
import org.khet.contracts.events.budget.AllocationRecorded;
import org.khet.kit.outbox.Outbox;
import org.khet.contracts.read.Page;
import org.khet.kit.paging.PageRequest;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Allotments (การจัดสรรงบประมาณ): recorded singly (or by {@link AllocationsFeed}), cancelled when entered by mistake. */
@ApplicationScoped
@Transactional
public class AllocationService {
    private final References refs;
    private final Outbox outbox;
    private final AccessControl access;

    public AllocationService(References refs, Outbox outbox, AccessControl access) {
        this.refs = refs;
        this.outbox = outbox;
        this.access = access;
    }

    public Allotment record(NewAllotment in) {
        if (in == null) {
            throw ProblemException.badRequest("the body must be an allotment object");
        }
        FieldErrors checks = new FieldErrors();
        checks.addIf("areaCode", refs.areaProblem(in.areaCode()));
        checks.addIf("fiscalYear", refs.fiscalYearProblem(in.fiscalYear()));
        Map<String, BudgetCategory> cats = refs.categoryLookup();
        BudgetCategory cat = null;
        if (checks.required("category", in.category())) {
            cat = References.category(cats, in.category());
            if (cat == null) {
                checks.add("category", "unknown category '" + in.category() + "'; known: " + References.knownCategories(cats));
            }
        }
        checks.required("allottedOn", in.allottedOn());
        var amount = checks.money("amount", in.amount(), true, true);
        if (amount != null && amount.signum() == 0) {
            checks.add("amount", "must not be zero");
        }
        checks.throwIfAny();
        String dateProblem = dateProblem(refs.fiscalYear(in.fiscalYear()).orElseThrow(), in);
        checks.addIf("allottedOn", dateProblem);
        if (in.documentNo() != null && !in.documentNo().isBlank()
                && documentExists(in.areaCode(), in.fiscalYear(), cat.code, in.documentNo().strip())) {
            throw ProblemException.conflict("allotment document '" + in.documentNo().strip() + "' is already recorded for "
                    + in.areaCode() + " FY" + in.fiscalYear() + " " + cat.code);
        }
        checks.throwIfAny();
        access.requireWrite(in.areaCode());
        return store(in.areaCode(), in.fiscalYear(), cat.code, blankToNull(in.documentNo()), in.allottedOn(), amount,
                blankToNull(in.note()), access.actor());
    }

    /** Cancels an allotment; {@code precondition} checks its stored version (a 412 when the request's If-Match does not hold). */
    public void cancel(UUID id, java.util.function.LongConsumer precondition) {
        Allotment a = Allotment.findById(id);
        if (a == null) {
            throw ProblemException.notFound("allotment " + id + " does not exist");
        }
        access.requireWrite(a.areaCode);
        precondition.accept(a.version);
        a.delete();
        outbox.publish(AllocationCancelled.TYPE, subject(a),
                new AllocationCancelled(a.id.toString(), a.areaCode, a.fiscalYear, a.categoryCode, a.documentNo,
                        a.allottedOn, a.amount), access.actor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Allotment> find(UUID id) {
        return Optional.ofNullable(Allotment.findById(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Allotment> list(String areaCode, Integer fiscalYear, String category, PageRequest page) {
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
        if (category != null) {
            q.append(" and categoryCode = :cat");
            params.put("cat", category);
        }
        var query = Allotment.<Allotment>find(q + " order by areaCode, fiscalYear, allottedOn, createdAt", params);
        long total = query.count();
        List<Allotment> items = query.page(page.page(), page.size()).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Stores an allotment and publishes it, in the caller's transaction. */
    Allotment store(String area, int fy, String category, String doc, java.time.LocalDate date,
                    java.math.BigDecimal amount, String note, String actor) {
        Allotment a = new Allotment();
        a.id = UUID.randomUUID();
        a.areaCode = area;
        a.fiscalYear = fy;
        a.categoryCode = category;
        a.documentNo = doc;
        a.allottedOn = date;
        a.amount = amount;
        a.note = note;
        a.createdBy = actor;
        a.createdAt = OffsetDateTime.now();
        a.persist();
        outbox.publish(AllocationRecorded.TYPE, subject(a),
                new AllocationRecorded(a.id.toString(), area, fy, category, doc, date, amount, note), actor);
        return a;
    }

    private static Outbox.Subject subject(Allotment a) {
        return Outbox.Subject.of("allotment", a.id.toString()).area(a.areaCode).fiscalYear(a.fiscalYear);
    }

    private static boolean documentExists(String area, int fy, String category, String doc) {
        return Allotment.count("areaCode = ?1 and fiscalYear = ?2 and categoryCode = ?3 and documentNo = ?4",
                area, fy, category, doc) > 0;
    }

    private static String dateProblem(FiscalYearEntry year, NewAllotment in) {
        if (in.allottedOn().isBefore(year.startsOn) || in.allottedOn().isAfter(year.endsOn)) {
            return "must be within fiscal year " + year.be + " (" + year.startsOn + " to " + year.endsOn + "), got "
                    + in.allottedOn();
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
