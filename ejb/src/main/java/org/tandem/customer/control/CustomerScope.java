package org.tandem.customer.control;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import org.tandem.customer.entity.Customer;
import org.tandem.organization.entity.Role;
import org.tandem.shared.boundary.RuleViolation;

import java.util.List;
import java.util.function.Function;

/**
 * Which customers the caller may see, and so which documents: a sales rep the customers of the territories they
 * work in, a sales manager everything below the area or region they are assigned to, the general manager and
 * finance every customer. Every query over customers or their documents is narrowed here, and a customer out of
 * sight is refused exactly like one that does not exist.
 */
public final class CustomerScope {

    private final EntityManager em;
    private final SessionContext session;
    private List<Long> territoryIds;

    private CustomerScope(EntityManager em, SessionContext session) {
        this.em = em;
        this.session = session;
    }

    public static CustomerScope of(EntityManager em, SessionContext session) {
        return new CustomerScope(em, session);
    }

    public boolean seesEverything() {
        return session.isCallerInRole(Role.Names.GENERAL_MANAGER) || session.isCallerInRole(Role.Names.FINANCE);
    }

    /** Ids of the territories the caller works in and of every territory below them; read once per scope. */
    public List<Long> territoryIds() {
        if (territoryIds == null) {
            // outer joins: a region has no parent, and "t.parent.parent" alone would drop regions and areas
            List<Long> ids = em.createQuery("select t.id from Territory t left join t.parent p left join p.parent pp, "
                            + "Territory mine join mine.members m "
                            + "where m.username = :me and (t = mine or p = mine or pp = mine)", Long.class)
                    .setParameter("me", session.getCallerPrincipal().getName())
                    .getResultList();
            // an IN over an empty list is not valid SQL everywhere; -1 is no id
            territoryIds = ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
        }
        return territoryIds;
    }

    /** The restriction on a query over customers (or a document's customer); null when the caller sees all. */
    public Predicate restrict(Path<Customer> customer) {
        return seesEverything() ? null : customer.get("territory").get("id").in(territoryIds());
    }

    public boolean sees(Customer customer) {
        return seesEverything() || territoryIds().contains(customer.getTerritory().getId());
    }

    /** The customer, if the caller may see it; otherwise refused as if it did not exist. */
    public Customer customer(long id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null || !sees(customer)) {
            throw new RuleViolation("tandem.customer.notVisible", id);
        }
        return customer;
    }

    /** A document of a customer the caller may see; otherwise refused with {@code missingKey}, as if it did not exist. */
    public <T> T document(Class<T> type, long id, Function<T, Customer> customerOf, String missingKey) {
        T document = em.find(type, id);
        if (document == null || !sees(customerOf.apply(document))) {
            throw new RuleViolation(missingKey, id);
        }
        return document;
    }
}
