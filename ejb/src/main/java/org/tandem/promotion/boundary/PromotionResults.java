package org.tandem.promotion.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.entity.Customer;
import org.tandem.order.entity.OrderStatus;
import org.tandem.organization.entity.Role;
import org.tandem.promotion.control.PromotionScope;
import org.tandem.promotion.entity.PromotionRequest;
import org.tandem.promotion.entity.PromotionStatus;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Expected against actual, per promotion request and per campaign (the sum of its requests that were approved,
 * cancelled ones included for the days they ran). Actual sales are read from sales orders at the time asked.
 */
@Stateless
@RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.MARKETING, Role.Names.MARKETING_MANAGER,
        Role.Names.GENERAL_MANAGER})
public class PromotionResults {

    /** Orders that count as sold: confirmed or further, not drafts, not cancelled. */
    private static final Set<OrderStatus> NOT_SOLD = Set.of(OrderStatus.DRAFT, OrderStatus.CANCELLED);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    /** One request's figures; one out of the caller's sight is refused as missing. */
    public PromotionResult forRequest(long requestId) {
        return of(PromotionScope.of(em, session).request(requestId));
    }

    /** The sum over a campaign's requests that were approved (and those cancelled after approval). */
    @RolesAllowed({Role.Names.SALES_MANAGER, Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public PromotionResult forCampaign(long campaignId) {
        List<PromotionRequest> requests = em.createQuery("select r from PromotionRequest r where r.campaign.id = :campaign "
                        + "and r.committed > 0 and r.status in :statuses", PromotionRequest.class)
                .setParameter("campaign", campaignId)
                .setParameter("statuses", Set.of(PromotionStatus.APPROVED, PromotionStatus.CANCELLED))
                .getResultList();
        PromotionResult sum = new PromotionResult(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, true, true);
        for (PromotionRequest request : requests) {
            sum = sum.plus(of(request));
        }
        return sum;
    }

    private PromotionResult of(PromotionRequest request) {
        LocalDate today = LocalDate.now(clock);
        // a cancelled promotion ran until the day before it was cancelled
        LocalDate thru = request.getCancelledOn() != null && request.getCancelledOn().isBefore(request.getThruDate())
                ? request.getCancelledOn().minusDays(1) : request.getThruDate();
        Object[] sold = sold(request, thru);
        return new PromotionResult(1, request.getExpectedQuantity(), (BigDecimal) sold[0], (BigDecimal) sold[1],
                (BigDecimal) sold[2], request.getCommitted().subtract(request.getReleased()),
                ((Number) sold[3]).longValue() == 0, today.isAfter(thru));
    }

    private Object[] sold(PromotionRequest request, LocalDate thru) {
        boolean byBrand = request.getProducts().isEmpty();
        TypedQuery<Object[]> query = em.createQuery("select coalesce(sum(l.quantity), 0), coalesce(sum(l.price.lineNet), 0), "
                        + "coalesce(sum(l.quantity * p.standardCost), 0), "
                        + "coalesce(sum(case when p.standardCost is null then 1 else 0 end), 0) "
                        + "from SalesOrderLine l join l.order o join l.product p "
                        + "where o.customer.id in :customers and o.status not in :notSold "
                        + "and o.orderedOn >= :from and o.orderedOn <= :thru and "
                        + (byBrand ? "p.brand.id = :brand" : "p.id in :products"), Object[].class)
                .setParameter("customers", request.getCustomers().stream().map(Customer::getId).toList())
                .setParameter("notSold", NOT_SOLD)
                .setParameter("from", request.getFromDate())
                .setParameter("thru", thru);
        if (byBrand) {
            query.setParameter("brand", request.getBrand().getId());
        } else {
            query.setParameter("products", request.getProducts().stream().map(Product::getId).toList());
        }
        Object[] row = query.getSingleResult();
        return new Object[]{decimal(row[0]), decimal(row[1]), decimal(row[2]), row[3]};
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
