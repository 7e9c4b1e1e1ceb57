package org.khet.budget.domain;

import org.junit.jupiter.api.Test;
import org.khet.contracts.Finding;
import org.khet.contracts.codes.Severity;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The balance and percentage rules of an execution row, with exact decimals. */
class ExecutionBalanceTest {

    private static final Finding.Subject AREA = Finding.Subject.area("5602", "สพป.พะเยา เขต 2");

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aBalancedRowHasNoFindings() {
        // งบบุคลากร as printed: 12,159,000.00 − 11,874,194.04 − 0 = 284,805.96 and 97.66%
        var row = ExecutionBalance.Row.of(m("12159000.00"), m("11874194.04"), m("0.00"));
        assertEquals(m("284805.96"), row.remaining());
        assertEquals(m("97.66"), row.percentDisbursed());
        assertTrue(ExecutionBalance.check(AREA, "งบบุคลากร", row,
                new ExecutionBalance.Reported(m("12159000.00"), null, null, m("284805.96"), m("97.66")), false, null).isEmpty());
    }

    @Test
    void remainingIsExactToTheSatang() {
        var row = ExecutionBalance.Row.of(m("0.30"), m("0.10"), m("0.20"));
        assertEquals(m("0.00"), row.remaining());
        assertEquals(m("33.33"), row.percentDisbursed());
        // with doubles 0.3 − 0.1 − 0.2 is not zero; a row that balances to the satang must not be a finding
        assertTrue(ExecutionBalance.check(AREA, "x", row, new ExecutionBalance.Reported(null, null, null, m("0.00"), m("33.33")), false, null).isEmpty());
    }

    @Test
    void percentageIsRoundedHalfUp() {
        // 1 / 8 = 12.5%; 1 / 3 = 33.333…; 2 / 3 = 66.666… → 66.67; 0.5 of a satang rounds up
        assertEquals(m("12.50"), ExecutionBalance.Row.of(m("8.00"), m("1.00"), m("0.00")).percentDisbursed());
        assertEquals(m("66.67"), ExecutionBalance.Row.of(m("3.00"), m("2.00"), m("0.00")).percentDisbursed());
        assertEquals(m("0.01"), ExecutionBalance.Row.of(m("20000.00"), m("1.00"), m("0.00")).percentDisbursed());
        assertNull(ExecutionBalance.Row.of(m("0.00"), m("0.00"), m("0.00")).percentDisbursed(), "a percentage of nothing is undefined");
    }

    @Test
    void anUnbalancedRowIsAFindingWithBothValuesAndTheDifference() {
        // งบลงทุน as printed: 27,180,300 − 26,323,427 − 854,640 = 2,233.00 but the report says 2,200.00
        var row = ExecutionBalance.Row.of(m("27180300.00"), m("26323427.00"), m("854640.00"));
        List<Finding> f = ExecutionBalance.check(AREA, "งบลงทุน", row,
                new ExecutionBalance.Reported(null, null, null, m("2200.00"), m("96.85")), false, null);
        assertEquals(1, f.size());
        assertEquals("remaining", f.get(0).column());
        assertEquals("budget.remaining", f.get(0).code());
        assertEquals(AREA, f.get(0).subject());
        assertEquals("execution", f.get(0).table());
        assertEquals("งบลงทุน", f.get(0).row());
        assertEquals("2200.00", f.get(0).reported());
        assertEquals("2233.00", f.get(0).computed());
        assertEquals(m("-33.00"), f.get(0).difference());
        assertEquals(Severity.MAJOR, f.get(0).severity());
        assertTrue(f.get(0).messageTh().contains("2,233.00"), f.get(0).messageTh());
        assertTrue(f.get(0).messageEn().contains("2,233.00"), f.get(0).messageEn());
    }

    @Test
    void aPercentageThatDoesNotMatchIsAFindingAndSaysWhatItIsNot() {
        // งบดำเนินงาน: 12,472,366.27 / 13,327,528.00 = 93.58%, the report prints 93.85
        var row = ExecutionBalance.Row.of(m("13327528.00"), m("12472366.27"), m("379571.00"));
        List<Finding> f = ExecutionBalance.check(AREA, "งบดำเนินงาน", row,
                new ExecutionBalance.Reported(null, null, null, m("475590.73"), m("93.85")), false, null);
        assertEquals(1, f.size());
        assertEquals("percentDisbursed", f.get(0).column());
        assertEquals("budget.percent-disbursed", f.get(0).code());
        assertEquals("93.58", f.get(0).computed());
        assertEquals(m("0.27"), f.get(0).difference());
        assertTrue(f.get(0).messageEn().contains("96.43"), f.get(0).messageEn());
        assertTrue(f.get(0).messageTh().contains("96.43"), f.get(0).messageTh());
    }

    @Test
    void aPercentageOfDisbursedOrCommittedIsRecognised() {
        var row = ExecutionBalance.Row.of(m("100.00"), m("50.00"), m("25.00"));
        List<Finding> f = ExecutionBalance.check(AREA, "x", row, new ExecutionBalance.Reported(null, null, null, null, m("75.00")), false, null);
        assertEquals(1, f.size());
        assertTrue(f.get(0).messageEn().contains("share disbursed or committed"), f.get(0).messageEn());
    }

    @Test
    void aTotalRowIsComparedWithTheSumOfTheRows() {
        var total = ExecutionBalance.Row.of(m("158845335.00"), m("155439309.66"), m("2331211.00"));
        List<Finding> f = ExecutionBalance.check(AREA, "รวม", total, new ExecutionBalance.Reported(m("158845335.00"),
                m("155439342.66"), m("2331211.00"), m("1074781.34"), m("97.86")), true,
                // the rows' reported remaining add up to the reported total (งบลงทุน printed 2,200.00 for 2,233.00)
                m("1074781.34"));
        assertEquals(List.of("disbursed", "remaining"), f.stream().map(Finding::column).toList());
        assertEquals(List.of("budget.total", "budget.remaining"), f.stream().map(Finding::code).toList());
        assertEquals(m("33.00"), f.get(0).difference());
        assertEquals("1074814.34", f.get(1).computed());
        assertTrue(f.get(1).messageEn().endsWith("the reported total is the sum of the rows' reported remaining"),
                f.get(1).messageEn());
        assertTrue(f.get(1).messageTh().endsWith("ยอดรวมคงเหลือที่รายงานคือผลรวมของคงเหลือที่รายงานในแต่ละหมวดงบ"),
                f.get(1).messageTh());
    }
}
