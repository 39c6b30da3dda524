package org.tandem.customer.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tandem.customer.control.CustomerScope;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.customer.entity.CustomerStatus;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.UserAccount;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.control.Queries;
import org.tandem.shared.control.Versions;
import org.tandem.shared.entity.Money;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Who the sales force sells to. A sales rep sees the customers of the territories they work in; a sales
 * manager assigned to an area or region sees every territory below it; the general manager sees all.
 * The rule lives in the queries, so no screen can show more than the caller may see, and a customer out of
 * sight is answered exactly like one that does not exist.
 */
@Stateless
@RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.GENERAL_MANAGER})
public class CustomerDirectory {

    /** New customers' credit limits are kept in the company's own currency. */
    static final String CURRENCY = "CNY";

    /** Sort fields the customer list understands, mapped to entity paths. */
    private static final Map<String, String> SORTS = Map.of(
            "code", "code", "name", "name", "kind", "kind", "channel", "channel", "customerGroup", "customerGroup",
            "territory", "territory.code", "creditLimit", "creditLimit.amount", "paymentTermsDays", "paymentTermsDays",
            "status", "status");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** The caller's customers counted by kind, every kind listed even at zero. */
    public List<CustomerCount> visibleCustomersByKind() {
        List<Object[]> rows = seesEverything()
                ? em.createQuery("select c.kind, count(c) from Customer c group by c.kind", Object[].class).getResultList()
                : em.createQuery("select c.kind, count(c) from Customer c where c.territory.id in :territories "
                        + "group by c.kind", Object[].class)
                .setParameter("territories", visibleTerritoryIds()).getResultList();
        return Arrays.stream(CustomerKind.values())
                .map(kind -> new CustomerCount(kind, rows.stream().filter(r -> r[0] == kind)
                        .mapToLong(r -> ((Number) r[1]).longValue()).sum()))
                .toList();
    }

    /**
     * The caller's customers, a page at a time. Filters: {@code code}, {@code name} (contains), {@code kind}
     * (a {@link CustomerKind}), {@code territory} (code or name contains), {@code status} (a {@link CustomerStatus}).
     */
    public Page<Customer> findCustomers(@NotNull PageRequest request) {
        List<Long> visible = seesEverything() ? null : visibleTerritoryIds();
        return Queries.page(em, Customer.class, request, (cb, customer) -> {
            Path<Territory> territory = customer.get("territory");
            String territoryText = request.text("territory");
            return Queries.present(
                    visible == null ? null : territory.get("id").in(visible),
                    Queries.contains(cb, customer.get("code"), request.text("code")),
                    Queries.contains(cb, customer.get("name"), request.text("name")),
                    equal(cb, customer.get("kind"), CustomerKind.class, request.filters().get("kind")),
                    Queries.codeOrName(cb, territory, territoryText),
                    equal(cb, customer.get("status"), CustomerStatus.class, request.filters().get("status")));
        }, SORTS, "code");
    }

    /**
     * Customers whose code or name contains {@code text}, at most {@code max}, by code, for marketing to price
     * against. Marketing sets prices for every territory, so it sees all customers, but only these few facts.
     */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public List<CustomerToPrice> customersToPrice(String text, int max) {
        String pattern = "%" + (text == null ? "" : text.trim().toLowerCase()) + "%";
        return em.createQuery("select c from Customer c where lower(c.code) like :text or lower(c.name) like :text "
                        + "order by c.code", Customer.class)
                .setParameter("text", pattern)
                .setMaxResults(Math.max(1, Math.min(max, PageRequest.MAX_SIZE)))
                .getResultStream()
                .map(c -> new CustomerToPrice(c.getId(), c.getCode(), c.getName(), c.getCustomerGroup(),
                        c.getChannel().name(), c.getTerritory().getCode()))
                .toList();
    }

    /** One customer with its contacts; one the caller may not see is refused as if it did not exist. */
    public Customer customer(long id) {
        Customer customer = visibleCustomer(id);
        // the screen reads the contacts after the transaction; load them while it is open
        customer.getContacts().size();
        return customer;
    }

    /** The territories the caller may place a customer in: those they see, by code. */
    public List<Territory> placeableTerritories() {
        if (seesEverything()) {
            return em.createQuery("select t from Territory t where t.active = true order by t.code", Territory.class)
                    .getResultList();
        }
        return em.createQuery("select t from Territory t where t.active = true and t.id in :territories order by t.code",
                Territory.class).setParameter("territories", visibleTerritoryIds()).getResultList();
    }

    /** The people who may own a customer in a territory the caller sees: its members, by user name. */
    public List<UserAccount> possibleOwners(long territoryId) {
        return placeableTerritory(territoryId).getMembers().stream()
                .filter(UserAccount::isEnabled)
                .sorted(Comparator.comparing(UserAccount::getUsername))
                .toList();
    }

    public Customer create(@NotNull String code, @NotNull @Valid CustomerDetails details) {
        String normalised = code.trim().toUpperCase();
        if (!normalised.matches("[A-Z0-9-]{1,20}")) {
            throw new RuleViolation("tandem.customer.code.pattern", normalised);
        }
        if (!em.createQuery("select c.id from Customer c where c.code = :code", Long.class)
                .setParameter("code", normalised).getResultList().isEmpty()) {
            throw new RuleViolation("tandem.customer.code.taken", normalised);
        }
        Money limit = creditLimit(details, Money.zero(CURRENCY));
        Territory territory = placeableTerritory(details.territoryId());
        Customer customer = new Customer(normalised, details.name().trim(), details.kind(), territory,
                owner(territory, details.ownerId()), details.address(), limit);
        describe(customer, details);
        em.persist(customer);
        return customer;
    }

    /** Changes the version of a customer the caller saw; a newer version wins and the caller is told. */
    public Customer update(long id, long expectedVersion, @NotNull @Valid CustomerDetails details) {
        Customer customer = visibleVersion(id, expectedVersion);
        Money limit = creditLimit(details, customer.getCreditLimit());
        Territory territory = placeableTerritory(details.territoryId());
        customer.moveTo(territory, owner(territory, details.ownerId()));
        customer.changeCreditLimit(limit);
        describe(customer, details);
        em.flush();
        return customer;
    }

    public Customer addContact(long customerId, long expectedVersion, @NotNull @Valid ContactDetails contact) {
        Customer customer = visibleVersion(customerId, expectedVersion);
        customer.addContact(contact.name(), contact.position(), contact.phone(), contact.email(), contact.primary());
        return changedContacts(customer);
    }

    public Customer updateContact(long customerId, long expectedVersion, long contactId,
                                  @NotNull @Valid ContactDetails contact) {
        Customer customer = visibleVersion(customerId, expectedVersion);
        requireContact(customer, contactId);
        customer.changeContact(contactId, contact.name(), contact.position(), contact.phone(), contact.email(),
                contact.primary());
        return changedContacts(customer);
    }

    public Customer removeContact(long customerId, long expectedVersion, long contactId) {
        Customer customer = visibleVersion(customerId, expectedVersion);
        requireContact(customer, contactId);
        customer.removeContact(contactId);
        return changedContacts(customer);
    }

    /** Whether the caller may grant credit; reps may not. */
    public boolean maySetCreditLimits() {
        return session.isCallerInRole(Role.Names.SALES_MANAGER) || session.isCallerInRole(Role.Names.GENERAL_MANAGER);
    }

    List<Long> visibleTerritoryIds() {
        return CustomerScope.of(em, session).territoryIds();
    }

    private boolean seesEverything() {
        return session.isCallerInRole(Role.Names.GENERAL_MANAGER);
    }

    private Customer visibleCustomer(long id) {
        List<Customer> found = seesEverything()
                ? em.createQuery("select c from Customer c where c.id = :id", Customer.class)
                .setParameter("id", id).getResultList()
                : em.createQuery("select c from Customer c where c.id = :id and c.territory.id in :territories",
                        Customer.class)
                .setParameter("id", id).setParameter("territories", visibleTerritoryIds()).getResultList();
        if (found.isEmpty()) {
            throw new RuleViolation("tandem.customer.notVisible", id);
        }
        return found.get(0);
    }

    private Customer visibleVersion(long id, long expectedVersion) {
        Customer customer = visibleCustomer(id);
        Versions.require(customer.getVersion(), expectedVersion, customer.getCode());
        return customer;
    }

    private Territory placeableTerritory(long territoryId) {
        Territory territory = em.find(Territory.class, territoryId);
        if (territory == null || !territory.isActive()
                || !(seesEverything() || visibleTerritoryIds().contains(territoryId))) {
            throw new RuleViolation("tandem.customer.territoryNotVisible", territoryId);
        }
        return territory;
    }

    private static UserAccount owner(Territory territory, long ownerId) {
        return territory.getMembers().stream().filter(u -> u.getId() == ownerId).findFirst()
                .orElseThrow(() -> new RuleViolation("tandem.customer.ownerNotMember", territory.getName()));
    }

    /** The limit asked for, if the caller may set it: reps leave it as it was (zero for a new customer). */
    private Money creditLimit(CustomerDetails details, Money current) {
        Money asked = Money.of(details.creditLimit(), current.getCurrency());
        if (asked.isNegative()) {
            throw new RuleViolation("tandem.customer.creditLimit.negative");
        }
        if (!asked.equals(current) && !maySetCreditLimits()) {
            throw new RuleViolation("tandem.customer.creditLimit.managersOnly");
        }
        return asked;
    }

    private static void describe(Customer customer, CustomerDetails details) {
        customer.describe(details.name(), details.kind(), details.address(), details.phone(), details.customerGroup(),
                details.channel(), details.paymentTermsDays(), details.status());
    }

    private static void requireContact(Customer customer, long contactId) {
        if (customer.getContacts().stream().noneMatch(c -> c.getId() != null && c.getId() == contactId)) {
            throw new RuleViolation("tandem.customer.contactNotFound", contactId);
        }
    }

    /** Contacts are part of the customer: a change to them is a new version of the customer. */
    private Customer changedContacts(Customer customer) {
        em.lock(customer, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return customer;
    }

    private static <E extends Enum<E>> Predicate equal(CriteriaBuilder cb, Expression<?> path, Class<E> type, Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return cb.equal(path, type.isInstance(value) ? type.cast(value) : Enum.valueOf(type, value.toString()));
    }
}
