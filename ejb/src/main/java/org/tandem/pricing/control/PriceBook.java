package org.tandem.pricing.control;

import jakarta.persistence.EntityManager;
import org.tandem.customer.entity.Channel;
import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.pricing.entity.ChannelPolicy;
import org.tandem.pricing.boundary.PricedLine;
import org.tandem.shared.boundary.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The prices and rules that may apply to an inquiry, read in a fixed number of queries whatever the number of
 * lines and rules (customer, products, list prices, rules), then handed to the {@link PriceCalculation}.
 * The queries narrow by day, product, brand, customer, group, channel, territory and currency; the calculation
 * checks every condition again, so a query that lets too much through costs time, never a wrong price.
 */
public class PriceBook {

    /** Stands for "none" where a parameter must not be null: no id is negative, no code is empty. */
    private static final long NO_ID = -1L;
    private static final String NO_CODE = "";

    private final EntityManager em;
    private final PriceCalculation calculation = new PriceCalculation();

    public PriceBook(EntityManager em) {
        this.em = Objects.requireNonNull(em);
    }

    /** Prices every line of the inquiry, in the order asked. */
    public List<PricedLine> price(PriceInquiry inquiry, BigDecimal userAuthorityPercent) {
        PricingRequest.CustomerFacts customer = customer(inquiry);
        BigDecimal discountAuthorityPercent = cappedByChannel(customer.channel(), userAuthorityPercent);
        Map<Long, PricingRequest.ProductFacts> products = products(
                inquiry.lines().stream().map(PriceInquiry.Line::productId).toList());
        Map<Long, List<CandidatePrice>> prices = prices(products.keySet(), inquiry.date()).stream()
                .collect(Collectors.groupingBy(CandidatePrice::productId));
        Map<Long, List<CandidateRule>> rules = byProduct(
                rules(customer, products.values(), inquiry.date(), inquiry.currency()), products.keySet());
        return inquiry.lines().stream()
                .map(line -> calculation.price(new PricingRequest(customer, products.get(line.productId()),
                        line.quantity(), inquiry.date(), inquiry.currency(), line.manualDiscountPercent(),
                        discountAuthorityPercent),
                        prices.getOrDefault(line.productId(), List.of()), rules.get(line.productId())))
                .toList();
    }

    /** A user's discount authority, capped by the ceiling of the channel priced for (its channel policy). */
    BigDecimal cappedByChannel(String channel, BigDecimal authority) {
        BigDecimal own = authority == null ? BigDecimal.ZERO : authority;
        // a simulation may name a channel that is no Channel: it has no policy
        Channel known = Arrays.stream(Channel.values()).filter(c -> c.name().equals(channel)).findFirst().orElse(null);
        if (known == null) {
            return own;
        }
        return em.createQuery("select p from ChannelPolicy p where p.channel = :channel", ChannelPolicy.class)
                .setParameter("channel", known)
                .getResultStream().findFirst().map(policy -> policy.cap(own)).orElse(own);
    }

    /** Each product's share of the rules, so a line of a large batch looks only at rules that can concern it. */
    private static Map<Long, List<CandidateRule>> byProduct(List<CandidateRule> rules, Set<Long> productIds) {
        Map<Long, List<CandidateRule>> shares = new HashMap<>();
        productIds.forEach(id -> shares.put(id, new ArrayList<>()));
        for (CandidateRule rule : rules) {
            if (rule.productId() == null) {
                shares.values().forEach(share -> share.add(rule));
            } else {
                shares.get(rule.productId()).add(rule);
            }
        }
        return shares;
    }

    PricingRequest.CustomerFacts customer(PriceInquiry inquiry) {
        if (inquiry.customerId() == null) {
            return new PricingRequest.CustomerFacts(null, inquiry.customerGroup(), inquiry.channel(), Set.of());
        }
        // outer joins: the chain above a territory may be shorter than three levels
        List<Object[]> rows = em.createQuery("select t.id, p.id, pp.id from Customer c join c.territory t "
                        + "left join t.parent p left join p.parent pp where c.id = :id", Object[].class)
                .setParameter("id", inquiry.customerId())
                .getResultList();
        if (rows.isEmpty()) {
            throw new RuleViolation("tandem.pricing.unknownCustomer", inquiry.customerId());
        }
        Set<Long> territories = new HashSet<>();
        for (Object id : rows.get(0)) {
            if (id != null) {
                territories.add((Long) id);
            }
        }
        return new PricingRequest.CustomerFacts(inquiry.customerId(), inquiry.customerGroup(), inquiry.channel(), territories);
    }

    /** @throws RuleViolation {@code tandem.pricing.unknownProduct} for an id that is not an active product */
    Map<Long, PricingRequest.ProductFacts> products(Collection<Long> ids) {
        Map<Long, PricingRequest.ProductFacts> products = new HashMap<>();
        em.createQuery("select p.id, p.sku, p.brand.id, p.taxRate from Product p where p.id in :ids and p.active = true",
                        Object[].class)
                .setParameter("ids", Set.copyOf(ids))
                .getResultList()
                .forEach(row -> products.put((Long) row[0], new PricingRequest.ProductFacts(
                        (Long) row[0], (String) row[1], (Long) row[2], (BigDecimal) row[3])));
        ids.stream().filter(id -> !products.containsKey(id)).findFirst().ifPresent(id -> {
            throw new RuleViolation("tandem.pricing.unknownProduct", id);
        });
        return products;
    }

    /** The entries of active lists for these products valid on the day, in any currency (to name them if none fits). */
    List<CandidatePrice> prices(Collection<Long> productIds, LocalDate day) {
        return em.createQuery("select new org.tandem.pricing.control.CandidatePrice(l.id, l.code, l.name, l.channel, "
                        + "l.customerGroup, l.currency, l.pricesIncludeTax, e.product.id, e.unitPrice, "
                        + "l.fromDate, l.thruDate, e.fromDate, e.thruDate) "
                        + "from PriceListEntry e join e.priceList l "
                        + "where e.product.id in :products and l.active = true "
                        + "and l.fromDate <= :day and (l.thruDate is null or l.thruDate >= :day) "
                        + "and (e.fromDate is null or e.fromDate <= :day) and (e.thruDate is null or e.thruDate >= :day)",
                        CandidatePrice.class)
                .setParameter("products", Set.copyOf(productIds))
                .setParameter("day", day)
                .getResultList();
    }

    List<CandidateRule> rules(PricingRequest.CustomerFacts customer, Collection<PricingRequest.ProductFacts> products,
                              LocalDate day, String currency) {
        Set<Long> productIds = new HashSet<>();
        Set<Long> brandIds = new HashSet<>();
        products.forEach(p -> {
            productIds.add(p.id());
            brandIds.add(p.brandId());
        });
        Set<Long> territories = customer.territoryIds().isEmpty() ? Set.of(NO_ID) : customer.territoryIds();
        return em.createQuery("select new org.tandem.pricing.control.CandidateRule(r.id, r.name, r.sequence, "
                        + "r.fromDate, r.thruDate, r.customerId, r.customerGroup, r.channel, r.territoryId, r.productId, "
                        + "r.brandId, r.minQuantity, r.family, r.action, r.actionValue, r.currency, r.stackable, r.source) "
                        + "from PriceRule r where r.active = true "
                        + "and r.fromDate <= :day and (r.thruDate is null or r.thruDate >= :day) "
                        + "and (r.productId is null or r.productId in :products) "
                        + "and (r.brandId is null or r.brandId in :brands) "
                        + "and (r.customerId is null or r.customerId = :customer) "
                        + "and (r.customerGroup is null or r.customerGroup = :group) "
                        + "and (r.channel is null or r.channel = :channel) "
                        + "and (r.territoryId is null or r.territoryId in :territories) "
                        + "and (r.currency is null or r.currency = :currency)", CandidateRule.class)
                .setParameter("day", day)
                .setParameter("products", productIds)
                .setParameter("brands", brandIds)
                .setParameter("customer", customer.id() == null ? NO_ID : customer.id())
                .setParameter("group", customer.group() == null ? NO_CODE : customer.group())
                .setParameter("channel", customer.channel() == null ? NO_CODE : customer.channel())
                .setParameter("territories", territories)
                .setParameter("currency", currency)
                .getResultList();
    }
}
