package org.tandem.order.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.catalog.control.Products;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.control.CustomerScope;
import org.tandem.customer.entity.Customer;
import org.tandem.order.control.CreditCheck;
import org.tandem.order.entity.OrderStatus;
import org.tandem.order.entity.SalesOrder;
import org.tandem.order.entity.SalesOrderLine;
import org.tandem.organization.entity.Role;
import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.pricing.boundary.PricedLine;
import org.tandem.pricing.control.DiscountAuthority;
import org.tandem.pricing.control.PriceBook;
import org.tandem.pricing.entity.LinePrice;
import org.tandem.quotation.entity.Quotation;
import org.tandem.quotation.entity.QuotationLine;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.control.Queries;
import org.tandem.shared.control.Versions;
import org.tandem.shared.entity.Texts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Order processing: sales orders created directly or from an accepted quotation, priced by the pricing service,
 * confirmed against the customer's credit (over it, or with a discount beyond the author's authority, the order
 * waits for a sales manager), approved or sent back, and cancelled while nothing is planned for delivery.
 */
@Stateless
@RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER})
public class OrderProcessing {

    private static final Map<String, String> SORTS = Map.of("number", "number", "customer", "customer.name",
            "orderedOn", "orderedOn", "status", "status", "grossTotal", "grossTotal", "createdBy", "createdBy");

    /** What a row of the list shows of its customer, and what loading a customer loads with it. */
    private static final List<String> ROW_CUSTOMERS = List.of("customer", "customer.territory",
            "customer.territory.parent", "customer.territory.parent.parent", "customer.owner", "customer.owner.roles");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    DiscountAuthority authority;

    Clock clock = Clock.systemDefaultZone();

    /**
     * The orders of the caller's customers, a page at a time. Filters: {@code number}, {@code customer} (code or
     * name contains), {@code status} (an {@link OrderStatus}), {@code createdBy}.
     */
    @RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.GENERAL_MANAGER, Role.Names.FINANCE})
    public Page<SalesOrder> find(@NotNull PageRequest request) {
        CustomerScope scope = CustomerScope.of(em, session);
        String customer = request.text("customer");
        String status = request.text("status");
        return Queries.page(em, SalesOrder.class, request, (cb, o) -> Queries.present(
                scope.restrict(o.get("customer")),
                Queries.contains(cb, o.get("number"), request.text("number")),
                Queries.codeOrName(cb, o.get("customer"), customer),
                status == null ? null : cb.equal(o.get("status"), OrderStatus.valueOf(status)),
                Queries.contains(cb, o.get("createdBy"), request.text("createdBy"))),
                SORTS, "number", ROW_CUSTOMERS);
    }

    /** One order with its lines. */
    @RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.GENERAL_MANAGER, Role.Names.FINANCE})
    public SalesOrder order(long id) {
        SalesOrder order = visible(id);
        order.getLines().size();
        return order;
    }

    /** The customer's credit exposure now, as the confirmation checks it. */
    @RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.GENERAL_MANAGER, Role.Names.FINANCE})
    public CreditCheck.Exposure exposure(long orderId) {
        return CreditCheck.of(em, visible(orderId).getCustomer());
    }

    /** A draft order for a customer the caller sees, every line priced today. */
    public SalesOrder create(long customerId, @Size(max = 40) String customerReference, LocalDate requestedOn,
                             @NotEmpty @Size(max = PriceInquiry.MAX_LINES) List<PriceInquiry.@NotNull @Valid Line> lines) {
        Customer customer = CustomerScope.of(em, session).customer(customerId).requireActive();
        LocalDate today = LocalDate.now(clock);
        // every query before the order is persisted: a query after it would flush the order without its lines,
        // and the totals would cost an update
        List<PricedLine> priced = price(customer, today, lines);
        Map<Long, Product> products = Products.byId(em, priced.stream().map(PricedLine::productId).toList());
        SalesOrder order = newOrder(customer, null, customerReference, requestedOn);
        for (PricedLine line : priced) {
            order.addLine(products.get(line.productId()), line.quantity(), LinePrice.of(line), null);
        }
        return order;
    }

    /**
     * A draft order of some lines of an accepted quotation, at the quotation's prices; {@code quantities} maps
     * quotation line ids to the quantity ordered, never more than is still open on the line.
     */
    public SalesOrder createFromQuotation(long quotationId, long expectedVersion, @Size(max = 40) String customerReference,
                                          @NotEmpty Map<@NotNull Long, @NotNull BigDecimal> quantities) {
        Quotation quotation = CustomerScope.of(em, session).document(Quotation.class, quotationId,
                Quotation::getCustomer, "tandem.quotation.notFound");
        Versions.require(quotation.getVersion(), expectedVersion, quotation.getNumber());
        Customer customer = quotation.getCustomer().requireActive();
        SalesOrder order = newOrder(customer, quotation, customerReference, null);
        for (QuotationLine line : quotation.getLines()) {
            BigDecimal quantity = quantities.get(line.getId());
            if (quantity == null) {
                continue;
            }
            order.addFromQuotation(line.getId(), quantity);
        }
        if (order.getLines().size() != quantities.size()) {
            throw new RuleViolation("tandem.quotation.lineNotFound", quotation.getNumber(), quantities.keySet());
        }
        em.lock(quotation, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return order;
    }

    public SalesOrder describe(long id, long expectedVersion, @Size(max = 40) String customerReference,
                               LocalDate requestedOn) {
        SalesOrder order = visibleVersion(id, expectedVersion);
        order.describe(Texts.blankToNull(customerReference), requestedOn);
        em.flush();
        return order;
    }

    /** Adds a line to a draft, priced today. */
    public SalesOrder addLine(long id, long expectedVersion, @NotNull @Valid PriceInquiry.Line line) {
        SalesOrder order = visibleVersion(id, expectedVersion);
        PricedLine priced = price(order.getCustomer(), LocalDate.now(clock), List.of(line)).get(0);
        order.addLine(em.find(Product.class, priced.productId()), priced.quantity(), LinePrice.of(priced), null);
        return changedLines(order);
    }

    /** Changes one line of a draft, priced again today; the other lines keep their prices. */
    public SalesOrder changeLine(long id, long expectedVersion, long lineId, @NotNull @Valid PriceInquiry.Line line) {
        SalesOrder order = visibleVersion(id, expectedVersion);
        SalesOrderLine changed = order.line(lineId);
        if (changed.getProduct().getId() != line.productId()) {
            throw new RuleViolation("tandem.order.productChanged", order.getNumber(), changed.getLineNo());
        }
        PricedLine priced = price(order.getCustomer(), LocalDate.now(clock), List.of(line)).get(0);
        order.changeLine(lineId, priced.quantity(), LinePrice.of(priced));
        return changedLines(order);
    }

    public SalesOrder removeLine(long id, long expectedVersion, long lineId) {
        SalesOrder order = visibleVersion(id, expectedVersion);
        order.removeLine(lineId);
        return changedLines(order);
    }

    /**
     * Confirms a draft: within the customer's credit and the author's discount authority it is confirmed at once,
     * otherwise it waits for a sales manager's approval. The order's status says which.
     */
    public SalesOrder confirm(long id, long expectedVersion) {
        SalesOrder order = visibleVersion(id, expectedVersion);
        Customer customer = order.getCustomer().requireActive();
        withLineProducts(order);
        order.confirm(CreditCheck.of(em, customer).overLimitNote(order.getGrossTotal()));
        em.flush();
        return order;
    }

    /** The held orders of the manager's customers, oldest first. */
    @RolesAllowed({Role.Names.SALES_MANAGER, Role.Names.GENERAL_MANAGER})
    public Page<SalesOrder> awaitingApproval(@NotNull PageRequest request) {
        CustomerScope scope = CustomerScope.of(em, session);
        return Queries.page(em, SalesOrder.class, request, (cb, o) -> Queries.present(
                scope.restrict(o.get("customer")),
                cb.equal(o.get("status"), OrderStatus.AWAITING_APPROVAL)), SORTS, "number");
    }

    @RolesAllowed(Role.Names.SALES_MANAGER)
    public SalesOrder approve(long id, long expectedVersion) {
        SalesOrder order = visibleVersion(id, expectedVersion);
        order.approve(caller(), OffsetDateTime.now(clock));
        em.flush();
        return order;
    }

    /** Sends a held order back to its author as a draft, with the manager's reason. */
    @RolesAllowed(Role.Names.SALES_MANAGER)
    public SalesOrder sendBack(long id, long expectedVersion, @NotNull @Size(min = 1, max = 300) String reason) {
        SalesOrder order = visibleVersion(id, expectedVersion);
        order.sendBack(caller(), OffsetDateTime.now(clock), reason.trim());
        em.flush();
        return order;
    }

    public SalesOrder cancel(long id, long expectedVersion, @NotNull @Size(min = 1, max = 300) String reason) {
        SalesOrder order = visibleVersion(id, expectedVersion);
        order.cancel(reason.trim());
        em.flush();
        return order;
    }

    private SalesOrder newOrder(Customer customer, Quotation quotation, String customerReference, LocalDate requestedOn) {
        SalesOrder order = new SalesOrder(customer, quotation, Texts.blankToNull(customerReference), caller(),
                OffsetDateTime.now(clock), LocalDate.now(clock), requestedOn, customer.getCreditLimit().getCurrency());
        em.persist(order);
        order.assignNumber();
        return order;
    }

    private List<PricedLine> price(Customer customer, LocalDate date, List<PriceInquiry.Line> lines) {
        return new PriceBook(em).price(PriceInquiry.forCustomer(customer, date, lines),
                authority.of(session::isCallerInRole));
    }

    /**
     * Reads the products of the order's lines, with their brands, in one query before the lines, so that loading
     * the lines finds them in the persistence context instead of reading each on its own.
     */
    private void withLineProducts(SalesOrder order) {
        em.createQuery("select p from Product p join fetch p.brand where p.id in "
                        + "(select l.product.id from SalesOrderLine l where l.order = :order)", Product.class)
                .setParameter("order", order).getResultList();
    }

    /** Lines are part of the order: a change to them is a new version of the order. */
    private SalesOrder changedLines(SalesOrder order) {
        em.lock(order, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return order;
    }

    private SalesOrder visible(long id) {
        return CustomerScope.of(em, session).document(SalesOrder.class, id, SalesOrder::getCustomer,
                "tandem.order.notFound");
    }

    private SalesOrder visibleVersion(long id, long expectedVersion) {
        SalesOrder order = visible(id);
        Versions.require(order.getVersion(), expectedVersion, order.getNumber());
        return order;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
