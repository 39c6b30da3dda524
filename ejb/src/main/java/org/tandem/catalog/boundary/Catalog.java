package org.tandem.catalog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import org.tandem.catalog.entity.Product;
import org.tandem.organization.entity.Role;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;

import java.util.Collection;
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

    /**
     * Products on sale by SKU, a page at a time. Filter: {@code text}, contained in the SKU or the name.
     * JPQL rather than a criteria query: EclipseLink binds a criteria boolean as 1, which H2 will not compare.
     */
    public Page<Product> findProducts(@NotNull PageRequest request) {
        String text = request.text("text");
        String where = " from Product p where p.active = true"
                + (text == null ? "" : " and (lower(p.sku) like :text or lower(p.name) like :text)");
        TypedQuery<Long> count = em.createQuery("select count(p)" + where, Long.class);
        TypedQuery<Product> rows = em.createQuery("select p" + where + " order by p.sku", Product.class);
        if (text != null) {
            String pattern = "%" + text.toLowerCase() + "%";
            count.setParameter("text", pattern);
            rows.setParameter("text", pattern);
        }
        return new Page<>(rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList(),
                count.getSingleResult());
    }

    /** The products with these ids, sold or not, for screens that show what a rule or a line refers to. */
    public List<Product> products(@NotNull Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : em.createQuery("select p from Product p where p.id in :ids order by p.sku", Product.class)
                .setParameter("ids", ids).getResultList();
    }
}
