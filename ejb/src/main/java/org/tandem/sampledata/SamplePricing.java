package org.tandem.sampledata;

import org.tandem.catalog.entity.Product;
import org.tandem.pricing.entity.PriceAction;
import org.tandem.pricing.entity.PriceList;
import org.tandem.pricing.entity.PriceListEntry;
import org.tandem.pricing.entity.PriceRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small price book, so that the price simulation answers on first start: one list in CNY with VAT for every
 * product, a discount for the wholesale and distribution channels, and a quantity break family.
 */
final class SamplePricing {

    /** The demo prices hold from the first day of the sample year on, with no end. */
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    static final String CURRENCY = "CNY";
    static final String QUANTITY_BREAK = "QTY-BREAK";

    private record Discount(String name, int sequence, String channel, String minQuantity, String family, String percent) {
    }

    private static final List<Discount> DISCOUNTS = List.of(
            new Discount("批发渠道折扣", 10, "WHOLESALE", null, null, "5"),
            new Discount("经销渠道折扣", 10, "DISTRIBUTION", null, null, "8"),
            new Discount("10 件以上", 20, null, "10", QUANTITY_BREAK, "2"),
            new Discount("50 件以上", 20, null, "50", QUANTITY_BREAK, "4"),
            new Discount("100 件以上", 20, null, "100", QUANTITY_BREAK, "6"));

    final List<PriceList> lists = new ArrayList<>();
    final List<PriceListEntry> entries = new ArrayList<>();
    final List<PriceRule> rules = new ArrayList<>();

    SamplePricing(Map<Product, BigDecimal> listPrices) {
        PriceList standard = new PriceList("STD-CNY", "标准价格表", CURRENCY, FROM);
        standard.revise(standard.getName(), null, null, FROM, null, true, true);
        lists.add(standard);
        listPrices.forEach((product, price) -> entries.add(new PriceListEntry(standard, product, price, null, null)));
        for (Discount discount : DISCOUNTS) {
            PriceRule rule = new PriceRule(discount.name(), discount.sequence(), FROM, PriceAction.PERCENT_OFF,
                    new BigDecimal(discount.percent()), null);
            rule.restrictTo(null, null, discount.channel(), null, null, null,
                    discount.minQuantity() == null ? null : new BigDecimal(discount.minQuantity()), discount.family());
            rule.rename(discount.name(), discount.sequence(), "sample data");
            rules.add(rule);
        }
    }
}
