package org.tandem.pricing.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.pricing.boundary.Adjustment;
import org.tandem.pricing.boundary.PricedLine;
import org.tandem.pricing.entity.PriceAction;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The pricing rules of docs/pricing.md, case by case. */
class PriceCalculationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 16);
    private static final long PRODUCT = 1;
    private static final long BRAND = 10;
    private static final long REGION = 100;
    private static final long AREA = 200;
    private static final long TERRITORY = 300;

    private final PriceCalculation calculation = new PriceCalculation();

    // ---- fixtures ----

    /** A line for the customer of territory 300 (area 200, region 100), product 1 of brand 10 at 13 % VAT. */
    private static final class Line {
        String group;
        String channel;
        Set<Long> territories = Set.of(TERRITORY, AREA, REGION);
        String quantity = "1";
        LocalDate date = DAY;
        String currency = "CNY";
        String taxRate = "0.13";
        String manual;
        String authority;

        Line quantity(String q) {
            quantity = q;
            return this;
        }

        Line on(LocalDate d) {
            date = d;
            return this;
        }

        Line customer(String customerGroup, String salesChannel) {
            group = customerGroup;
            channel = salesChannel;
            return this;
        }

        PricingRequest request() {
            return new PricingRequest(new PricingRequest.CustomerFacts(7L, group, channel, territories),
                    new PricingRequest.ProductFacts(PRODUCT, "BJ-500", BRAND, new BigDecimal(taxRate)),
                    new BigDecimal(quantity), date, currency,
                    manual == null ? null : new BigDecimal(manual), authority == null ? null : new BigDecimal(authority));
        }
    }

    private static CandidatePrice price(String code, String channel, String group, String unitPrice,
                                        LocalDate from, LocalDate thru) {
        return new CandidatePrice(code.hashCode(), code, "List " + code, channel, group, "CNY", false, PRODUCT,
                new BigDecimal(unitPrice), from, thru);
    }

    private static CandidatePrice standard(String unitPrice) {
        return price("STD", null, null, unitPrice, LocalDate.of(2026, 1, 1), null);
    }

    private static final class Rule {
        private static long ids;
        final long id = ++ids;
        String name;
        int sequence;
        PriceAction action;
        BigDecimal value;
        boolean stackable = true;
        String family;
        BigDecimal minQuantity;
        Long territory;
        Long brand;
        String currency = "CNY";
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate thru;

        Rule(String name, int sequence, PriceAction action, String value) {
            this.name = name;
            this.sequence = sequence;
            this.action = action;
            this.value = new BigDecimal(value);
        }

        Rule alone() {
            stackable = false;
            return this;
        }

        Rule breakAt(String family, String minQuantity) {
            this.family = family;
            this.minQuantity = new BigDecimal(minQuantity);
            return this;
        }

        Rule brand(Long brandId) {
            brand = brandId;
            return this;
        }

        Rule territory(Long territoryId) {
            territory = territoryId;
            return this;
        }

        Rule in(String currencyCode) {
            currency = currencyCode;
            return this;
        }

        CandidateRule candidate() {
            return new CandidateRule(id, name, sequence, from, thru, null, null, null, territory, null, brand,
                    minQuantity, family, action, value, action.isAmount() ? currency : null, stackable, null);
        }
    }

    private static Rule percent(String name, int sequence, String value) {
        return new Rule(name, sequence, PriceAction.PERCENT_OFF, value);
    }

    private static Rule amount(String name, int sequence, String value) {
        return new Rule(name, sequence, PriceAction.AMOUNT_OFF, value);
    }

    private static Rule fixed(String name, int sequence, String value) {
        return new Rule(name, sequence, PriceAction.FIXED_PRICE, value);
    }

    private PricedLine priced(Line line, List<CandidatePrice> prices, Rule... rules) {
        return calculation.price(line.request(), prices, Arrays.stream(rules).map(Rule::candidate).toList());
    }

    /** The explanation as a screen would read it: the list price, then each step and the price after it. */
    private static String explained(PricedLine line) {
        List<String> steps = new ArrayList<>();
        steps.add(line.basePrice().toPlainString());
        for (Adjustment a : line.adjustments()) {
            steps.add((a.source() == null ? a.kind().name() : a.source()) + " " + a.amountPerUnit().toPlainString()
                    + " = " + a.priceAfter().toPlainString());
        }
        return String.join(" → ", steps);
    }

    private static String refusal(Runnable pricing) {
        RuleViolation refused = assertThrows(RuleViolation.class, pricing::run);
        return refused.getKey() + Arrays.stream(refused.getArguments()).map(String::valueOf)
                .collect(Collectors.joining(",", "(", ")"));
    }

    // ---- which price list ----

    static Stream<Arguments> priceLists() {
        return Stream.of(
                arguments(null, null, DAY, "STD-2"),
                arguments(null, "RETAIL", DAY, "STD-2"),
                arguments(null, "DISTRIBUTION", DAY, "DIST"),
                arguments("KA", "RETAIL", DAY, "KA"),
                arguments("KA", "DISTRIBUTION", DAY, "KA-DIST"),
                arguments("OTHER", "DISTRIBUTION", DAY, "DIST"),
                // before STD-2 begins, the older standard list is the latest that is valid
                arguments(null, null, LocalDate.of(2026, 2, 28), "STD"),
                // the group-and-channel list ended on 31 March (inclusive): the group's list, more specific than the channel's, follows
                arguments("KA", "DISTRIBUTION", LocalDate.of(2026, 3, 31), "KA-DIST"),
                arguments("KA", "DISTRIBUTION", LocalDate.of(2026, 4, 1), "KA"));
    }

    @ParameterizedTest(name = "group {0}, channel {1} on {2}: {3}")
    @MethodSource
    void priceLists(String group, String channel, LocalDate date, String expected) {
        List<CandidatePrice> prices = List.of(
                price("STD", null, null, "128", LocalDate.of(2026, 1, 1), null),
                price("STD-2", null, null, "130", LocalDate.of(2026, 3, 1), null),
                price("DIST", "DISTRIBUTION", null, "120", LocalDate.of(2026, 1, 1), null),
                price("KA", null, "KA", "115", LocalDate.of(2026, 1, 1), null),
                price("KA-DIST", "DISTRIBUTION", "KA", "110", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));

        PricedLine line = priced(new Line().customer(group, channel).on(date), prices);

        assertEquals(expected, line.priceListCode());
    }

    // ---- validity of lists, entries and rules ----

    @ParameterizedTest(name = "list valid 2026-01-01..2026-06-30, on {0}: {1}")
    @CsvSource({
            "2025-12-31, 'tandem.pricing.noPrice(BJ-500,2025-12-31)'",
            "2026-01-01, 128.0000",
            "2026-06-30, 128.0000",
            "2026-07-01, 'tandem.pricing.noPrice(BJ-500,2026-07-01)'"})
    void aPriceListIsValidFromItsFirstThroughItsLastDay(LocalDate date, String expected) {
        List<CandidatePrice> prices = List.of(price("H1", null, null, "128", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
        Line line = new Line().on(date);

        String outcome = expected.startsWith("tandem.")
                ? refusal(() -> priced(line, prices))
                : priced(line, prices).unitPrice().toPlainString();

        assertEquals(expected, outcome);
    }

    @Test
    void anEntrysOwnDatesNarrowItsList() {
        CandidatePrice narrowed = new CandidatePrice(1L, "STD", "Standard", null, null, "CNY", false, PRODUCT,
                new BigDecimal("128"), LocalDate.of(2026, 1, 1), null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));

        assertEquals(LocalDate.of(2026, 4, 1), narrowed.fromDate());
        assertEquals(LocalDate.of(2026, 4, 30), narrowed.thruDate());
        assertEquals("tandem.pricing.noPrice(BJ-500,2026-03-31)",
                refusal(() -> calculation.price(new Line().on(LocalDate.of(2026, 3, 31)).request(), List.of(narrowed), List.of())));
    }

    @ParameterizedTest(name = "rule valid 2026-02-01..2026-02-28, on {0}: {1}")
    @CsvSource({"2026-01-31, 128.0000", "2026-02-01, 121.6000", "2026-02-28, 121.6000", "2026-03-01, 128.0000"})
    void aRuleAppliesFromItsFirstThroughItsLastDay(LocalDate date, String expected) {
        Rule february = percent("February", 10, "5");
        february.from = LocalDate.of(2026, 2, 1);
        february.thru = LocalDate.of(2026, 2, 28);

        assertEquals(expected, priced(new Line().on(date), List.of(standard("128")), february).unitPrice().toPlainString());
    }

    // ---- stacking ----

    static Stream<Arguments> stacking() {
        return Stream.of(
                arguments("no rules", List.of(), "128.0000"),
                arguments("percentages apply to the running price",
                        List.of(percent("Channel", 10, "5"), percent("Season", 20, "10")),
                        "128.0000 → Channel -6.4000 = 121.6000 → Season -12.1600 = 109.4400"),
                arguments("sequence, not the order given, decides",
                        List.of(percent("Season", 20, "10"), percent("Channel", 10, "5")),
                        "128.0000 → Channel -6.4000 = 121.6000 → Season -12.1600 = 109.4400"),
                arguments("an amount off after a percentage",
                        List.of(percent("Channel", 10, "5"), amount("Coupon", 20, "2")),
                        "128.0000 → Channel -6.4000 = 121.6000 → Coupon -2.0000 = 119.6000"),
                arguments("a fixed price replaces the running price; later stackable rules still apply",
                        List.of(percent("Channel", 10, "5"), fixed("Promo", 20, "99"), amount("Coupon", 30, "1")),
                        "128.0000 → Channel -6.4000 = 121.6000 → Promo -22.6000 = 99.0000 → Coupon -1.0000 = 98.0000"),
                arguments("a non-stackable rule first stands alone and ends the chain",
                        List.of(fixed("Exclusive", 5, "99").alone(), percent("Channel", 10, "5")),
                        "128.0000 → Exclusive -29.0000 = 99.0000"),
                arguments("a non-stackable rule after one that applied is skipped",
                        List.of(percent("Channel", 10, "5"), fixed("Exclusive", 20, "99").alone(), amount("Coupon", 30, "2")),
                        "128.0000 → Channel -6.4000 = 121.6000 → Coupon -2.0000 = 119.6000"),
                arguments("a rule whose conditions fail does not block a non-stackable one",
                        List.of(percent("Other brand", 5, "50").brand(99L), fixed("Exclusive", 20, "99").alone()),
                        "128.0000 → Exclusive -29.0000 = 99.0000"),
                arguments("a rule for the customer's region applies to a territory below it",
                        List.of(percent("East", 10, "5").territory(REGION), percent("West", 20, "50").territory(101L)),
                        "128.0000 → East -6.4000 = 121.6000"),
                arguments("a price never drops below zero",
                        List.of(amount("Too much", 10, "200")),
                        "128.0000 → Too much -128.0000 = 0.0000"),
                arguments("an amount in another currency does not apply",
                        List.of(amount("Dollars off", 10, "5").in("USD"), percent("Channel", 20, "5")),
                        "128.0000 → Channel -6.4000 = 121.6000"),
                arguments("a fixed price may also raise the price",
                        List.of(fixed("Floor", 10, "130")),
                        "128.0000 → Floor 2.0000 = 130.0000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void stacking(String description, List<Rule> rules, String expected) {
        assertEquals(expected, explained(priced(new Line(), List.of(standard("128")), rules.toArray(Rule[]::new))));
    }

    // ---- quantity breaks ----

    @ParameterizedTest(name = "{0} units: {1}")
    @CsvSource({
            "9,     128.0000",
            "10,    126.0000",
            "49.99, 126.0000",
            "50,    123.0000",
            "100,   120.0000",
            "500,   120.0000"})
    void aQuantityBreakAppliesItsHighestThresholdMet(String quantity, String expected) {
        PricedLine line = priced(new Line().quantity(quantity), List.of(standard("128")),
                amount("10+", 30, "2").breakAt("case", "10"),
                amount("50+", 30, "5").breakAt("case", "50"),
                amount("100+", 30, "8").breakAt("case", "100"));

        assertEquals(expected, line.unitPrice().toPlainString());
        assertEquals(line.unitPrice().compareTo(line.basePrice()) == 0 ? 0 : 1, line.adjustments().size());
    }

    @Test
    void twoFamiliesOfBreaksStackWithEachOtherAndWithTheChannelDiscount() {
        PricedLine line = priced(new Line().quantity("60"), List.of(standard("128")),
                percent("Channel", 10, "5"),
                amount("Case 10+", 20, "2").breakAt("case", "10"),
                amount("Case 50+", 20, "5").breakAt("case", "50"),
                percent("Pallet 50+", 30, "1").breakAt("pallet", "50"),
                percent("Pallet 200+", 30, "3").breakAt("pallet", "200"));

        assertEquals("128.0000 → Channel -6.4000 = 121.6000 → Case 50+ -5.0000 = 116.6000"
                + " → Pallet 50+ -1.1660 = 115.4340", explained(line));
        assertEquals(Money.of("6926.04", "CNY"), line.lineNet());
    }

    // ---- currency ----

    @Test
    void aCurrencyWithoutAPriceIsRefusedNamingTheCurrenciesThereAre() {
        CandidatePrice dollars = new CandidatePrice(2L, "USD", "Export", null, null, "USD", false, PRODUCT,
                new BigDecimal("18"), LocalDate.of(2026, 1, 1), null);
        Line line = new Line();
        line.currency = "EUR";

        assertEquals("tandem.pricing.currencyMismatch(BJ-500,EUR,2026-03-16,CNY, USD)",
                refusal(() -> priced(line, List.of(standard("128"), dollars))));
    }

    @Test
    void theListInTheLinesCurrencyIsChosenWhenThereAreSeveral() {
        CandidatePrice dollars = new CandidatePrice(2L, "USD", "Export", null, null, "USD", false, PRODUCT,
                new BigDecimal("18"), LocalDate.of(2026, 1, 1), null);
        Line line = new Line();
        line.currency = "USD";

        PricedLine priced = priced(line, List.of(standard("128"), dollars));

        assertEquals("USD", priced.priceListCode());
        assertEquals(Money.of("20.34", "USD"), priced.lineGross());
    }

    @Test
    void aListForAnotherChannelIsNoPriceAtAll() {
        List<CandidatePrice> prices = List.of(price("DIST", "DISTRIBUTION", null, "120", LocalDate.of(2026, 1, 1), null));

        assertEquals("tandem.pricing.noPrice(BJ-500,2026-03-16)",
                refusal(() -> priced(new Line().customer(null, "RETAIL"), prices)));
    }

    // ---- VAT and rounding ----

    @ParameterizedTest(name = "{1} × {0} (VAT included: {2}) at {3}: net {4} + VAT {5} = {6}")
    @CsvSource({
            // unit, qty, incl.,  rate,   net,      VAT,     gross
            "33.335,   3, false, 0.13,   100.01,   13.00,   113.01",
            "33.335,   3, true,  0.13,   88.50,    11.51,   100.01",
            "33.335,   3, false, 0,      100.01,   0.00,    100.01",
            "0.015,    7, false, 0.13,   0.11,     0.01,    0.12",
            "99.995,   1, false, 0.09,   100.00,   9.00,    109.00",
            "12.3456,  1000, false, 0.13, 12345.60, 1604.93, 13950.53",
            "10.00,    1, true,  0.06,   9.43,     0.57,    10.00",
            "0.005,    1, false, 0.13,   0.01,     0.00,    0.01",
            "113.00,   1, true,  0.13,   100.00,   13.00,   113.00",
            "1.0050,   2.5, false, 0.13, 2.51,     0.33,    2.84"})
    void vatAndRoundingOnceForTheLine(String unitPrice, String quantity, boolean includesTax, String rate,
                                      String net, String vat, String gross) {
        CandidatePrice list = new CandidatePrice(1L, "STD", "Standard", null, null, "CNY", includesTax, PRODUCT,
                new BigDecimal(unitPrice), LocalDate.of(2026, 1, 1), null);
        Line line = new Line().quantity(quantity);
        line.taxRate = rate;

        PricedLine priced = priced(line, List.of(list));

        assertEquals(Money.of(net, "CNY"), priced.lineNet());
        assertEquals(Money.of(vat, "CNY"), priced.vat());
        assertEquals(Money.of(gross, "CNY"), priced.lineGross());
        assertEquals(priced.lineGross(), priced.lineNet().plus(priced.vat()));
    }

    @Test
    void aGrossPriceShowsItsUnitNetToFourDecimals() {
        CandidatePrice gross = new CandidatePrice(1L, "RETAIL", "Retail", null, null, "CNY", true, PRODUCT,
                new BigDecimal("33.335"), LocalDate.of(2026, 1, 1), null);

        PricedLine line = priced(new Line(), List.of(gross));

        assertEquals(new BigDecimal("33.3350"), line.unitPrice());
        assertEquals(new BigDecimal("29.5000"), line.unitNetPrice());
    }

    // ---- manual discount and authority ----

    @ParameterizedTest(name = "manual {0} % with authority {1} %: approval {2}")
    @CsvSource({
            ",     5,  false, 128.0000",
            "0,    5,  false, 128.0000",
            "3,    5,  false, 124.1600",
            "5,    5,  false, 121.6000",
            "5.01, 5,  true,  121.5872",
            "15,   5,  true,  108.8000",
            "15,   15, false, 108.8000",
            "2,    ,   true,  125.4400"})
    void aManualDiscountBeyondTheAuthorityNeedsApproval(String manual, String authority, boolean needsApproval,
                                                         String unitPrice) {
        Line line = new Line();
        line.manual = manual;
        line.authority = authority;

        PricedLine priced = priced(line, List.of(standard("128")));

        assertEquals(needsApproval, priced.needsApproval());
        assertEquals(unitPrice, priced.unitPrice().toPlainString());
    }

    @Test
    void theManualDiscountComesLastOnThePriceTheRulesLeft() {
        Line line = new Line().quantity("12");
        line.manual = "3";
        line.authority = "5";

        PricedLine priced = priced(line, List.of(standard("128")),
                percent("Channel", 10, "5"), amount("Case 10+", 20, "2").breakAt("case", "10"));

        assertEquals("128.0000 → Channel -6.4000 = 121.6000 → Case 10+ -2.0000 = 119.6000"
                + " → MANUAL_DISCOUNT -3.5880 = 116.0120", explained(priced));
        Adjustment manual = priced.adjustments().get(2);
        assertEquals("pricing.adjustment.MANUAL_DISCOUNT", manual.messageKey());
        assertEquals(List.of(new BigDecimal("3")), manual.arguments());
        assertEquals("pricing.adjustment.PERCENT_OFF", priced.adjustments().get(0).messageKey());
        assertEquals(List.of("Channel", new BigDecimal("5")), priced.adjustments().get(0).arguments());
        assertEquals(Money.of("1392.14", "CNY"), priced.lineNet());
        assertEquals(Money.of("1573.12", "CNY"), priced.lineGross());
    }

    // ---- refusals ----

    @ParameterizedTest(name = "quantity {0}, manual discount {1}: {2}")
    @CsvSource({
            "0,  ,    'tandem.pricing.quantityNotPositive(BJ-500,0)'",
            "-1, ,    'tandem.pricing.quantityNotPositive(BJ-500,-1)'",
            "1,  -1,  'tandem.pricing.discountOutOfRange(BJ-500,-1)'",
            "1,  101, 'tandem.pricing.discountOutOfRange(BJ-500,101)'"})
    void badInputIsRefusedWithAReason(String quantity, String manual, String expected) {
        Line line = new Line().quantity(quantity);
        line.manual = manual;

        assertEquals(expected, refusal(() -> priced(line, List.of(standard("128")))));
    }
}
