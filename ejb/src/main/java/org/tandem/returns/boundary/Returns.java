package org.tandem.returns.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.customer.control.CustomerScope;
import org.tandem.delivery.entity.Delivery;
import org.tandem.organization.entity.Role;
import org.tandem.returns.entity.CustomerReturn;
import org.tandem.returns.entity.ReturnStatus;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.control.Queries;
import org.tandem.shared.control.Versions;
import org.tandem.shared.entity.Texts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Returns from the caller's customers against shipped deliveries: requested with a reason per line (never more
 * than delivered minus already returned), then received, after which finance issues the credit note, or rejected.
 */
@Stateless
@RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER})
public class Returns {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    /** Filters: {@code number}, {@code delivery} (number contains), {@code customer}, {@code status}. */
    @RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.GENERAL_MANAGER, Role.Names.FINANCE})
    public Page<CustomerReturn> find(@NotNull PageRequest request) {
        CustomerScope scope = CustomerScope.of(em, session);
        String customer = request.text("customer");
        String status = request.text("status");
        return Queries.page(em, CustomerReturn.class, request, (cb, r) -> Queries.present(
                scope.restrict(r.get("customer")),
                Queries.contains(cb, r.get("number"), request.text("number")),
                Queries.contains(cb, r.get("delivery").get("number"), request.text("delivery")),
                Queries.codeOrName(cb, r.get("customer"), customer),
                status == null ? null : cb.equal(r.get("status"), ReturnStatus.valueOf(status))),
                Map.of("number", "number", "customer", "customer.name", "delivery", "delivery.number",
                        "status", "status", "createdAt", "createdAt"), "number");
    }

    @RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.GENERAL_MANAGER, Role.Names.FINANCE})
    public CustomerReturn customerReturn(long id) {
        CustomerReturn customerReturn = visible(id);
        customerReturn.getLines().size();
        return customerReturn;
    }

    /** A return of some lines of a shipped delivery. */
    public CustomerReturn request(long deliveryId, @Size(max = 300) String note,
                                  @NotEmpty List<@NotNull @Valid ReturnQuantity> quantities) {
        Delivery delivery = CustomerScope.of(em, session).document(Delivery.class, deliveryId, Delivery::getCustomer,
                "tandem.delivery.notFound");
        CustomerReturn customerReturn = new CustomerReturn(delivery, Texts.blankToNull(note),
                session.getCallerPrincipal().getName(), OffsetDateTime.now(clock));
        for (ReturnQuantity quantity : quantities) {
            customerReturn.add(quantity.deliveryLineId(), quantity.quantity(), quantity.reason());
        }
        em.persist(customerReturn);
        customerReturn.assignNumber(LocalDate.now(clock));
        // returned quantities live on the delivery's lines: two returns of one delivery at once must not both pass
        em.lock(delivery, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return customerReturn;
    }

    /** The goods are back in the warehouse; finance credits them next. */
    public CustomerReturn receive(long id, long expectedVersion) {
        CustomerReturn customerReturn = visibleVersion(id, expectedVersion);
        customerReturn.receive(session.getCallerPrincipal().getName(), OffsetDateTime.now(clock));
        em.flush();
        return customerReturn;
    }

    public CustomerReturn reject(long id, long expectedVersion) {
        CustomerReturn customerReturn = visibleVersion(id, expectedVersion);
        customerReturn.reject(session.getCallerPrincipal().getName(), OffsetDateTime.now(clock));
        em.lock(customerReturn.getDelivery(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return customerReturn;
    }

    private CustomerReturn visible(long id) {
        return CustomerScope.of(em, session).document(CustomerReturn.class, id, CustomerReturn::getCustomer,
                "tandem.return.notFound");
    }

    private CustomerReturn visibleVersion(long id, long expectedVersion) {
        CustomerReturn customerReturn = visible(id);
        Versions.require(customerReturn.getVersion(), expectedVersion, customerReturn.getNumber());
        return customerReturn;
    }
}
