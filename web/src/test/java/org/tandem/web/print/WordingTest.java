package org.tandem.web.print;

import org.junit.jupiter.api.Test;
import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordingTest {

    private final Wording chinese = new Wording(Locale.SIMPLIFIED_CHINESE);

    @Test
    void amountsAreGroupedByThousandsAtTheCurrencyScaleInEveryLanguage() {
        assertEquals("1,234.56", chinese.money(Money.of("1234.56", "CNY")));
        assertEquals("1,234.50", new Wording(Locale.ENGLISH).money(Money.of("1234.5", "CNY")));
        assertEquals("1,200", chinese.money(Money.of("1200", "JPY")));
    }

    @Test
    void unitPricesKeepUpToFourDecimalsAndQuantitiesDropTrailingZeros() {
        assertEquals("2.086", chinese.unitPrice(new BigDecimal("2.0860")));
        assertEquals("85.50", chinese.unitPrice(new BigDecimal("85.5000")));
        assertEquals("12", chinese.quantity(new BigDecimal("12.000")));
        assertEquals("2.5", chinese.quantity(new BigDecimal("2.500")));
    }

    @Test
    void taxRatesKeptAsFractionsReadAsPercentages() {
        assertEquals("13%", chinese.rate(new BigDecimal("0.1300")));
        assertEquals("0%", chinese.rate(new BigDecimal("0.0000")));
        assertEquals("5.5%", chinese.rate(new BigDecimal("0.0550")));
    }

    @Test
    void labelsComeFromTheBundleOfTheLanguageNotFromTheServersLocale() {
        assertEquals("Invoice", new Wording(Locale.ENGLISH).text("print.invoice"));
        assertEquals("销售发票", chinese.text("print.invoice"));
        assertEquals("銷售發票", new Wording(Locale.TRADITIONAL_CHINESE).text("print.invoice"));
        assertEquals("–", chinese.date((LocalDate) null));
    }
}
