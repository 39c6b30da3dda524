package org.tandem.it;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a line comes to, worked out here and not by Tandem's code, as docs/pricing.md §4 says: rounded once per
 * line, half-up to the cent. Without VAT: net = round(unit × qty), VAT = round(net × rate), gross = net + VAT.
 * With VAT: gross = round(unit × qty), net = round(gross ÷ (1 + rate)), VAT = gross − net.
 */
record LineAmounts(BigDecimal net, BigDecimal vat, BigDecimal gross) {

    static final LineAmounts ZERO = new LineAmounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    static LineAmounts of(BigDecimal unitPrice, BigDecimal quantity, BigDecimal taxRate, boolean pricesIncludeTax) {
        BigDecimal amount = unitPrice.multiply(quantity).setScale(2, RoundingMode.HALF_UP);
        if (pricesIncludeTax) {
            BigDecimal net = amount.divide(BigDecimal.ONE.add(taxRate), 2, RoundingMode.HALF_UP);
            return new LineAmounts(net, amount.subtract(net), amount);
        }
        BigDecimal vat = amount.multiply(taxRate).setScale(2, RoundingMode.HALF_UP);
        return new LineAmounts(amount, vat, amount.add(vat));
    }

    /** A quantity of a priced document line (quotation or order line as the probe answers it). */
    static LineAmounts of(JsonObject pricedLine, BigDecimal quantity) {
        return of(pricedLine.getJsonNumber("unitPrice").bigDecimalValue(), quantity,
                pricedLine.getJsonNumber("taxRate").bigDecimalValue(), pricedLine.getBoolean("pricesIncludeTax"));
    }

    LineAmounts plus(LineAmounts other) {
        return new LineAmounts(net.add(other.net), vat.add(other.vat), gross.add(other.gross));
    }

    /** The document's (or line's) net, vat and gross are these, to the cent and with nothing below it. */
    void assertOn(JsonObject document, String what) {
        assertAmount(net, document, "net", what);
        assertAmount(vat, document, "vat", what);
        assertAmount(gross, document, "gross", what);
    }

    static void assertAmount(BigDecimal expected, JsonObject document, String field, String what) {
        BigDecimal actual = document.getJsonNumber(field).bigDecimalValue();
        assertTrue(actual.stripTrailingZeros().scale() <= 2, () -> what + " " + field + " below the cent: " + actual);
        assertEquals(0, expected.compareTo(actual), () -> what + " " + field + ": expected " + expected + ", was " + actual);
    }
}
