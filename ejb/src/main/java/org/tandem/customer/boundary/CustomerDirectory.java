package org.tandem.customer.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.organization.entity.Role;

import java.util.List;

/**
 * Who the sales force sells to. A sales rep sees the customers of the territories they work in; a sales
 * manager assigned to an area or region sees every territory below it; the general manager sees all.
 * The rule lives in the queries, so no screen can show more than the caller may see.
 */
@Stateless
@RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.GENERAL_MANAGER})
public class CustomerDirectory {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** The caller's customers counted by kind, every kind listed even at zero. */
    public List<CustomerCount> visibleCustomersByKind() {
        List<Object[]> rows = session.isCallerInRole(Role.Names.GENERAL_MANAGER)
                ? em.createQuery("select c.kind, count(c) from Customer c group by c.kind", Object[].class).getResultList()
                : em.createQuery("select c.kind, count(c) from Customer c where c.territory.id in :territories "
                        + "group by c.kind", Object[].class)
                .setParameter("territories", visibleTerritoryIds()).getResultList();
        return java.util.Arrays.stream(CustomerKind.values())
                .map(kind -> new CustomerCount(kind, rows.stream().filter(r -> r[0] == kind)
                        .mapToLong(r -> ((Number) r[1]).longValue()).sum()))
                .toList();
    }

    /** Ids of the territories the caller works in and of every territory below them. */
    List<Long> visibleTerritoryIds() {
        // outer joins: a region has no parent, and "t.parent.parent" alone would drop regions and areas
        List<Long> ids = em.createQuery("select t.id from Territory t left join t.parent p left join p.parent pp, "
                        + "Territory mine join mine.members m "
                        + "where m.username = :me and (t = mine or p = mine or pp = mine)", Long.class)
                .setParameter("me", session.getCallerPrincipal().getName())
                .getResultList();
        // an IN over an empty list is not valid SQL everywhere; -1 is no id
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
