package org.tandem.pricing.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the price calculation needs to know about one line besides the candidate prices and rules.
 *
 * @param manualDiscountPercent    the user's own discount on top of the rules, 0 for none
 * @param discountAuthorityPercent the largest manual discount the user may give without approval
 */
public record PricingRequest(CustomerFacts customer, ProductFacts product, BigDecimal quantity, LocalDate date,
                             String currency, BigDecimal manualDiscountPercent, BigDecimal discountAuthorityPercent) {

    /**
     * @param id           null when pricing for no particular customer (a simulation for a group or channel)
     * @param territoryIds the customer's territory and every territory above it
     */
    public record CustomerFacts(Long id, String group, String channel, Set<Long> territoryIds) {
        public CustomerFacts {
            territoryIds = territoryIds == null ? Set.of() : Set.copyOf(territoryIds);
        }
    }

    /** @param taxRate VAT as a fraction, 0.13 for 13 % */
    public record ProductFacts(long id, String sku, Long brandId, BigDecimal taxRate) {
        public ProductFacts {
            Objects.requireNonNull(sku);
            Objects.requireNonNull(taxRate);
        }
    }

    public PricingRequest {
        Objects.requireNonNull(customer);
        Objects.requireNonNull(product);
        Objects.requireNonNull(quantity);
        Objects.requireNonNull(date);
        Objects.requireNonNull(currency);
        manualDiscountPercent = manualDiscountPercent == null ? BigDecimal.ZERO : manualDiscountPercent;
        discountAuthorityPercent = discountAuthorityPercent == null ? BigDecimal.ZERO : discountAuthorityPercent;
    }
}
