package org.khet.assessment.mapping;

import org.khet.assessment.api.Definitions.SubjectOut;
import org.khet.assessment.api.Definitions.TestOut;
import org.khet.assessment.api.StatisticOut;
import org.khet.assessment.domain.TestDefinition;
import org.khet.assessment.domain.TestStatistic;
import org.khet.assessment.domain.TestSubject;
import org.khet.assessment.service.TestCalculator;

/** Test catalogue and statistics entities → DTOs and the calculator's input. */
public final class TestMapper {
    private TestMapper() {
    }

    public static TestOut toDto(TestDefinition t) {
        return new TestOut(t.code, t.family, t.grade, t.nameTh, t.nameEn, TestSubject.ofTest(t.code).stream()
                .map(s -> new SubjectOut(s.code, s.nameTh, s.nameEn)).toList());
    }

    public static TestCalculator.Test toCalc(TestDefinition t) {
        return new TestCalculator.Test(t.code, t.family, t.grade, t.nameTh, TestSubject.ofTest(t.code).stream()
                .map(s -> new TestCalculator.Subject(s.code, s.nameTh)).toList());
    }

    public static TestCalculator.Stat toCalc(TestStatistic s) {
        return new TestCalculator.Stat(s.academicYear, s.testCode, s.subjectCode, s.level, s.orgCode, s.meanPercent,
                s.takers, s.reportedDiffObec, s.reportedDiffNation);
    }

    public static StatisticOut toDto(TestStatistic s) {
        return new StatisticOut(s.id, s.academicYear, s.testCode, s.subjectCode, s.level, s.orgCode, s.areaCode,
                s.meanPercent, s.takers, s.standardDeviation, s.source, s.reportedDiffObec, s.reportedDiffNation,
                s.version, s.updatedAt, s.updatedBy);
    }
}
