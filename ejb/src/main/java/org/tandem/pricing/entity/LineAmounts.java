package org.tandem.pricing.entity;

import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a quantity at a unit price comes to, rounded once per line (docs/pricing.md): net and VAT for net prices,
 * gross and the net in it for gross prices. Every document line (quotation, order, invoice, credit note) is
 * computed here, so that a line billed in full costs what it was quoted.
 */
public record LineAmounts(Money net, Money vat, Money gross) {

    public static LineAmounts of(BigDecimal unitPrice, BigDecimal quantity, BigDecimal taxRate,
                                 boolean priceIncludesTax, String currency) {
        BigDecimal taxFactor = BigDecimal.ONE.add(taxRate);
        Money lineAmount = Money.of(unitPrice.multiply(quantity), currency);
        Money net;
        Money gross;
        if (priceIncludesTax) {
            gross = lineAmount;
            net = Money.of(gross.getAmount().divide(taxFactor, 10, RoundingMode.HALF_UP), currency);
        } else {
            net = lineAmount;
            gross = net.plus(net.times(taxRate));
        }
        return new LineAmounts(net, gross.minus(net), gross);
    }

    public static LineAmounts zero(String currency) {
        return new LineAmounts(Money.zero(currency), Money.zero(currency), Money.zero(currency));
    }

    public LineAmounts plus(LineAmounts other) {
        return new LineAmounts(net.plus(other.net), vat.plus(other.vat), gross.plus(other.gross));
    }

    /** The unit price without VAT, at four decimals. */
    public static BigDecimal unitNet(BigDecimal unitPrice, BigDecimal taxRate, boolean priceIncludesTax) {
        return priceIncludesTax
                ? unitPrice.divide(BigDecimal.ONE.add(taxRate), PriceListEntry.UNIT_PRICE_SCALE, RoundingMode.HALF_UP)
                : unitPrice;
    }
}
