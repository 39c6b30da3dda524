package org.tandem.web.invoice;

import org.tandem.pricing.entity.LineAmounts;
import org.tandem.shared.entity.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Net and VAT at one tax rate, as a document prints them; the rate as a percentage. */
public record TaxRow(BigDecimal ratePercent, Money net, Money vat, Money gross) implements Serializable {

    public static List<TaxRow> of(Map<BigDecimal, LineAmounts> byRate) {
        return byRate.entrySet().stream()
                .map(e -> new TaxRow(e.getKey().movePointRight(2).stripTrailingZeros(), e.getValue().net(),
                        e.getValue().vat(), e.getValue().gross()))
                .toList();
    }

    // Jakarta EL 5 reads JavaBean getters, not record accessors
    public BigDecimal getRatePercent() {
        return ratePercent;
    }

    public Money getNet() {
        return net;
    }

    public Money getVat() {
        return vat;
    }

    public Money getGross() {
        return gross;
    }
}
