package org.tandem.pricing.control;

import org.tandem.pricing.entity.PriceAction;
import org.tandem.pricing.entity.Validity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An active price rule as the calculation reads it: its conditions (null: any) and its action. */
public record CandidateRule(long id, String name, int sequence, LocalDate fromDate, LocalDate thruDate,
                            Long customerId, String customerGroup, String channel, Long territoryId,
                            Long productId, Long brandId, BigDecimal minQuantity, String family,
                            PriceAction action, BigDecimal value, String currency, boolean stackable, String source) {

    /** Every condition that is set holds for the line, and an amount is in the line's currency. */
    boolean appliesTo(PricingRequest line) {
        PricingRequest.CustomerFacts customer = line.customer();
        PricingRequest.ProductFacts product = line.product();
        return Validity.covers(fromDate, thruDate, line.date())
                && (customerId == null || customerId.equals(customer.id()))
                && (customerGroup == null || customerGroup.equals(customer.group()))
                && (channel == null || channel.equals(customer.channel()))
                && (territoryId == null || customer.territoryIds().contains(territoryId))
                && (productId == null || productId == product.id())
                && (brandId == null || brandId.equals(product.brandId()))
                && (minQuantity == null || line.quantity().compareTo(minQuantity) >= 0)
                && (!action.isAmount() || currency.equals(line.currency()));
    }

    /** The quantity a rule asks for; none is the smallest. */
    BigDecimal threshold() {
        return minQuantity == null ? BigDecimal.ZERO : minQuantity;
    }
}
