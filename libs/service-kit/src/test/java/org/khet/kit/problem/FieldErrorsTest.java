package org.khet.kit.problem;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;

import static org.junit.jupiter.api.Assertions.*;

/** A request body's checks: every bad field listed in one 400, good values normalized. */
class FieldErrorsTest {

    @Test
    void everyBadFieldIsListedInOneProblem() {
        FieldErrors v = new FieldErrors();
        assertEquals("โครงการ", v.text("title", "  โครงการ ", true, 20));
        assertEquals(new BigDecimal("5000.00"), v.money("budget", new BigDecimal("5000"), true, false));
        assertEquals(new BigDecimal("12.50"), v.percent("achieved", new BigDecimal("12.5")));
        assertEquals(2566, v.fiscalYear("fiscalYear", 2566));
        assertEquals(DayOfWeek.MONDAY, v.oneOf("day", "monday", DayOfWeek.class, null));
        assertTrue(v.isEmpty());
        v.throwIfAny("the project");

        assertNull(v.text("owner", null, true, 20));
        assertNull(v.text("note", "ยาวเกินไปมากมากมาก", false, 5));
        assertNull(v.money("spend", new BigDecimal("1.005"), false, false));
        assertNull(v.money("refund", new BigDecimal("-1"), false, false));
        assertNull(v.percent("rate", new BigDecimal("1000.01")));
        assertNull(v.fiscalYear("fiscalYear", 2023));
        assertNull(v.positive("number", 0, true));
        assertNull(v.oneOf("day", "วันจันทร์", DayOfWeek.class, null));
        assertFalse(v.required("source", " "));
        v.addIf("ok", null);
        ProblemException e = assertThrows(ProblemException.class, () -> v.throwIfAny("the project"));
        assertEquals(400, e.status());
        assertEquals(java.util.List.of("owner", "note", "spend", "refund", "rate", "fiscalYear", "number", "day", "source"),
                e.errors().stream().map(Problem.FieldError::field).toList());
        assertTrue(e.errors().get(5).message().contains("Buddhist-era"));
        assertThrows(ProblemException.class, v::throwIfAny);
    }
}
