package org.khet.budget.service;

import org.khet.kit.problem.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.budget.api.Dtos.FeedResult;
import org.khet.budget.api.Dtos.NewAllotment;
import org.khet.budget.domain.Allotment;
import org.khet.budget.domain.BudgetCategory;
import org.khet.budget.domain.FiscalYearEntry;
import org.khet.contracts.events.budget.AllocationCancelled;
import org.khet.contracts.events.budget.AllocationRecorded;
import org.khet.kit.etag.ETags;
import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedFormat;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedReceipts;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.paging.Page;
import org.khet.kit.paging.PageRequest;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/** Allotments (การจัดสรรงบประมาณ): recorded singly or by feed, cancelled when entered by mistake. */
@ApplicationScoped
@Transactional
public class AllocationService {
    public static final String FEED_KIND = "allocations";
    public static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("areaCode", "fiscalYear", "category", "date", "amount"),
            List.of("documentNo", "note"));

    private final References refs;
    private final Outbox outbox;
    private final AccessControl access;
    private final FeedReceipts receipts;

    public AllocationService(References refs, Outbox outbox, AccessControl access, FeedReceipts receipts) {
        this.refs = refs;
        this.outbox = outbox;
        this.access = access;
        this.receipts = receipts;
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
                blankToNull(in.note()));
    }

    public FeedResult feed(byte[] body, FeedFormat format, String idempotencyKey) {
        List<FeedRow> rows = FeedReader.read(body, format, COLUMNS);
        if (rows.isEmpty()) {
            throw ProblemException.validation("the feed has no rows; nothing was stored", null);
        }
        // a feed received before is answered from its receipt, before its rows are checked against what it stored
        String scope = scope(rows);
        String sha = FeedReceipts.sha256(body);
        var earlier = receipts.find(FEED_KIND, scope, idempotencyKey, sha);
        if (earlier.isPresent()) {
            return new FeedResult(earlier.get().id().toString(), true, earlier.get().rows(),
                    AllocationService.ids(earlier.get().result()));
        }
        FeedErrors errors = new FeedErrors();
        Map<String, BudgetCategory> cats = refs.categoryLookup();
        References.FeedRowChecks checks = refs.feedRowChecks();
        List<NewRow> parsed = new ArrayList<>();
        // an allotment's identity: its document number within area, year and category; without one, all it says
        Map<String, Integer> seen = new HashMap<>();
        java.util.Set<String> writable = new java.util.HashSet<>();
        for (FeedRow r : rows) {
            String area = checks.area(errors, r);
            Optional<FiscalYearEntry> year = checks.fiscalYear(errors, r);
            Integer fy = year.map(y -> y.be).orElse(null);
            String catText = errors.text(r, "category", true);
            BudgetCategory cat = References.category(cats, catText);
            if (catText != null && cat == null) {
                errors.add(r.row(), "category", "unknown category '" + catText + "'; known: " + References.knownCategories(cats));
            }
            var date = errors.date(r, "date", true);
            var amount = errors.money(r, "amount", true, true);
            if (amount != null && amount.signum() == 0) {
                errors.add(r.row(), "amount", "must not be zero");
            }
            String doc = r.get("documentNo");
            String note = r.get("note");
            if (date != null && year.isPresent() && (date.isBefore(year.get().startsOn) || date.isAfter(year.get().endsOn))) {
                errors.add(r.row(), "date", "must be within fiscal year " + fy + " (" + year.get().startsOn + " to "
                        + year.get().endsOn + "), got " + date);
            }
            if (area == null || fy == null || cat == null || date == null || amount == null || amount.signum() == 0) {
                continue;
            }
            NewRow row = new NewRow(area, fy, cat.code, doc, date, amount, note);
            Integer first = seen.putIfAbsent(row.identity(), r.row());
            if (first != null) {
                errors.add(r.row(), "documentNo", doc != null
                        ? "document '" + doc + "' appears twice in the feed for " + cat.code + " (rows " + first + " and " + r.row() + ")"
                        : "the same allotment as row " + first + " (no document number, same date, amount and note); "
                        + "give each its documentNo, or a note that tells them apart");
                continue;
            }
            // the caller may write this area before anything stored there is looked at (or named in an error)
            if (writable.add(area)) {
                access.requireWrite(area);
            }
            Allotment stored = recorded(row);
            if (stored == null) {
                parsed.add(row);
            } else if (doc != null && (!stored.allottedOn.equals(date) || stored.amount.compareTo(amount) != 0)) {
                errors.add(r.row(), "documentNo", "document '" + doc + "' is already recorded for " + area + " FY" + fy
                        + " " + cat.code + " as " + stored.amount.toPlainString() + " on " + stored.allottedOn
                        + "; this row says " + amount.toPlainString() + " on " + date + " (cancel the stored one to correct it)");
            }
        }
        errors.throwIfAny();
        List<String> stored = new ArrayList<>();
        for (NewRow p : parsed) {
            stored.add(store(p.area, p.fy, p.category, p.doc, p.date, p.amount, p.note).id.toString());
        }
        var receipt = receipts.record(FEED_KIND, scope, idempotencyKey, sha, rows.size(), stored);
        // every row already recorded (the feed re-sent in other bytes: CRLF, reordered, re-exported): a no-op
        return new FeedResult(receipt.id().toString(), stored.isEmpty(), rows.size(), stored);
    }

    /**
     * The stored allotment a feed row is, if any: the one with its document number, or, for a row without one, an
     * undocumented allotment with the same area, year, category, date, amount and note.
     */
    private static Allotment recorded(NewRow r) {
        if (r.doc != null) {
            return Allotment.<Allotment>find("areaCode = ?1 and fiscalYear = ?2 and categoryCode = ?3 and documentNo = ?4",
                    r.area, r.fy, r.category, r.doc).firstResult();
        }
        return Allotment.<Allotment>find("areaCode = ?1 and fiscalYear = ?2 and categoryCode = ?3 and documentNo is null "
                        + "and allottedOn = ?4 and amount = ?5 and " + (r.note == null ? "note is null" : "note = ?6"),
                r.note == null ? new Object[]{r.area, r.fy, r.category, r.date, r.amount}
                        : new Object[]{r.area, r.fy, r.category, r.date, r.amount, r.note}).firstResult();
    }

    public void cancel(UUID id, String ifMatch) {
        Allotment a = Allotment.findById(id);
        if (a == null) {
            throw ProblemException.notFound("allotment " + id + " does not exist");
        }
        access.requireWrite(a.areaCode);
        ETags.checkIfMatch(ifMatch, a.version);
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

    private Allotment store(String area, int fy, String category, String doc, java.time.LocalDate date,
                            java.math.BigDecimal amount, String note) {
        Allotment a = new Allotment();
        a.id = UUID.randomUUID();
        a.areaCode = area;
        a.fiscalYear = fy;
        a.categoryCode = category;
        a.documentNo = doc;
        a.allottedOn = date;
        a.amount = amount;
        a.note = note;
        a.createdBy = access.actor();
        a.createdAt = OffsetDateTime.now();
        a.persist();
        outbox.publish(AllocationRecorded.TYPE, subject(a),
                new AllocationRecorded(a.id.toString(), area, fy, category, doc, date, amount, note), access.actor());
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

    /** The areas and years a feed is about, as its rows name them: the scope of its receipt. */
    static String scope(List<FeedRow> rows) {
        TreeSet<String> keys = new TreeSet<>();
        for (FeedRow r : rows) {
            keys.add(r.get("areaCode") + "/" + r.get("fiscalYear"));
        }
        return String.join(",", keys);
    }

    static List<String> ids(com.fasterxml.jackson.databind.JsonNode result) {
        List<String> out = new ArrayList<>();
        if (result != null && result.isArray()) {
            result.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private record NewRow(String area, Integer fy, String category, String doc, java.time.LocalDate date,
                          java.math.BigDecimal amount, String note) {
        String identity() {
            String base = area + "|" + fy + "|" + category + "|";
            return doc != null ? base + "doc|" + doc : base + "nodoc|" + date + "|" + amount.toPlainString() + "|" + note;
        }
    }
}
