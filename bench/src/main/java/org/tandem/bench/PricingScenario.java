package org.tandem.bench;

import org.tandem.pricing.boundary.PricedLine;
import org.tandem.pricing.control.CandidatePrice;
import org.tandem.pricing.control.CandidateRule;
import org.tandem.pricing.control.PriceCalculation;
import org.tandem.pricing.control.PricingRequest;
import org.tandem.pricing.entity.PriceAction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * A catalog with price lists and rules made up the same way on every run (fixed seed): products of a few dozen
 * brands, a base list, a channel list and a group list, and rules of four kinds in about the mix marketing keeps
 * — channel discounts, customer-group prices, quantity-break families and brand promotions with date ranges.
 * The benchmarks price one line per product for one customer on one day.
 */
public final class PricingScenario {

    public static final int PRODUCTS = 1000;
    static final int BRANDS = 40;
    static final int CUSTOMERS = 5;
    static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);
    static final String CURRENCY = "CNY";
    static final List<String> CHANNELS = List.of("MODERN_TRADE", "WHOLESALE", "KEY_ACCOUNT", "TRADITIONAL_TRADE");
    static final List<String> GROUPS = List.of("GOLD", "SILVER", "BRONZE");
    /** Territories 1 › 2 › 3 are the customer's chain; 4 to 9 are elsewhere. */
    static final int TERRITORIES = 9;
    private static final BigDecimal[] QUANTITIES = {
            BigDecimal.ONE, BigDecimal.valueOf(6), BigDecimal.valueOf(12), BigDecimal.valueOf(60), BigDecimal.valueOf(120)};

    final PricingRequest.CustomerFacts customer =
            new PricingRequest.CustomerFacts(1L, "SILVER", "MODERN_TRADE", Set.of(1L, 2L, 3L));
    final List<PricingRequest.ProductFacts> products = new ArrayList<>();
    final List<CandidatePrice> prices = new ArrayList<>();
    final List<CandidateRule> rules = new ArrayList<>();
    final List<BigDecimal> quantities = new ArrayList<>();

    private final Random random;

    private PricingScenario(long seed) {
        random = new Random(seed);
    }

    public static PricingScenario of(int ruleCount) {
        PricingScenario scenario = new PricingScenario(20260615L);
        scenario.catalog();
        scenario.rules(ruleCount);
        return scenario;
    }

    /** One line per product, in product order. */
    List<PricingRequest> lines() {
        List<PricingRequest> lines = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            lines.add(new PricingRequest(customer, products.get(i), quantities.get(i), DAY, CURRENCY,
                    BigDecimal.ZERO, BigDecimal.valueOf(5)));
        }
        return lines;
    }

    /** Every line priced with the rules {@code share} gives its product. */
    List<PricedLine> priced(Function<Long, List<CandidateRule>> share) {
        PriceCalculation calculation = new PriceCalculation();
        Map<Long, List<CandidatePrice>> byProduct = pricesByProduct();
        return lines().stream()
                .map(l -> calculation.price(l, byProduct.get(l.product().id()), share.apply(l.product().id())))
                .toList();
    }

    Map<Long, List<CandidatePrice>> pricesByProduct() {
        Map<Long, List<CandidatePrice>> byProduct = new HashMap<>();
        prices.forEach(p -> byProduct.computeIfAbsent(p.productId(), id -> new ArrayList<>()).add(p));
        return byProduct;
    }

    /**
     * Each product's share of the rules as {@code PriceBook} hands it over: the rules its query lets through for
     * this customer, day and currency (the same conditions, here in Java), those without a product for every line.
     */
    Map<Long, List<CandidateRule>> priceBookShares() {
        Set<Long> brandIds = new HashSet<>();
        products.forEach(p -> brandIds.add(p.brandId()));
        Map<Long, List<CandidateRule>> shares = new HashMap<>();
        products.forEach(p -> shares.put(p.id(), new ArrayList<>()));
        for (CandidateRule r : rules) {
            boolean selected = !r.fromDate().isAfter(DAY) && (r.thruDate() == null || !r.thruDate().isBefore(DAY))
                    && (r.productId() == null || shares.containsKey(r.productId()))
                    && (r.brandId() == null || brandIds.contains(r.brandId()))
                    && (r.customerId() == null || r.customerId().equals(customer.id()))
                    && (r.customerGroup() == null || r.customerGroup().equals(customer.group()))
                    && (r.channel() == null || r.channel().equals(customer.channel()))
                    && (r.territoryId() == null || customer.territoryIds().contains(r.territoryId()))
                    && (r.currency() == null || r.currency().equals(CURRENCY));
            if (!selected) {
                continue;
            }
            if (r.productId() == null) {
                shares.values().forEach(share -> share.add(r));
            } else {
                shares.get(r.productId()).add(r);
            }
        }
        return shares;
    }

    private void catalog() {
        for (long id = 1; id <= PRODUCTS; id++) {
            long brand = 1 + random.nextInt(BRANDS);
            BigDecimal tax = random.nextInt(10) == 0 ? new BigDecimal("0.0900") : new BigDecimal("0.1300");
            products.add(new PricingRequest.ProductFacts(id, "SKU-" + id, brand, tax));
            quantities.add(QUANTITIES[random.nextInt(QUANTITIES.length)]);
            BigDecimal base = BigDecimal.valueOf(1000 + random.nextInt(49_000), 2);
            prices.add(price(1, "BASE", null, null, false, id, base, YEAR_START, null));
            if (id % 3 == 0) {
                prices.add(price(2, "MT", "MODERN_TRADE", null, true, id, base.multiply(new BigDecimal("1.10")),
                        YEAR_START, null));
            }
            if (id % 5 == 0) {
                prices.add(price(3, "GOLD", null, "GOLD", false, id, base.multiply(new BigDecimal("0.92")),
                        YEAR_START, LocalDate.of(2026, 12, 31)));
            }
        }
    }

    private static CandidatePrice price(long listId, String code, String channel, String group, boolean withTax,
                                        long productId, BigDecimal unitPrice, LocalDate from, LocalDate thru) {
        return new CandidatePrice(listId, code, code + " list", channel, group, CURRENCY, withTax, productId,
                unitPrice.setScale(4, RoundingMode.HALF_UP), from, thru);
    }

    private void rules(int count) {
        while (rules.size() < count) {
            int kind = random.nextInt(100);
            if (kind < 5) {
                channelDiscount();
            } else if (kind < 35) {
                groupPrice();
            } else if (kind < 75) {
                quantityBreaks(count - rules.size());
            } else {
                brandPromotion();
            }
        }
    }

    private void channelDiscount() {
        Long territory = random.nextBoolean() ? null : (long) (1 + random.nextInt(TERRITORIES));
        add("Channel", 10, YEAR_START, null, null, null, pick(CHANNELS), territory, null, null, null, null,
                PriceAction.PERCENT_OFF, BigDecimal.valueOf(2 + random.nextInt(7)), true);
    }

    private void groupPrice() {
        long product = product();
        Long customerId = random.nextInt(10) == 0 ? (long) (1 + random.nextInt(CUSTOMERS)) : null;
        BigDecimal value = BigDecimal.valueOf(800 + random.nextInt(40_000), 2);
        add("Group price", 5, YEAR_START, null, customerId, pick(GROUPS), null, null, product, null, null, null,
                PriceAction.FIXED_PRICE, value, random.nextInt(3) != 0);
    }

    /** A family of up to three breaks (≥ 10, ≥ 50, ≥ 100) on one product. */
    private void quantityBreaks(int room) {
        long product = product();
        String family = "QB-" + product + "-" + rules.size();
        int[] minimums = {10, 50, 100};
        for (int i = 0; i < Math.min(room, minimums.length); i++) {
            add("Case " + minimums[i] + "+", 20, YEAR_START, null, null, null, null, null, product, null,
                    BigDecimal.valueOf(minimums[i]), family, PriceAction.AMOUNT_OFF, BigDecimal.valueOf(50 * (i + 1), 2),
                    true);
        }
    }

    /** A month-long promotion somewhere in the year: most are not running on the day priced. */
    private void brandPromotion() {
        LocalDate from = YEAR_START.plusDays(random.nextInt(330));
        add("Brand promotion", 30, from, from.plusDays(29), null, null, null, null, null,
                (long) (1 + random.nextInt(BRANDS)), null, null, PriceAction.PERCENT_OFF,
                BigDecimal.valueOf(5 + random.nextInt(11)), random.nextInt(4) != 0);
    }

    private void add(String name, int sequence, LocalDate from, LocalDate thru, Long customerId, String group,
                     String channel, Long territory, Long product, Long brand, BigDecimal minQuantity, String family,
                     PriceAction action, BigDecimal value, boolean stackable) {
        long id = rules.size() + 1;
        rules.add(new CandidateRule(id, name + " " + id, sequence, from, thru, customerId, group, channel, territory,
                product, brand, minQuantity, family, action, value, action.isAmount() ? CURRENCY : null, stackable,
                "bench"));
    }

    private long product() {
        return 1 + random.nextInt(PRODUCTS);
    }

    private String pick(List<String> codes) {
        return codes.get(random.nextInt(codes.size()));
    }
}
