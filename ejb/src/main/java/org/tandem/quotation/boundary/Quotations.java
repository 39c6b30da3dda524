package org.tandem.quotation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.catalog.control.Products;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.control.CustomerScope;
import org.tandem.customer.entity.Customer;
import org.tandem.organization.entity.Role;
import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.pricing.boundary.PricedLine;
import org.tandem.pricing.control.DiscountAuthority;
import org.tandem.pricing.control.PriceBook;
import org.tandem.pricing.entity.LinePrice;
import org.tandem.quotation.entity.Quotation;
import org.tandem.quotation.entity.QuotationLine;
import org.tandem.quotation.entity.QuotationStatus;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.control.Queries;
import org.tandem.shared.control.Versions;
import org.tandem.shared.entity.Texts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Quotations for the caller's customers: priced by the pricing service when written, sent, accepted or
 * rejected, and expired once past their date. An accepted quotation is ordered through {@code OrderProcessing}.
 */
@Stateless
@RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER})
public class Quotations {

    private static final Map<String, String> SORTS = Map.of("number", "number", "customer", "customer.name",
            "quotedOn", "quotedOn", "validUntil", "validUntil", "status", "status", "grossTotal", "grossTotal",
            "createdBy", "createdBy");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    DiscountAuthority authority;

    Clock clock = Clock.systemDefaultZone();

    /**
     * The caller's quotations, a page at a time, newest first unless sorted. Filters: {@code number},
     * {@code customer} (code or name contains), {@code status} (a {@link QuotationStatus}).
     */
    @RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.GENERAL_MANAGER})
    public Page<Quotation> find(@NotNull PageRequest request) {
        CustomerScope scope = CustomerScope.of(em, session);
        String customer = request.text("customer");
        String status = request.text("status");
        return Queries.page(em, Quotation.class, request, (cb, q) -> Queries.present(
                scope.restrict(q.get("customer")),
                Queries.contains(cb, q.get("number"), request.text("number")),
                Queries.codeOrName(cb, q.get("customer"), customer),
                status == null ? null : cb.equal(q.get("status"), QuotationStatus.valueOf(status))),
                SORTS, "number");
    }

    /** One quotation with its lines; one of a customer out of sight is answered as missing. */
    @RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.GENERAL_MANAGER})
    public Quotation quotation(long id) {
        Quotation quotation = visible(id);
        quotation.getLines().size();
        return quotation;
    }

    /** A new draft for a customer the caller sees, every line priced now. */
    public Quotation create(long customerId, @NotNull LocalDate validUntil, @Size(max = 500) String note,
                            @NotEmpty @Size(max = PriceInquiry.MAX_LINES) List<PriceInquiry.@NotNull @Valid Line> lines) {
        Customer customer = CustomerScope.of(em, session).customer(customerId).requireActive();
        LocalDate today = LocalDate.now(clock);
        Quotation quotation = new Quotation(customer, caller(), OffsetDateTime.now(clock), today, validUntil,
                customer.getCreditLimit().getCurrency(), Texts.blankToNull(note));
        quotation.replaceLines(priced(customer, today, lines));
        em.persist(quotation);
        quotation.assignNumber();
        return quotation;
    }

    /** Rewrites a draft: its validity, note and lines, priced again today. */
    public Quotation revise(long id, long expectedVersion, @NotNull LocalDate validUntil, @Size(max = 500) String note,
                            @NotEmpty @Size(max = PriceInquiry.MAX_LINES) List<PriceInquiry.@NotNull @Valid Line> lines) {
        Quotation quotation = visibleVersion(id, expectedVersion);
        quotation.describe(validUntil, Texts.blankToNull(note));
        quotation.replaceLines(priced(quotation.getCustomer(), LocalDate.now(clock), lines));
        em.flush();
        return quotation;
    }

    public Quotation send(long id, long expectedVersion) {
        Quotation quotation = visibleVersion(id, expectedVersion);
        quotation.send();
        em.flush();
        return quotation;
    }

    public Quotation accept(long id, long expectedVersion) {
        Quotation quotation = visibleVersion(id, expectedVersion);
        quotation.accept(LocalDate.now(clock));
        em.flush();
        return quotation;
    }

    public Quotation reject(long id, long expectedVersion) {
        Quotation quotation = visibleVersion(id, expectedVersion);
        quotation.reject();
        em.flush();
        return quotation;
    }

    private List<QuotationLine.Draft> priced(Customer customer, LocalDate date, List<PriceInquiry.Line> lines) {
        List<PricedLine> priced = new PriceBook(em).price(PriceInquiry.forCustomer(customer, date, lines),
                authority.of(session::isCallerInRole));
        Map<Long, Product> products = Products.byId(em, priced.stream().map(PricedLine::productId).toList());
        List<QuotationLine.Draft> drafts = new ArrayList<>(priced.size());
        for (PricedLine line : priced) {
            drafts.add(new QuotationLine.Draft(products.get(line.productId()), line.quantity(), LinePrice.of(line)));
        }
        return drafts;
    }

    private Quotation visible(long id) {
        return CustomerScope.of(em, session).document(Quotation.class, id, Quotation::getCustomer,
                "tandem.quotation.notFound");
    }

    private Quotation visibleVersion(long id, long expectedVersion) {
        Quotation quotation = visible(id);
        Versions.require(quotation.getVersion(), expectedVersion, quotation.getNumber());
        return quotation;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
