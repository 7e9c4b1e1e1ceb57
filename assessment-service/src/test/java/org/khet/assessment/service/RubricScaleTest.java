package org.khet.assessment.service;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khet.assessment.domain.RubricScale;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The rubrics of migration V3, band edges included. */
class RubricScaleTest {
    static final RubricScale FIVE = new RubricScale("OBEC-5LEVEL", "LEVEL", List.of(
            band("0.00", 1, "ปรับปรุง"), band("1.50", 2, "พอใช้"), band("2.50", 3, "ดี"),
            band("3.50", 4, "ดีมาก"), band("4.50", 5, "ดีเยี่ยม")));
    static final RubricScale ITA = new RubricScale("ITA-GRADE", "GRADE", List.of(
            grade("95", "AA", true), grade("85", "A", true), grade("75", "B", false), grade("65", "C", false),
            grade("55", "D", false), grade("50", "E", false), grade("0", "F", false)));

    static RubricScale.Band band(String min, int level, String label) {
        return new RubricScale.Band(new BigDecimal(min), level, label, null);
    }

    static RubricScale.Band grade(String min, String label, boolean passes) {
        return new RubricScale.Band(new BigDecimal(min), null, label, passes);
    }

    @ParameterizedTest
    @CsvSource({"1.00,1,ปรับปรุง", "1.49,1,ปรับปรุง", "1.50,2,พอใช้", "2.00,2,พอใช้", "2.49,2,พอใช้", "2.50,3,ดี",
            "3.49,3,ดี", "3.50,4,ดีมาก", "3.79,4,ดีมาก", "4.49,4,ดีมาก", "4.50,5,ดีเยี่ยม", "5.00,5,ดีเยี่ยม"})
    void fiveLevelBandsAreInclusiveAtTheBottom(String score, int level, String label) {
        RubricScale.Band b = FIVE.bandOf(new BigDecimal(score)).orElseThrow();
        assertEquals(level, b.level());
        assertEquals(label, b.label());
    }

    @ParameterizedTest
    @CsvSource({"97.14,AA,true", "95.00,AA,true", "94.99,A,true", "85.00,A,true", "84.99,B,false", "49.99,F,false"})
    void itaGrades(String score, String grade, boolean passes) {
        RubricScale.Band b = ITA.bandOf(new BigDecimal(score)).orElseThrow();
        assertEquals(grade, b.label());
        assertEquals(passes, b.passes());
    }

    @org.junit.jupiter.api.Test
    void labelsAndLevelsAreFoundBack() {
        assertEquals(4, FIVE.byLabel(" ดีมาก").orElseThrow().level());
        assertEquals("AA", ITA.byLabel("aa").orElseThrow().label());
        assertEquals("ดีเยี่ยม", FIVE.byLevel(5).orElseThrow().label());
        assertTrue(FIVE.bandOf(null).isEmpty());
        assertTrue(FIVE.bandOf(new BigDecimal("-1")).isEmpty(), "below every band: no level");
    }
}
