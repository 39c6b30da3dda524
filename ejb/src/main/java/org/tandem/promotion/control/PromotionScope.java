package org.tandem.promotion.control;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.tandem.customer.control.CustomerScope;
import org.tandem.customer.entity.Customer;
import org.tandem.organization.entity.Role;
import org.tandem.promotion.entity.PromotionRequest;
import org.tandem.shared.boundary.RuleViolation;

/**
 * Which promotion requests the caller sees: a sales rep those they filed, a sales manager those for a customer of
 * their area, marketing and the general manager all. One out of sight is refused like one that does not exist.
 */
public final class PromotionScope {

    private final EntityManager em;
    private final SessionContext session;
    private final CustomerScope customers;

    private PromotionScope(EntityManager em, SessionContext session) {
        this.em = em;
        this.session = session;
        this.customers = CustomerScope.of(em, session);
    }

    public static PromotionScope of(EntityManager em, SessionContext session) {
        return new PromotionScope(em, session);
    }

    private boolean seesAll() {
        return session.isCallerInRole(Role.Names.MARKETING) || session.isCallerInRole(Role.Names.MARKETING_MANAGER)
                || session.isCallerInRole(Role.Names.GENERAL_MANAGER);
    }

    private boolean isManager() {
        return session.isCallerInRole(Role.Names.SALES_MANAGER);
    }

    /** The restriction on a query over requests; null when the caller sees all. */
    public Predicate restrict(CriteriaBuilder cb, AbstractQuery<?> query, Root<PromotionRequest> request) {
        if (seesAll()) {
            return null;
        }
        if (isManager()) {
            Subquery<Long> inArea = query.subquery(Long.class);
            Root<PromotionRequest> same = inArea.from(PromotionRequest.class);
            Join<PromotionRequest, Customer> customer = same.join("customers");
            inArea.select(same.get("id")).where(cb.equal(same, request),
                    customer.get("territory").get("id").in(customers.territoryIds()));
            return cb.exists(inArea);
        }
        return cb.equal(request.get("filedBy"), caller());
    }

    public boolean sees(PromotionRequest request) {
        if (seesAll()) {
            return true;
        }
        if (isManager()) {
            return request.getCustomers().stream().anyMatch(customers::sees);
        }
        return request.getFiledBy().equals(caller());
    }

    /** @throws RuleViolation {@code tandem.promotion.notFound} when missing or out of sight */
    public PromotionRequest request(long id) {
        PromotionRequest request = em.find(PromotionRequest.class, id);
        if (request == null || !sees(request)) {
            throw new RuleViolation("tandem.promotion.notFound", id);
        }
        return request;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
