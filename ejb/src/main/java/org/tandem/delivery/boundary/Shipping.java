package org.tandem.delivery.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.tandem.customer.control.CustomerScope;
import org.tandem.delivery.entity.Delivery;
import org.tandem.delivery.entity.DeliveryStatus;
import org.tandem.order.entity.OrderStatus;
import org.tandem.order.entity.SalesOrder;
import org.tandem.order.entity.SalesOrderLine;
import org.tandem.organization.entity.Role;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.control.Queries;
import org.tandem.shared.control.Versions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Deliveries of confirmed orders: planned by line quantities (never beyond what is still open on the order),
 * changed while planned, shipped (the goods issue, after which the order is partly delivered or delivered) or
 * cancelled. The sales office does this work; finance and the general manager read it.
 */
@Stateless
@RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER})
public class Shipping {

    private static final Map<String, String> SORTS = Map.of("number", "number", "order", "order.number",
            "customer", "customer.name", "plannedOn", "plannedOn", "status", "status", "shippedAt", "shippedAt");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    /**
     * Deliveries of the caller's customers. Filters: {@code number}, {@code order} (order number contains),
     * {@code customer} (code or name contains), {@code status} (a {@link DeliveryStatus}).
     */
    @RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.GENERAL_MANAGER, Role.Names.FINANCE})
    public Page<Delivery> find(@NotNull PageRequest request) {
        CustomerScope scope = CustomerScope.of(em, session);
        String customer = request.text("customer");
        String status = request.text("status");
        return Queries.page(em, Delivery.class, request, (cb, d) -> Queries.present(
                scope.restrict(d.get("customer")),
                Queries.contains(cb, d.get("number"), request.text("number")),
                Queries.contains(cb, d.get("order").get("number"), request.text("order")),
                Queries.codeOrName(cb, d.get("customer"), customer),
                status == null ? null : cb.equal(d.get("status"), DeliveryStatus.valueOf(status))),
                SORTS, "number");
    }

    /** Confirmed orders with quantities not yet planned onto a delivery. */
    public Page<SalesOrder> ordersToDeliver(@NotNull PageRequest request) {
        CustomerScope scope = CustomerScope.of(em, session);
        String customer = request.text("customer");
        return Queries.page(em, SalesOrder.class, request, (Queries.SubqueryFilters<SalesOrder>) (cb, query, o) -> {
            Subquery<Long> sub = query.subquery(Long.class);
            Root<SalesOrderLine> line = sub.from(SalesOrderLine.class);
            sub.select(line.get("id")).where(cb.equal(line.get("order"), o),
                    cb.lessThan(line.get("scheduledQuantity"), line.get("quantity")));
            return Queries.present(scope.restrict(o.get("customer")),
                    o.get("status").in(OrderStatus.CONFIRMED, OrderStatus.PARTLY_DELIVERED),
                    cb.exists(sub),
                    Queries.contains(cb, o.get("number"), request.text("number")),
                    Queries.codeOrName(cb, o.get("customer"), customer));
        }, Map.of("number", "number", "customer", "customer.name", "orderedOn", "orderedOn",
                "requestedOn", "requestedOn"), "number");
    }

    @RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.GENERAL_MANAGER, Role.Names.FINANCE})
    public Delivery delivery(long id) {
        Delivery delivery = visible(id);
        delivery.getLines().size();
        return delivery;
    }

    /** Plans a delivery of a confirmed order: each quantity against an order line's id. */
    public Delivery plan(long orderId, long expectedOrderVersion, @NotNull LocalDate plannedOn,
                         @NotEmpty List<@NotNull @Valid DeliveryQuantity> quantities) {
        SalesOrder order = CustomerScope.of(em, session).document(SalesOrder.class, orderId, SalesOrder::getCustomer,
                "tandem.order.notFound");
        Versions.require(order.getVersion(), expectedOrderVersion, order.getNumber());
        Delivery delivery = new Delivery(order, plannedOn, caller(), OffsetDateTime.now(clock));
        for (DeliveryQuantity quantity : quantities) {
            delivery.plan(quantity.lineId(), quantity.quantity());
        }
        em.persist(delivery);
        delivery.assignNumber();
        // the order's lines changed: concurrent plans of the same order are told, not summed blindly
        em.lock(order, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return delivery;
    }

    /** Changes planned quantities, each against a delivery line's id; zero takes a line off. */
    public Delivery change(long id, long expectedVersion, @NotEmpty List<@NotNull @Valid DeliveryQuantity> quantities) {
        Delivery delivery = visibleVersion(id, expectedVersion);
        for (DeliveryQuantity quantity : quantities) {
            delivery.change(quantity.lineId(), quantity.quantity());
        }
        if (delivery.getLines().isEmpty()) {
            throw new RuleViolation("tandem.document.noLines", delivery.getNumber());
        }
        return changed(delivery);
    }

    /** Posts the goods issue. */
    public Delivery ship(long id, long expectedVersion) {
        Delivery delivery = visibleVersion(id, expectedVersion);
        delivery.ship(caller(), OffsetDateTime.now(clock));
        return changed(delivery);
    }

    public Delivery cancel(long id, long expectedVersion) {
        Delivery delivery = visibleVersion(id, expectedVersion);
        delivery.cancel();
        return changed(delivery);
    }

    private Delivery changed(Delivery delivery) {
        em.lock(delivery, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.lock(delivery.getOrder(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return delivery;
    }

    private Delivery visible(long id) {
        return CustomerScope.of(em, session).document(Delivery.class, id, Delivery::getCustomer,
                "tandem.delivery.notFound");
    }

    private Delivery visibleVersion(long id, long expectedVersion) {
        Delivery delivery = visible(id);
        Versions.require(delivery.getVersion(), expectedVersion, delivery.getNumber());
        return delivery;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
