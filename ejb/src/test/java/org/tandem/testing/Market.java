package org.tandem.testing;

import jakarta.persistence.EntityManager;
import org.tandem.catalog.entity.Brand;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.entity.Channel;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.customer.entity.CustomerStatus;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.TerritoryLevel;
import org.tandem.organization.entity.UserAccount;
import org.tandem.pricing.entity.PriceList;
import org.tandem.pricing.entity.PriceListEntry;
import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * A small market for marketing's tests: two regions (EAST › SH › PD, MH; NORTH › BJ › CY), the rep "wei" in PD,
 * one brand with one product at 100.00 net on a list from 2025, and customers made to order.
 */
public final class Market {

    public static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 1, 2, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    public Territory east;
    public Territory shanghai;
    public Territory pudong;
    public Territory minhang;
    public Territory north;
    public Territory beijing;
    public Territory chaoyang;
    public UserAccount rep;
    public UserAccount planner;
    public Brand brand;
    public Product product;
    public PriceList list;

    private final EntityManager em;

    private Market(EntityManager em) {
        this.em = em;
    }

    public static Market build(EntityManager em) {
        Market m = new Market(em);
        m.rep = new UserAccount("wei", "wei", "hash", Set.of(Role.SALES_REP), CREATED);
        m.planner = new UserAccount("mei", "mei", "hash", Set.of(Role.MARKETING), CREATED);
        em.persist(m.rep);
        em.persist(m.planner);
        m.east = territory(em, "EAST", TerritoryLevel.REGION, null);
        m.shanghai = territory(em, "SH", TerritoryLevel.AREA, m.east);
        m.pudong = territory(em, "PD", TerritoryLevel.TERRITORY, m.shanghai);
        m.pudong.assignMembers(Set.of(m.rep));
        m.minhang = territory(em, "MH", TerritoryLevel.TERRITORY, m.shanghai);
        m.north = territory(em, "NORTH", TerritoryLevel.REGION, null);
        m.beijing = territory(em, "BJ", TerritoryLevel.AREA, m.north);
        m.chaoyang = territory(em, "CY", TerritoryLevel.TERRITORY, m.beijing);
        m.brand = new Brand("HX", "红星", "BAIJIU");
        em.persist(m.brand);
        m.product = new Product("HX-500", "红星 500ml", m.brand, "BTL", 6, null, new BigDecimal("0.13"));
        em.persist(m.product);
        m.list = new PriceList("BASE", "Base", "CNY", LocalDate.of(2025, 1, 1));
        em.persist(m.list);
        em.persist(new PriceListEntry(m.list, m.product, new BigDecimal("100.00"), null, null));
        em.flush();
        return m;
    }

    private static Territory territory(EntityManager em, String code, TerritoryLevel level, Territory parent) {
        Territory t = new Territory(code, code, level, parent);
        em.persist(t);
        return t;
    }

    /** A customer of the kind in the territory, selling through {@code channel}, in {@code group} (or none). */
    public Customer customer(String code, CustomerKind kind, Territory territory, Channel channel, String group) {
        Customer c = new Customer(code, code, kind, territory, rep, null, Money.of("1000000", "CNY"));
        c.describe(code, kind, null, null, group, channel, Customer.DEFAULT_PAYMENT_TERMS_DAYS, CustomerStatus.ACTIVE);
        em.persist(c);
        em.flush();
        return c;
    }

    /** An invoice row of {@code net} in {@code status}, dated {@code on}: only its header matters to revenue. */
    public void invoice(Customer customer, String status, LocalDate on, String net) {
        long id = ((Number) em.createNativeQuery("select coalesce(max(id), 900000) + 1 from invoice").getSingleResult())
                .longValue();
        em.createNativeQuery("insert into invoice (id, number, customer_id, status, currency, created_by, created_at, "
                        + "invoice_date, due_date, net_total, vat_total, gross_total, paid_amount, credited_amount, version) "
                        + "values (?, ?, ?, ?, 'CNY', 'finance', ?, ?, ?, ?, 0, ?, 0, 0, 1)")
                .setParameter(1, id)
                .setParameter(2, "DRAFT".equals(status) ? null : "INV-T-" + id)
                .setParameter(3, customer.getId())
                .setParameter(4, status)
                .setParameter(5, CREATED)
                .setParameter(6, "DRAFT".equals(status) ? null : on)
                .setParameter(7, "DRAFT".equals(status) ? null : on.plusDays(30))
                .setParameter(8, new BigDecimal(net))
                .setParameter(9, new BigDecimal(net))
                .executeUpdate();
    }
}
