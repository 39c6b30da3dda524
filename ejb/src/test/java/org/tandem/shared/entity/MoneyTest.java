package org.tandem.shared.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    @Test
    void yuanAreKeptToTheFenRoundingHalfUp() {
        assertEquals(new BigDecimal("10.13"), Money.of("10.125", "CNY").getAmount());
        assertEquals(new BigDecimal("10.12"), Money.of("10.1249", "CNY").getAmount());
        assertEquals(new BigDecimal("-10.13"), Money.of("-10.125", "CNY").getAmount());
    }

    @Test
    void aWholeAmountStillCarriesTwoDecimals() {
        assertEquals(2, Money.of("7", "CNY").getAmount().scale());
        assertEquals("CNY 7.00", Money.of("7", "CNY").toString());
    }

    @Test
    void yenHaveNoDecimals() {
        Money yen = Money.of("1234.5", "JPY");
        assertEquals(0, yen.getAmount().scale());
        assertEquals(new BigDecimal("1235"), yen.getAmount());
    }

    @Test
    void sumsAndDifferencesStayInTheCurrencyAndItsScale() {
        Money total = Money.of("0.10", "CNY").plus(Money.of("0.205", "CNY"));
        assertEquals(Money.of("0.31", "CNY"), total);
        assertEquals(new BigDecimal("-0.21"), Money.of("0.10", "CNY").minus(Money.of("0.31", "CNY")).getAmount());
        assertTrue(Money.of("0.10", "CNY").minus(Money.of("0.31", "CNY")).isNegative());
    }

    @Test
    void yuanAndDollarsCannotBeAddedOrSubtracted() {
        Money yuan = Money.of("10", "CNY");
        Money dollars = Money.of("10", "USD");
        assertThrows(IllegalArgumentException.class, () -> yuan.plus(dollars));
        assertThrows(IllegalArgumentException.class, () -> yuan.minus(dollars));
        assertThrows(IllegalArgumentException.class, () -> yuan.isGreaterThan(dollars));
    }

    @Test
    void trailingZerosDoNotMakeAmountsDifferent() {
        Money fromDatabase = Money.of(new BigDecimal("12.5000"), "CNY");
        Money typed = Money.of(new BigDecimal("12.5"), "CNY");
        assertEquals(typed, fromDatabase);
        assertEquals(typed.hashCode(), fromDatabase.hashCode());
    }

    @Test
    void theSameFigureInAnotherCurrencyIsNotTheSameMoney() {
        assertNotEquals(Money.of("12.50", "CNY"), Money.of("12.50", "USD"));
    }

    @Test
    void anUnknownCurrencyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "XYZ"));
    }
}
