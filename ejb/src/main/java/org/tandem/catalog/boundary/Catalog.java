package org.tandem.catalog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.tandem.catalog.entity.Product;
import org.tandem.organization.entity.Role;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.control.Queries;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What the company sells: brands and their products. Marketing owns it; sales and finance read it. */
@Stateless
@RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.SALES_REP, Role.Names.SALES_MANAGER,
        Role.Names.FINANCE, Role.Names.GENERAL_MANAGER})
public class Catalog {

    private static final Map<String, String> PRODUCT_SORTS = Map.of("sku", "sku", "name", "name", "brand", "brand.code");

    @PersistenceContext
    EntityManager em;

    public List<BrandSummary> brands() {
        return em.createQuery("select new org.tandem.catalog.boundary.BrandSummary(b.code, b.name, b.category, count(p)) "
                        + "from Brand b left join Product p on p.brand = b and p.active = true "
                        + "group by b.code, b.name, b.category order by b.code", BrandSummary.class)
                .getResultList();
    }

    /** Products on sale, a page at a time. Filters: {@code sku}, {@code name}, {@code text} (SKU or name), all "contains". */
    public Page<Product> findProducts(@NotNull PageRequest request) {
        return Queries.page(em, Product.class, request, (cb, product) -> {
            String text = request.text("text");
            return Queries.present(
                    cb.isTrue(product.get("active")),
                    Queries.contains(cb, product.get("sku"), request.text("sku")),
                    Queries.contains(cb, product.get("name"), request.text("name")),
                    text == null ? null : cb.or(Queries.contains(cb, product.get("sku"), text),
                            Queries.contains(cb, product.get("name"), text)));
        }, PRODUCT_SORTS, "sku");
    }

    /** The products with these ids, sold or not, for screens that show what a rule or a line refers to. */
    public List<Product> products(@NotNull Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : em.createQuery("select p from Product p where p.id in :ids order by p.sku", Product.class)
                .setParameter("ids", ids).getResultList();
    }
}
