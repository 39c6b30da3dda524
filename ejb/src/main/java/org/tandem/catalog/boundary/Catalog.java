package org.tandem.catalog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tandem.organization.entity.Role;

import java.util.List;

/** What the company sells: brands and their products. Marketing owns it; sales and finance read it. */
@Stateless
@RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.SALES_REP, Role.Names.SALES_MANAGER,
        Role.Names.FINANCE, Role.Names.GENERAL_MANAGER})
public class Catalog {

    @PersistenceContext
    EntityManager em;

    public List<BrandSummary> brands() {
        return em.createQuery("select new org.tandem.catalog.boundary.BrandSummary(b.code, b.name, b.category, count(p)) "
                        + "from Brand b left join Product p on p.brand = b and p.active = true "
                        + "group by b.code, b.name, b.category order by b.code", BrandSummary.class)
                .getResultList();
    }
}
