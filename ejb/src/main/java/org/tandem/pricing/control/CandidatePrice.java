package org.tandem.pricing.control;

import org.tandem.pricing.entity.Validity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A product's price on an active price list, with the days it is valid: the list's period narrowed by the
 * entry's own dates. Channel and customer group are the list's; null means any.
 */
public record CandidatePrice(long priceListId, String priceListCode, String priceListName, String channel,
                             String customerGroup, String currency, boolean pricesIncludeTax, long productId,
                             BigDecimal unitPrice, LocalDate fromDate, LocalDate thruDate) {

    /** The shape a query reads: the list's dates and the entry's, to be narrowed here. */
    public CandidatePrice(Long priceListId, String priceListCode, String priceListName, String channel,
                          String customerGroup, String currency, Boolean pricesIncludeTax, Long productId,
                          BigDecimal unitPrice, LocalDate listFrom, LocalDate listThru, LocalDate entryFrom,
                          LocalDate entryThru) {
        this(priceListId, priceListCode, priceListName, channel, customerGroup, currency, pricesIncludeTax, productId,
                unitPrice, later(listFrom, entryFrom), earlier(listThru, entryThru));
    }

    public boolean isValidOn(LocalDate day) {
        return Validity.covers(fromDate, thruDate, day);
    }

    /** Whether the list is meant for this customer: each of channel and group is open or the customer's. */
    boolean isFor(PricingRequest.CustomerFacts customer) {
        return (channel == null || channel.equals(customer.channel()))
                && (customerGroup == null || customerGroup.equals(customer.group()));
    }

    /** How closely the list targets the customer: a group counts more than a channel. */
    int specificity() {
        return (customerGroup != null ? 2 : 0) + (channel != null ? 1 : 0);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
