package org.tandem.pricing.control;

import org.tandem.pricing.boundary.Adjustment;
import org.tandem.pricing.boundary.AdjustmentKind;
import org.tandem.pricing.boundary.PricedLine;
import org.tandem.pricing.entity.LineAmounts;
import org.tandem.pricing.entity.PriceListEntry;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prices one line from the candidate prices and rules it is given, as docs/pricing.md defines: it picks the price
 * list, runs the rules in sequence, adds the manual discount and works out net, VAT and gross. It reads nothing
 * and keeps no state, so the same input always gives the same line.
 */
public class PriceCalculation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int UNIT_SCALE = PriceListEntry.UNIT_PRICE_SCALE;

    /** Most specific list first, then the one whose validity began last, then by code so a tie is stable. */
    private static final Comparator<CandidatePrice> PREFERRED = Comparator
            .comparingInt(CandidatePrice::specificity).reversed()
            .thenComparing(CandidatePrice::fromDate, Comparator.reverseOrder())
            .thenComparing(CandidatePrice::priceListCode);

    /** Within a family, the highest quantity met wins; then the earlier sequence. */
    private static final Comparator<CandidateRule> FAMILY_WINNER = Comparator
            .comparing(CandidateRule::threshold).reversed()
            .thenComparingInt(CandidateRule::sequence)
            .thenComparingLong(CandidateRule::id);

    private static final Comparator<CandidateRule> IN_SEQUENCE = Comparator
            .comparingInt(CandidateRule::sequence).thenComparingLong(CandidateRule::id);

    /**
     * @throws RuleViolation {@code tandem.pricing.quantityNotPositive}, {@code tandem.pricing.discountOutOfRange},
     *                       {@code tandem.pricing.noPrice} or {@code tandem.pricing.currencyMismatch}
     */
    public PricedLine price(PricingRequest line, List<CandidatePrice> prices, List<CandidateRule> rules) {
        String sku = line.product().sku();
        if (line.quantity().signum() <= 0) {
            throw new RuleViolation("tandem.pricing.quantityNotPositive", sku, line.quantity());
        }
        BigDecimal manual = line.manualDiscountPercent();
        if (manual.signum() < 0 || manual.compareTo(HUNDRED) > 0) {
            throw new RuleViolation("tandem.pricing.discountOutOfRange", sku, manual);
        }
        CandidatePrice list = listPrice(line, prices);

        BigDecimal running = list.unitPrice().setScale(UNIT_SCALE, RoundingMode.HALF_UP);
        List<Adjustment> adjustments = new ArrayList<>();
        boolean applied = false;
        for (CandidateRule rule : rulesFor(line, rules)) {
            if (applied && !rule.stackable()) {
                continue;
            }
            BigDecimal after = floored(switch (rule.action()) {
                case FIXED_PRICE -> rule.value();
                case PERCENT_OFF -> lessPercent(running, rule.value());
                case AMOUNT_OFF -> running.subtract(rule.value());
            });
            adjustments.add(step(AdjustmentKind.of(rule.action()), rule.id(), rule.name(), running, after,
                    List.of(rule.name(), rule.value().stripTrailingZeros())));
            running = after;
            applied = true;
            if (!rule.stackable()) {
                break;
            }
        }
        if (manual.signum() > 0) {
            BigDecimal after = lessPercent(running, manual);
            adjustments.add(step(AdjustmentKind.MANUAL_DISCOUNT, null, null, running, after,
                    List.of(manual.stripTrailingZeros())));
            running = after;
        }
        return line(line, list, adjustments, running);
    }

    private static CandidatePrice listPrice(PricingRequest line, List<CandidatePrice> prices) {
        List<CandidatePrice> valid = prices.stream()
                .filter(p -> p.productId() == line.product().id() && p.isValidOn(line.date()))
                .toList();
        List<CandidatePrice> inCurrency = valid.stream().filter(p -> p.currency().equals(line.currency())).toList();
        if (inCurrency.isEmpty() && !valid.isEmpty()) {
            String available = valid.stream().map(CandidatePrice::currency)
                    .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
            throw new RuleViolation("tandem.pricing.currencyMismatch", line.product().sku(), line.currency(),
                    line.date(), available);
        }
        return inCurrency.stream()
                .filter(p -> p.isFor(line.customer()))
                .min(PREFERRED)
                .orElseThrow(() -> new RuleViolation("tandem.pricing.noPrice", line.product().sku(), line.date()));
    }

    /** The rules that apply, one per family, in the order they run. */
    private static List<CandidateRule> rulesFor(PricingRequest line, List<CandidateRule> rules) {
        List<CandidateRule> applicable = rules.stream().filter(r -> r.appliesTo(line)).toList();
        Map<String, CandidateRule> familyWinners = applicable.stream()
                .filter(r -> r.family() != null)
                .collect(Collectors.toMap(CandidateRule::family, Function.identity(),
                        (a, b) -> FAMILY_WINNER.compare(a, b) <= 0 ? a : b));
        return applicable.stream()
                .filter(r -> r.family() == null || familyWinners.get(r.family()) == r)
                .sorted(IN_SEQUENCE)
                .toList();
    }

    private static PricedLine line(PricingRequest line, CandidatePrice list, List<Adjustment> adjustments,
                                   BigDecimal unitPrice) {
        BigDecimal taxRate = line.product().taxRate();
        LineAmounts amounts = LineAmounts.of(unitPrice, line.quantity(), taxRate, list.pricesIncludeTax(), line.currency());
        BigDecimal unitNet = LineAmounts.unitNet(unitPrice, taxRate, list.pricesIncludeTax());
        BigDecimal manual = line.manualDiscountPercent();
        return new PricedLine(line.product().id(), line.quantity(), line.currency(),
                list.priceListId(), list.priceListCode(), list.priceListName(), list.pricesIncludeTax(), taxRate,
                list.unitPrice().setScale(UNIT_SCALE, RoundingMode.HALF_UP), adjustments, unitPrice, unitNet,
                amounts.net(), amounts.vat(), amounts.gross(), manual, manual.compareTo(line.discountAuthorityPercent()) > 0);
    }

    private static Adjustment step(AdjustmentKind kind, Long ruleId, String source, BigDecimal before, BigDecimal after,
                                   List<Object> arguments) {
        return new Adjustment(kind, ruleId, source, after.subtract(before), after, kind.messageKey(), arguments);
    }

    private static BigDecimal lessPercent(BigDecimal price, BigDecimal percent) {
        return price.multiply(HUNDRED.subtract(percent)).divide(HUNDRED, UNIT_SCALE, RoundingMode.HALF_UP);
    }

    /** A price never drops below zero; the step that would take it there stops at zero. */
    private static BigDecimal floored(BigDecimal price) {
        return price.signum() < 0 ? BigDecimal.ZERO.setScale(UNIT_SCALE) : price.setScale(UNIT_SCALE, RoundingMode.HALF_UP);
    }
}
