package org.tandem.pricing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.tandem.customer.entity.Channel;
import org.tandem.customer.entity.Customer;
import org.tandem.organization.entity.Role;
import org.tandem.pricing.entity.ChannelPolicy;
import org.tandem.pricing.entity.PriceList;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.control.Versions;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Marketing's policy per channel: price list, discount ceiling and payment terms. Pricing caps every user's
 * manual discount authority by the ceiling of the customer's channel ({@code PriceBook}); a new customer of the
 * channel starts with its payment terms.
 */
@Stateless
@RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER})
public class ChannelPolicies {

    @PersistenceContext
    EntityManager em;

    /** One policy per channel, in the channels' order; a channel without a stored policy shows the defaults (unsaved). */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public List<ChannelPolicy> policies() {
        Map<Channel, ChannelPolicy> stored = em.createQuery("select p from ChannelPolicy p left join fetch p.priceList",
                        ChannelPolicy.class).getResultStream()
                .collect(Collectors.toMap(ChannelPolicy::getChannel, Function.identity()));
        return Arrays.stream(Channel.values()).map(c -> stored.getOrDefault(c, new ChannelPolicy(c))).toList();
    }

    /**
     * Sets a channel's policy; {@code expectedVersion} is the version the user saw (ignored for a channel that has
     * none stored yet).
     */
    public ChannelPolicy set(@NotNull Channel channel, long expectedVersion, Long priceListId, BigDecimal discountCeiling,
                             int paymentTermsDays) {
        ChannelPolicy policy = stored(channel);
        if (policy == null) {
            policy = new ChannelPolicy(channel);
            em.persist(policy);
        } else {
            Versions.require(policy.getVersion(), expectedVersion, channel);
        }
        PriceList list = priceListId == null ? null : em.find(PriceList.class, priceListId);
        if (priceListId != null && list == null) {
            throw new RuleViolation("tandem.pricing.priceList.notFound", priceListId);
        }
        policy.set(list, discountCeiling, paymentTermsDays);
        em.flush();
        return policy;
    }

    /** The payment terms a new customer of the channel starts with: the policy's, or the company default. */
    @RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.MARKETING, Role.Names.MARKETING_MANAGER,
            Role.Names.GENERAL_MANAGER})
    public int paymentTermsFor(@NotNull Channel channel) {
        ChannelPolicy policy = stored(channel);
        return policy == null ? Customer.DEFAULT_PAYMENT_TERMS_DAYS : policy.getPaymentTermsDays();
    }

    private ChannelPolicy stored(Channel channel) {
        return em.createQuery("select p from ChannelPolicy p where p.channel = :channel", ChannelPolicy.class)
                .setParameter("channel", channel).getResultStream().findFirst().orElse(null);
    }
}
