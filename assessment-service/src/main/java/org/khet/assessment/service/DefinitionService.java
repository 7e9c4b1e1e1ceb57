package org.khet.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.assessment.api.Definitions.BandIn;
import org.khet.assessment.api.Definitions.FrameworkIn;
import org.khet.assessment.api.Definitions.IndicatorIn;
import org.khet.assessment.api.Definitions.RubricIn;
import org.khet.assessment.api.Definitions.SubjectIn;
import org.khet.assessment.api.Definitions.TestIn;
import org.khet.assessment.domain.EvaluationResult;
import org.khet.assessment.domain.Framework;
import org.khet.assessment.domain.FrameworkIndicator;
import org.khet.assessment.domain.Rubric;
import org.khet.assessment.domain.RubricBand;
import org.khet.assessment.domain.TestDefinition;
import org.khet.assessment.domain.TestStatistic;
import org.khet.assessment.domain.TestSubject;
import org.khet.contracts.BuddhistEra;
import org.khet.contracts.events.assessment.FrameworkDefined;
import org.khet.contracts.events.assessment.RubricDefined;
import org.khet.contracts.events.assessment.TestDefined;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * The reference data as data: tests and their subjects, rubrics and their bands, frameworks and their indicators.
 * They are defined by OBEC and the testing bodies, so writing them needs write access to OBEC. A PUT replaces the
 * definition; removing a subject or indicator that already has results is refused (409).
 */
@ApplicationScoped
@Transactional
public class DefinitionService {
    static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";

    private final Outbox outbox;
    private final AccessControl access;

    public DefinitionService(Outbox outbox, AccessControl access) {
        this.outbox = outbox;
        this.access = access;
    }

    /**
     * @param precondition checks the stored version against the request's If-Match (a 412 problem when it fails)
     * @return true when created
     */
    public boolean putTest(String code, TestIn in, LongConsumer precondition) {
        requireCode("code", code);
        access.requireWrite(TestStatisticsFeed.OBEC_CODE);
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < in.subjects().size(); i++) {
            SubjectIn s = in.subjects().get(i);
            if (!s.code().matches(CODE) || s.code().equals(TestStatistic.ALL_SUBJECTS)) {
                errors.add(Problem.FieldError.field("subjects[" + i + "].code", "'" + s.code() + "' is not a subject code (letters, digits, . _ -; not ALL)"));
            } else if (!codes.add(s.code())) {
                errors.add(Problem.FieldError.field("subjects[" + i + "].code", "subject " + s.code() + " appears twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation("the test definition is not valid", errors);
        }
        TestDefinition t = TestDefinition.findById(code);
        boolean created = t == null;
        if (created) {
            t = new TestDefinition();
            t.code = code;
        } else {
            precondition.accept(t.version);
        }
        if (!created && sameTest(t, in)) {
            return false; // the same definition again (a re-sent load): no new version, no event
        }
        for (TestSubject old : TestSubject.ofTest(code)) {
            if (!codes.contains(old.code) && TestStatistic.count("testCode = ?1 and subjectCode = ?2", code, old.code) > 0) {
                throw ProblemException.conflict("subject " + old.code + " of test " + code + " has statistics; it cannot be removed");
            }
        }
        t.family = in.family();
        t.grade = in.grade();
        t.nameTh = in.nameTh();
        t.nameEn = in.nameEn();
        t.persist();
        if (!created) {
            // the subjects are rows of their own: a change to them alone is still a new version of the test
            TestDefinition.getEntityManager().lock(t, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        TestSubject.delete("testCode", code);
        TestSubject.flush();
        int pos = 1;
        for (SubjectIn s : in.subjects()) {
            TestSubject ts = new TestSubject();
            ts.id = UUID.randomUUID();
            ts.testCode = code;
            ts.code = s.code();
            ts.nameTh = s.nameTh();
            ts.nameEn = s.nameEn();
            ts.position = pos++;
            ts.persist();
        }
        TestDefinition.flush();
        outbox.publish(TestDefined.TYPE, Outbox.Subject.of("test", code), new TestDefined(code, in.family(), in.grade(),
                in.nameTh(), in.subjects().stream().map(s -> new TestDefined.Subject(s.code(), s.nameTh())).toList()), access.actor());
        return created;
    }

    public boolean putRubric(String code, RubricIn in, LongConsumer precondition) {
        requireCode("code", code);
        access.requireWrite(TestStatisticsFeed.OBEC_CODE);
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<java.math.BigDecimal> mins = new HashSet<>();
        for (int i = 0; i < in.bands().size(); i++) {
            BandIn b = in.bands().get(i);
            if (!mins.add(b.minScore().stripTrailingZeros())) {
                errors.add(Problem.FieldError.field("bands[" + i + "].minScore", "two bands start at " + b.minScore().toPlainString()));
            }
            if (Rubric.LEVEL.equals(in.kind()) && b.level() == null) {
                errors.add(Problem.FieldError.field("bands[" + i + "].level", "a LEVEL rubric's band needs a level 1–5"));
            }
        }
        if (Rubric.LEVEL.equals(in.kind()) && errors.isEmpty()) {
            List<BandIn> sorted = in.bands().stream().sorted((a, b) -> a.minScore().compareTo(b.minScore())).toList();
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).level() <= sorted.get(i - 1).level()) {
                    errors.add(Problem.FieldError.field("bands", "levels must rise with the score: the band from "
                            + sorted.get(i).minScore().toPlainString() + " has level " + sorted.get(i).level()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation("the rubric is not valid", errors);
        }
        Rubric r = Rubric.findById(code);
        boolean created = r == null;
        if (created) {
            r = new Rubric();
            r.code = code;
        } else {
            precondition.accept(r.version);
        }
        if (!created && sameRubric(r, in)) {
            return false; // the same definition again: no new version, no event
        }
        r.kind = in.kind();
        r.nameTh = in.nameTh();
        r.persist();
        if (!created) {
            // the bands are rows of their own: a change to them alone is still a new version of the rubric
            Rubric.getEntityManager().lock(r, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        RubricBand.delete("rubricCode", code);
        RubricBand.flush();
        for (BandIn b : in.bands()) {
            RubricBand band = new RubricBand();
            band.id = UUID.randomUUID();
            band.rubricCode = code;
            band.minScore = b.minScore();
            band.level = b.level();
            band.label = b.label();
            band.passes = b.passes();
            band.persist();
        }
        Rubric.flush();
        outbox.publish(RubricDefined.TYPE, Outbox.Subject.of("rubric", code), new RubricDefined(code, in.kind(), in.nameTh(),
                in.bands().stream().map(b -> new RubricDefined.Band(b.minScore(), b.level(), b.label(), b.passes())).toList()),
                access.actor());
        return created;
    }

    public boolean putFramework(String code, FrameworkIn in, LongConsumer precondition) {
        requireCode("code", code);
        access.requireWrite(TestStatisticsFeed.OBEC_CODE);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (Rubric.findById(in.rubric()) == null) {
            errors.add(Problem.FieldError.field("rubric", "unknown rubric '" + in.rubric() + "'"));
        }
        if (in.fiscalYear() != null) {
            try {
                BuddhistEra.requireBe(in.fiscalYear(), "fiscalYear");
            } catch (IllegalArgumentException e) {
                errors.add(Problem.FieldError.field("fiscalYear", e.getMessage()));
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < in.indicators().size(); i++) {
            IndicatorIn ind = in.indicators().get(i);
            String f = "indicators[" + i + "]";
            if (!ind.code().matches(CODE) || ind.code().equals(EvaluationResult.ALL)) {
                errors.add(Problem.FieldError.field(f + ".code", "'" + ind.code() + "' is not an indicator code (letters, digits, . _ -; not ALL)"));
            } else if (seen.containsKey(ind.code())) {
                errors.add(Problem.FieldError.field(f + ".code", "indicator " + ind.code() + " appears twice"));
            }
            // a parent comes before its children, which also rules out cycles
            if (ind.parentCode() != null && !seen.containsKey(ind.parentCode())) {
                errors.add(Problem.FieldError.field(f + ".parentCode", "parent '" + ind.parentCode()
                        + "' is not an indicator listed before " + ind.code()));
            }
            seen.put(ind.code(), i);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation("the framework is not valid", errors);
        }
        Framework fw = Framework.findById(code);
        boolean created = fw == null;
        if (created) {
            fw = new Framework();
            fw.code = code;
        } else {
            precondition.accept(fw.version);
        }
        FrameworkDefined defined = new FrameworkDefined(code, in.family(), in.nameTh(), in.fiscalYear(), in.rubric(),
                in.averageDepth() == null ? 1 : in.averageDepth(),
                in.indicators().stream().map(i -> new FrameworkDefined.Indicator(i.code(), i.parentCode(), i.titleTh(), i.kind())).toList());
        if (!created && defined.equals(stored(fw)) && java.util.Objects.equals(fw.nameEn, in.nameEn())) {
            return false; // the same definition again (a re-sent load): no new version, no event
        }
        for (FrameworkIndicator old : FrameworkIndicator.ofFramework(code)) {
            if (!seen.containsKey(old.code) && EvaluationResult.count("frameworkCode = ?1 and indicatorCode = ?2", code, old.code) > 0) {
                throw ProblemException.conflict("indicator " + old.code + " of " + code + " has results; it cannot be removed");
            }
        }
        fw.family = in.family();
        fw.nameTh = in.nameTh();
        fw.nameEn = in.nameEn();
        fw.fiscalYear = in.fiscalYear();
        fw.rubricCode = in.rubric();
        fw.averageDepth = in.averageDepth() == null ? 1 : in.averageDepth();
        fw.persist();
        if (!created) {
            // the indicators are rows of their own: a change to them alone is still a new version of the framework
            Framework.getEntityManager().lock(fw, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        FrameworkIndicator.delete("frameworkCode", code);
        FrameworkIndicator.flush();
        int pos = 1;
        for (IndicatorIn i : in.indicators()) {
            FrameworkIndicator fi = new FrameworkIndicator();
            fi.id = UUID.randomUUID();
            fi.frameworkCode = code;
            fi.code = i.code();
            fi.parentCode = i.parentCode();
            fi.titleTh = i.titleTh();
            fi.kind = i.kind();
            fi.position = pos++;
            fi.persist();
        }
        Framework.flush();
        outbox.publish(FrameworkDefined.TYPE, Outbox.Subject.of("framework", code).fiscalYear(in.fiscalYear()), defined,
                access.actor());
        return created;
    }

    private static boolean sameTest(TestDefinition t, TestIn in) {
        List<TestSubject> stored = TestSubject.ofTest(t.code);
        if (!(Objects.equals(t.family, in.family()) && Objects.equals(t.grade, in.grade())
                && Objects.equals(t.nameTh, in.nameTh()) && Objects.equals(t.nameEn, in.nameEn())
                && stored.size() == in.subjects().size())) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            TestSubject s = stored.get(i);
            SubjectIn n = in.subjects().get(i);
            if (!(s.code.equals(n.code()) && Objects.equals(s.nameTh, n.nameTh()) && Objects.equals(s.nameEn, n.nameEn()))) {
                return false;
            }
        }
        return true;
    }

    /** The bands compared as a set (by their start, whatever order they were sent in; 1.5 is 1.50). */
    private static boolean sameRubric(Rubric r, RubricIn in) {
        if (!(Objects.equals(r.kind, in.kind()) && Objects.equals(r.nameTh, in.nameTh()))) {
            return false;
        }
        List<RubricBand> stored = RubricBand.ofRubric(r.code);
        List<BandIn> sent = in.bands().stream().sorted((a, b) -> b.minScore().compareTo(a.minScore())).toList();
        if (stored.size() != sent.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            RubricBand s = stored.get(i);
            BandIn b = sent.get(i);
            if (!(s.minScore.compareTo(b.minScore()) == 0 && Objects.equals(s.level, b.level())
                    && Objects.equals(s.label, b.label()) && Objects.equals(s.passes, b.passes()))) {
                return false;
            }
        }
        return true;
    }

    private static FrameworkDefined stored(Framework fw) {
        return new FrameworkDefined(fw.code, fw.family, fw.nameTh, fw.fiscalYear, fw.rubricCode, fw.averageDepth,
                FrameworkIndicator.ofFramework(fw.code).stream()
                        .map(i -> new FrameworkDefined.Indicator(i.code, i.parentCode, i.titleTh, i.kind)).toList());
    }

    private static void requireCode(String field, String code) {
        if (code == null || !code.matches(CODE)) {
            throw ProblemException.validation("'" + code + "' is not a code", List.of(Problem.FieldError.field(field,
                    "letters, digits, '.', '_' and '-', at most 40")));
        }
    }
}
