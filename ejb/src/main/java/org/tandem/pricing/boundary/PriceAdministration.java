package org.tandem.pricing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tandem.catalog.entity.Brand;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.entity.Customer;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.pricing.entity.PriceAction;
import org.tandem.pricing.entity.PriceList;
import org.tandem.pricing.entity.PriceListEntry;
import org.tandem.pricing.entity.PriceRule;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.control.Queries;
import org.tandem.shared.control.Rows;
import org.tandem.shared.control.Versions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Marketing's work on price lists, their entries and price rules. Rows are changed, ended (a thru date) or
 * switched off, never deleted: a quotation priced yesterday must still be explainable tomorrow. The general manager
 * may read them (the methods that say so); only marketing changes them.
 */
@Stateless
@RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER})
public class PriceAdministration {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Map<String, String> LIST_SORTS = Map.of("code", "code", "name", "name", "channel", "channel",
            "customerGroup", "customerGroup", "currency", "currency", "fromDate", "fromDate", "thruDate", "thruDate",
            "active", "active");
    private static final Map<String, String> ENTRY_SORTS = Map.of("sku", "product.sku", "productName", "product.name",
            "unitPrice", "unitPrice", "fromDate", "fromDate", "thruDate", "thruDate");
    private static final Map<String, String> RULE_SORTS = Map.of("name", "name", "sequence", "sequence",
            "fromDate", "fromDate", "thruDate", "thruDate", "action", "action", "source", "source", "active", "active");

    @PersistenceContext
    EntityManager em;

    // ---- price lists ----

    /** Filters: {@code code}, {@code name} (contains), {@code channel}, {@code customerGroup}, {@code currency}, {@code active}. */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public Page<PriceList> findPriceLists(@NotNull PageRequest request) {
        return Queries.page(em, PriceList.class, request, (cb, list) -> Queries.present(
                Queries.contains(cb, list.get("code"), request.text("code")),
                Queries.contains(cb, list.get("name"), request.text("name")),
                equal(cb, list.get("channel"), request.text("channel")),
                equal(cb, list.get("customerGroup"), request.text("customerGroup")),
                equal(cb, list.get("currency"), request.text("currency")),
                request.text("active") == null ? null : cb.equal(list.get("active"), Boolean.valueOf(request.text("active")))),
                LIST_SORTS, "code");
    }

    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public PriceList priceList(long id) {
        return found(PriceList.class, id, "tandem.pricing.priceList.notFound");
    }

    public PriceList createPriceList(@NotNull @Valid PriceListTerms terms) {
        requireOrdered(terms.fromDate(), terms.thruDate());
        if (!em.createQuery("select l.id from PriceList l where l.code = :code", Long.class)
                .setParameter("code", terms.code()).getResultList().isEmpty()) {
            throw new RuleViolation("tandem.pricing.priceList.codeTaken", terms.code());
        }
        PriceList list = new PriceList(terms.code(), terms.name(), terms.currency(), terms.fromDate());
        revise(list, terms);
        em.persist(list);
        return list;
    }

    /** Changes the version marketing saw; code and currency stay as they are. */
    public PriceList updatePriceList(long id, long expectedVersion, @NotNull @Valid PriceListTerms terms) {
        PriceList list = priceList(id);
        Versions.require(list.getVersion(), expectedVersion, list.getCode());
        requireOrdered(terms.fromDate(), terms.thruDate());
        revise(list, terms);
        return list;
    }

    private static void revise(PriceList list, PriceListTerms terms) {
        list.revise(terms.name(), terms.channel(), terms.customerGroup(), terms.fromDate(), terms.thruDate(),
                terms.pricesIncludeTax(), terms.active());
    }

    // ---- entries ----

    /** Filters: {@code sku}, {@code productName} (contains). */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public Page<PriceListEntry> findEntries(long priceListId, @NotNull PageRequest request) {
        return Queries.page(em, PriceListEntry.class, request, (cb, entry) -> Queries.present(
                cb.equal(entry.get("priceList").get("id"), priceListId),
                Queries.contains(cb, entry.get("product").get("sku"), request.text("sku")),
                Queries.contains(cb, entry.get("product").get("name"), request.text("productName"))),
                ENTRY_SORTS, "product.sku");
    }

    public PriceListEntry addEntry(long priceListId, @NotNull @Valid PriceEntryTerms terms) {
        PriceList list = priceList(priceListId);
        Product product = found(Product.class, terms.productId(), "tandem.pricing.unknownProduct");
        requireOrdered(terms.fromDate(), terms.thruDate());
        requireNoOverlap(list, product, null, terms);
        PriceListEntry entry = new PriceListEntry(list, product, terms.unitPrice(), terms.fromDate(), terms.thruDate());
        em.persist(entry);
        return entry;
    }

    /** Changes price and dates of the version marketing saw; the product stays. */
    public PriceListEntry updateEntry(long id, long expectedVersion, @NotNull @Valid PriceEntryTerms terms) {
        PriceListEntry entry = found(PriceListEntry.class, id, "tandem.pricing.entry.notFound");
        Versions.require(entry.getVersion(), expectedVersion, entry.getProduct().getSku());
        requireOrdered(terms.fromDate(), terms.thruDate());
        requireNoOverlap(entry.getPriceList(), entry.getProduct(), entry.getId(), terms);
        entry.reprice(terms.unitPrice(), terms.fromDate(), terms.thruDate());
        return entry;
    }

    /** One list has one price for a product on any day, or "which price?" would have no answer. */
    private void requireNoOverlap(PriceList list, Product product, Long except, PriceEntryTerms terms) {
        em.createQuery("select e from PriceListEntry e where e.priceList = :list and e.product = :product",
                        PriceListEntry.class)
                .setParameter("list", list).setParameter("product", product)
                .getResultStream()
                .filter(e -> !e.getId().equals(except) && e.overlaps(terms.fromDate(), terms.thruDate()))
                .findFirst()
                .ifPresent(e -> {
                    throw new RuleViolation("tandem.pricing.entry.overlaps", product.getSku(), list.getCode());
                });
    }

    // ---- rules ----

    /** Filters: {@code name}, {@code source} (contains), {@code action}, {@code active}. */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public Page<PriceRule> findRules(@NotNull PageRequest request) {
        return Queries.page(em, PriceRule.class, request, (cb, rule) -> Queries.present(
                Queries.contains(cb, rule.get("name"), request.text("name")),
                Queries.contains(cb, rule.get("source"), request.text("source")),
                request.text("action") == null ? null : cb.equal(rule.get("action"), PriceAction.valueOf(request.text("action"))),
                request.text("active") == null ? null : cb.equal(rule.get("active"), Boolean.valueOf(request.text("active")))),
                RULE_SORTS, "sequence");
    }

    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public PriceRule rule(long id) {
        return found(PriceRule.class, id, "tandem.pricing.rule.notFound");
    }

    public PriceRule createRule(@NotNull @Valid PriceRuleTerms terms) {
        requireSound(terms);
        PriceRule rule = new PriceRule(terms.name(), terms.sequence(), terms.fromDate(), terms.action(), terms.value(),
                terms.currency());
        revise(rule, terms);
        em.persist(rule);
        return rule;
    }

    public PriceRule updateRule(long id, long expectedVersion, @NotNull @Valid PriceRuleTerms terms) {
        PriceRule rule = rule(id);
        Versions.require(rule.getVersion(), expectedVersion, rule.getName());
        requireSound(terms);
        revise(rule, terms);
        return rule;
    }

    private void requireSound(PriceRuleTerms terms) {
        requireOrdered(terms.fromDate(), terms.thruDate());
        if (terms.action() == PriceAction.PERCENT_OFF
                && (terms.value().signum() <= 0 || terms.value().compareTo(HUNDRED) > 0)) {
            throw new RuleViolation("tandem.pricing.rule.percentOutOfRange", terms.value());
        }
        if (terms.action().isAmount() && terms.currency() == null) {
            throw new RuleViolation("tandem.pricing.rule.currencyRequired", terms.name());
        }
        requireExisting(Customer.class, terms.customerId(), "tandem.pricing.unknownCustomer");
        requireExisting(Territory.class, terms.territoryId(), "tandem.territory.notFound");
        requireExisting(Product.class, terms.productId(), "tandem.pricing.unknownProduct");
        requireExisting(Brand.class, terms.brandId(), "tandem.pricing.unknownBrand");
    }

    private static void revise(PriceRule rule, PriceRuleTerms terms) {
        rule.rename(terms.name(), terms.sequence(), terms.source());
        rule.reschedule(terms.fromDate(), terms.thruDate(), terms.active());
        rule.restrictTo(terms.customerId(), terms.customerGroup(), terms.channel(), terms.territoryId(),
                terms.productId(), terms.brandId(), terms.minQuantity(), terms.family());
        rule.changeAction(terms.action(), terms.value(), terms.currency(), terms.stackable());
    }

    // ---- shared checks ----

    private <T> T found(Class<T> type, long id, String notFoundKey) {
        return Rows.found(em, type, id, notFoundKey);
    }

    private void requireExisting(Class<?> type, Long id, String notFoundKey) {
        if (id != null) {
            found(type, id, notFoundKey);
        }
    }

    private static void requireOrdered(LocalDate fromDate, LocalDate thruDate) {
        if (fromDate != null && thruDate != null && thruDate.isBefore(fromDate)) {
            throw new RuleViolation("tandem.pricing.periodReversed", fromDate, thruDate);
        }
    }

    private static Predicate equal(CriteriaBuilder cb, Expression<String> path, String value) {
        return value == null ? null : cb.equal(path, value);
    }
}
