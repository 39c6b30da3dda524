package org.tandem.pricing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.organization.entity.Role;
import org.tandem.pricing.entity.PriceAction;
import org.tandem.pricing.entity.PriceRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The price rules an approved discount promotion becomes, and their end when it is cancelled. The rules carry
 * the promotion in their name, so the explanation of every line they price names it, and in their source
 * ({@code promotion:<number>}), by which they are found again. Called by those who approve promotions.
 */
@Stateless
@RolesAllowed({Role.Names.SALES_MANAGER, Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
public class PromotionPrices {

    /** After channel discounts (10) and quantity breaks (20): a promotion lowers the price they leave. */
    static final int SEQUENCE = 30;

    @PersistenceContext
    EntityManager em;

    /** The promotion's terms as pricing needs them: whom, what, when, how much off. */
    public record Discount(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 200) String source,
                           @NotNull LocalDate fromDate, @NotNull LocalDate thruDate, @NotNull BigDecimal percentOff,
                           @NotEmpty Set<Long> customerIds, @NotNull Set<Long> productIds, Long brandId) {
    }

    /** One rule per customer and product (or brand), active from the promotion's first day through its last. */
    public List<PriceRule> createDiscount(@NotNull Discount discount) {
        List<Long> productsOrNone = new ArrayList<>(discount.productIds());
        if (productsOrNone.isEmpty()) {
            productsOrNone.add(null);
        }
        List<PriceRule> rules = new ArrayList<>();
        for (Long customerId : discount.customerIds()) {
            for (Long productId : productsOrNone) {
                PriceRule rule = new PriceRule(discount.name(), SEQUENCE, discount.fromDate(), PriceAction.PERCENT_OFF,
                        discount.percentOff(), null);
                rule.rename(discount.name(), SEQUENCE, discount.source());
                rule.reschedule(discount.fromDate(), discount.thruDate(), true);
                rule.restrictTo(customerId, null, null, null, productId, productId == null ? discount.brandId() : null,
                        null, null);
                em.persist(rule);
                rules.add(rule);
            }
        }
        return rules;
    }

    /**
     * Ends the rules of {@code source} from {@code day} on: a rule that has started runs through the day before,
     * one that had not is switched off. Lines priced before keep their prices.
     *
     * @return how many rules were ended
     */
    public int endFrom(@NotBlank String source, @NotNull LocalDate day) {
        List<PriceRule> rules = em.createQuery("select r from PriceRule r where r.source = :source and r.active = true",
                PriceRule.class).setParameter("source", source).getResultList();
        int ended = 0;
        for (PriceRule rule : rules) {
            LocalDate yesterday = day.minusDays(1);
            if (rule.getThruDate() != null && rule.getThruDate().isBefore(day)) {
                continue;
            }
            if (rule.getFromDate().isBefore(day)) {
                rule.reschedule(rule.getFromDate(), yesterday, true);
            } else {
                rule.reschedule(rule.getFromDate(), rule.getThruDate(), false);
            }
            ended++;
        }
        return ended;
    }
}
