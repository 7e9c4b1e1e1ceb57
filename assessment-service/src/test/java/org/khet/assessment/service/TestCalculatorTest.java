package org.khet.assessment.service;

import org.junit.jupiter.api.Test;
import org.khet.assessment.service.TestCalculator.Comparison;
import org.khet.assessment.service.TestCalculator.Stat;
import org.khet.contracts.Finding;
import org.khet.contracts.codes.Severity;
import org.khet.contracts.codes.SubjectKind;
import org.khet.contracts.read.assessment.AreaTestsView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class TestCalculatorTest {
    static final TestCalculator.Test ONET_P6 = new TestCalculator.Test("ONET-P6", "O-NET", "P6", "O-NET ป.6", List.of(
            new TestCalculator.Subject("61", "ภาษาไทย"), new TestCalculator.Subject("63", "ภาษาอังกฤษ"),
            new TestCalculator.Subject("64", "คณิตศาสตร์"), new TestCalculator.Subject("65", "วิทยาศาสตร์")));
    static final Set<String> SCHOOLS = Set.of("56020001", "56020002", "56020003");

    static Stat stat(int year, String subject, String level, String org, String mean, Integer takers) {
        return new Stat(year, "ONET-P6", subject, level, org, new BigDecimal(mean), takers, null, null);
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void areaMeanIsTheTakersWeightedMeanOfItsSchoolsWhenNoneIsPublished() {
        List<Stat> stats = new ArrayList<>();
        // บ้านจุน 30 takers at 60.00, บ้านปง 10 at 40.00: weighted 55.00, not the plain mean 50.00
        stats.add(stat(2565, "61", "SCHOOL", "56020001", "60.00", 30));
        stats.add(stat(2565, "61", "SCHOOL", "56020002", "40.00", 10));
        stats.add(stat(2565, "61", "SCHOOL", "99999999", "0.00", 500)); // another area's school is not counted
        AreaTestsView v = TestCalculator.compute("5602", "พะเยา 2", 2565, List.of(ONET_P6), stats, SCHOOLS, List.of());
        AreaTestsView.SubjectRow thai = v.tests().get(0).subjects().get(0);
        assertEquals(d("55.00"), thai.area());
        assertEquals("schools", thai.areaSource());
        assertEquals(40, thai.takers());
        assertEquals(2, thai.schools());
        assertNull(v.tests().get(0).overall().area(), "no mean over subjects while three subjects are missing");
    }

    @Test
    void aPublishedAreaMeanFarFromItsSchoolsIsAFinding() {
        List<Stat> stats = List.of(stat(2565, "61", "AREA", "5602", "57.38", 40),
                stat(2565, "61", "SCHOOL", "56020001", "60.00", 30), stat(2565, "61", "SCHOOL", "56020002", "40.00", 10));
        AreaTestsView v = TestCalculator.compute("5602", "พะเยา 2", 2565, List.of(ONET_P6), stats, SCHOOLS, List.of());
        assertEquals(d("57.38"), v.tests().get(0).subjects().get(0).area(), "the published figure is the area's");
        assertEquals("published", v.tests().get(0).subjects().get(0).areaSource());
        assertEquals(1, v.findings().size(), v.findings().toString());
        Finding f = v.findings().get(0);
        assertEquals("assessment.area-mean-schools", f.code());
        assertEquals("assessment-service", f.source());
        assertEquals(new Finding.Subject(SubjectKind.TEST, "ONET-P6", "O-NET ป.6"), f.subject());
        assertEquals("O-NET ป.6 ปีการศึกษา 2565", f.table());
        assertEquals("61 ภาษาไทย", f.row());
        assertEquals("ค่าเฉลี่ยเขตพื้นที่", f.column());
        assertEquals("57.38", f.reported());
        assertEquals("55.00", f.computed());
        assertEquals(d("2.38"), f.difference());
        assertEquals(Severity.MAJOR, f.severity());
        assertTrue(f.messageTh().contains("ถ่วงน้ำหนัก") && f.messageTh().contains("2 โรงเรียน"), f.messageTh());
        assertTrue(f.messageEn().contains("takers-weighted mean of its 2 schools"), f.messageEn());
    }

    @Test
    void withinRoundingThereIsNoFinding() {
        List<Stat> stats = List.of(stat(2565, "61", "AREA", "5602", "55.01", 40),
                stat(2565, "61", "SCHOOL", "56020001", "60.00", 30), stat(2565, "61", "SCHOOL", "56020002", "40.00", 10));
        assertTrue(TestCalculator.compute("5602", "x", 2565, List.of(ONET_P6), stats, SCHOOLS, List.of()).findings().isEmpty());
    }

    @Test
    void differencesAndYearOverYearAreJoinedBySubjectCode() {
        List<Stat> stats = new ArrayList<>();
        String[][] cur = {{"61", "57.38"}, {"63", "36.47"}, {"64", "29.98"}, {"65", "41.49"}};
        for (String[] c : cur) {
            stats.add(stat(2565, c[0], "AREA", "5602", c[1], 1072));
        }
        // previous year sent in another row order: the order must not matter
        stats.add(stat(2564, "65", "AREA", "5602", "37.42", null));
        stats.add(stat(2564, "61", "AREA", "5602", "55.53", null));
        stats.add(stat(2564, "64", "AREA", "5602", "39.04", null));
        stats.add(stat(2564, "63", "AREA", "5602", "41.31", null));
        String[][] obec = {{"61", "52.80"}, {"63", "33.57"}, {"64", "26.52"}, {"65", "37.90"}};
        for (String[] o : obec) {
            stats.add(stat(2565, o[0], "OBEC", "obec", o[1], null));
        }
        // a printed table that puts English's figure beside "maths"
        List<Comparison> printed = List.of(new Comparison("ONET-P6", "64", "คณิตศาสตร์", 2565, d("36.47"), 2564, d("39.04"), d("-2.57")),
                new Comparison("ONET-P6", "61", "ภาษาไทย", 2565, d("57.38"), 2564, d("55.53"), d("1.85")));
        AreaTestsView v = TestCalculator.compute("5602", "พะเยา 2", 2565, List.of(ONET_P6), stats, Set.of(), printed);
        var rows = v.tests().get(0).subjects();
        assertEquals(d("-9.06"), rows.get(2).yoyDifference(), "maths 29.98 − 39.04");
        assertEquals(d("1.85"), rows.get(0).yoyDifference());
        assertEquals(d("3.46"), rows.get(2).diffObec());
        assertEquals(d("41.33"), v.tests().get(0).overall().area());
        assertEquals(d("37.70"), v.tests().get(0).overall().obec(), "150.79 / 4 = 37.6975, half-up");
        assertEquals(d("3.63"), v.tests().get(0).overall().diffObec());
        assertEquals(d("43.33"), v.tests().get(0).overall().previous());
        assertEquals(d("-2.00"), v.tests().get(0).overall().yoyDifference(), "41.33 − 43.33 between the printed means");
        assertNull(v.tests().get(0).overall().nation(), "no national figures stored");
        assertEquals(2, v.findings().size(), v.findings().toString());
        Finding current = v.findings().get(0);
        assertEquals("assessment.comparison-current", current.code());
        assertEquals("64 คณิตศาสตร์", current.row());
        assertEquals("ปีการศึกษา 2565", current.column());
        assertTrue(current.messageEn().contains("63 ภาษาอังกฤษ"), "names whose figure it is");
        assertTrue(current.messageTh().contains("36.47 คือค่าเฉลี่ยปีการศึกษา 2565 ของ 63 ภาษาอังกฤษ"), current.messageTh());
        Finding difference = v.findings().get(1);
        assertEquals("assessment.comparison-difference", difference.code());
        assertEquals("ผลต่าง", difference.column());
        assertEquals(d("6.49"), difference.difference(), "−2.57 printed against −9.06");
    }

    @Test
    void weightedMeanIgnoresRowsWithoutTakers() {
        assertEquals(d("50.00"), TestCalculator.weightedMean(List.of(stat(2565, "61", "SCHOOL", "a", "50.00", 5),
                stat(2565, "61", "SCHOOL", "b", "90.00", null), stat(2565, "61", "SCHOOL", "c", "10.00", 0))));
        assertNull(TestCalculator.weightedMean(List.of()));
        assertEquals(d("33.33"), TestCalculator.meanOf(List.of(d("33.33"), d("33.33"), d("33.34"))));
    }
}
