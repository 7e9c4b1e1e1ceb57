package org.khet.contracts;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MoneyAndPercentTest {

    @Test
    void parsesAmountsToSatang() {
        assertEquals(new BigDecimal("158845335.00"), Money.parse("158,845,335"));
        assertEquals(new BigDecimal("1234.50"), Money.parse(" 1234.5 "));
        assertEquals(new BigDecimal("-20000.00"), Money.parse("-20000"));
        assertEquals(2, Money.parse("7").scale());
    }

    @Test
    void refusesMoreThanTwoDecimalsAndText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse("12.345"));
        assertTrue(e.getMessage().contains("two decimals"));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("หนึ่งพัน"));
        assertThrows(IllegalArgumentException.class, () -> Money.parse(""));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("100000000000000.00"));
        // as written, a third decimal place is refused even as a zero (a typing or export error) ...
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1,000.500"));
        assertThrows(IllegalArgumentException.class, () -> Money.ofWritten(new BigDecimal("12.300")));
        assertEquals(new BigDecimal("12.30"), Money.ofWritten(new BigDecimal("12.3")));
        // ... while a computed value's trailing zeros are no decimals
        assertEquals(new BigDecimal("12.30"), Money.of(new BigDecimal("12.3000")));
    }

    @Test
    void sumsExactly() {
        // 0.1 + 0.2 in floating point is 0.30000000000000004; in satang it is 0.30
        assertEquals(new BigDecimal("0.30"), Money.sum(List.of(Money.parse("0.1"), Money.parse("0.2"))));
        assertEquals(Money.ZERO, Money.sum(List.of()));
    }

    @Test
    void percentRoundsHalfUpToTwoDecimals() {
        assertEquals(new BigDecimal("67.94"), Percent.of(89, 131));
        assertEquals(new BigDecimal("31.30"), Percent.of(41, 131));
        assertEquals(new BigDecimal("0.76"), Percent.of(1, 131));
        // 1/8 = 12.5% exactly; 1/800 = 0.125% → half-up gives 0.13
        assertEquals(new BigDecimal("0.13"), Percent.of(1, 800));
        assertEquals(new BigDecimal("-0.13"), Percent.of(-1, 800));
        assertNull(Percent.of(5, 0));
        assertEquals(new BigDecimal("3.79"), Percent.round(new BigDecimal("3.785")));
    }
}
