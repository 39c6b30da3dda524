package org.tandem.invoice.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.customer.control.CustomerScope;
import org.tandem.customer.entity.Customer;
import org.tandem.delivery.entity.Delivery;
import org.tandem.delivery.entity.DeliveryLine;
import org.tandem.delivery.entity.DeliveryStatus;
import org.tandem.invoice.control.GaplessNumbers;
import org.tandem.invoice.entity.CreditNote;
import org.tandem.invoice.entity.Invoice;
import org.tandem.invoice.entity.InvoiceLine;
import org.tandem.invoice.entity.InvoiceStatus;
import org.tandem.organization.entity.Role;
import org.tandem.returns.entity.CustomerReturn;
import org.tandem.returns.entity.ReturnLine;
import org.tandem.returns.entity.ReturnStatus;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.control.Queries;
import org.tandem.shared.control.Versions;
import org.tandem.shared.entity.IllegalMove;
import org.tandem.shared.entity.Texts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invoicing: shipped deliveries billed as draft invoices (one per delivery, or one per customer), drafts issued
 * under the next number of their year (no gaps), and credit notes for received returns against the invoice that
 * billed the goods. An issued invoice never changes again.
 */
@Stateless
@RolesAllowed(Role.Names.FINANCE)
public class Invoicing {

    public static final String INVOICE = "INVOICE";
    public static final String CREDIT_NOTE = "CREDIT_NOTE";

    private static final Map<String, String> SORTS = Map.of("number", "number", "customer", "customer.name",
            "invoiceDate", "invoiceDate", "dueDate", "dueDate", "status", "status", "grossTotal", "grossTotal",
            "createdAt", "createdAt");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    /** Shipped deliveries no invoice has billed yet. Filters: {@code number}, {@code customer}. */
    public Page<Delivery> deliveriesToInvoice(@NotNull PageRequest request) {
        String customer = request.text("customer");
        return Queries.page(em, Delivery.class, request, (Queries.SubqueryFilters<Delivery>) (cb, query, d) -> {
            Subquery<Long> billed = query.subquery(Long.class);
            Root<InvoiceLine> line = billed.from(InvoiceLine.class);
            billed.select(line.get("id")).where(cb.equal(line.get("deliveryLine").get("delivery"), d));
            return Queries.present(cb.equal(d.get("status"), DeliveryStatus.SHIPPED), cb.not(cb.exists(billed)),
                    Queries.contains(cb, d.get("number"), request.text("number")),
                    Queries.codeOrName(cb, d.get("customer"), customer));
        }, Map.of("number", "number", "customer", "customer.name", "shippedAt", "shippedAt"), "number");
    }

    /**
     * Draft invoices for shipped deliveries: one per delivery, or with {@code consolidate} one per customer and
     * currency. A delivery already billed is refused (and the unique key on its lines stops a race).
     */
    public List<Invoice> bill(@NotEmpty @Size(max = 500) List<@NotNull Long> deliveryIds, boolean consolidate) {
        Map<String, Invoice> drafts = new LinkedHashMap<>();
        for (Long deliveryId : deliveryIds) {
            Delivery delivery = em.find(Delivery.class, deliveryId);
            if (delivery == null) {
                throw new RuleViolation("tandem.delivery.notFound", deliveryId);
            }
            if (delivery.getStatus() != DeliveryStatus.SHIPPED) {
                throw new RuleViolation("tandem.invoice.notShipped", delivery.getNumber(), delivery.getStatus());
            }
            if (isBilled(delivery)) {
                throw new RuleViolation("tandem.invoice.alreadyBilled", delivery.getNumber());
            }
            Customer customer = delivery.getCustomer();
            String currency = delivery.getOrder().getCurrency();
            String key = consolidate ? customer.getId() + "/" + currency : "delivery/" + deliveryId;
            Invoice invoice = drafts.computeIfAbsent(key, k -> {
                Invoice draft = new Invoice(customer, currency, caller(), OffsetDateTime.now(clock));
                em.persist(draft);
                return draft;
            });
            for (DeliveryLine line : delivery.getLines()) {
                invoice.bill(line);
            }
        }
        em.flush();
        return new ArrayList<>(drafts.values());
    }

    /**
     * Invoices, a page at a time. Filters: {@code number}, {@code customer}, {@code status} (an
     * {@link InvoiceStatus}), {@code open} ("true": issued and not fully paid).
     */
    @RolesAllowed({Role.Names.FINANCE, Role.Names.GENERAL_MANAGER, Role.Names.SALES_MANAGER, Role.Names.SALES_REP})
    public Page<Invoice> find(@NotNull PageRequest request) {
        CustomerScope scope = CustomerScope.of(em, session);
        String customer = request.text("customer");
        String status = request.text("status");
        boolean open = "true".equals(request.text("open"));
        return Queries.page(em, Invoice.class, request, (cb, i) -> Queries.present(
                scope.restrict(i.get("customer")),
                Queries.contains(cb, i.get("number"), request.text("number")),
                Queries.codeOrName(cb, i.get("customer"), customer),
                status == null ? null : cb.equal(i.get("status"), InvoiceStatus.valueOf(status)),
                open ? i.get("status").in(InvoiceStatus.ISSUED, InvoiceStatus.PARTLY_PAID) : null),
                SORTS, "createdAt");
    }

    @RolesAllowed({Role.Names.FINANCE, Role.Names.GENERAL_MANAGER, Role.Names.SALES_MANAGER, Role.Names.SALES_REP})
    public Invoice invoice(long id) {
        Invoice invoice = visible(id);
        invoice.getLines().size();
        return invoice;
    }

    /** Changes the note of a draft; an issued invoice refuses. */
    public Invoice describe(long id, long expectedVersion, @Size(max = 300) String note) {
        Invoice invoice = visibleVersion(id, expectedVersion);
        invoice.describe(Texts.blankToNull(note));
        em.flush();
        return invoice;
    }

    /** Takes one delivery's lines off a draft. */
    public Invoice drop(long id, long expectedVersion, long deliveryId) {
        Invoice invoice = visibleVersion(id, expectedVersion);
        invoice.drop(deliveryId);
        em.flush();
        invoice.renumberLines();
        em.flush();
        return invoice;
    }

    /** Throws a draft away; its deliveries are to be invoiced again. */
    public void discard(long id, long expectedVersion) {
        Invoice invoice = visibleVersion(id, expectedVersion);
        if (invoice.getStatus() != InvoiceStatus.DRAFT) {
            throw IllegalMove.of(invoice.getNumber(), invoice.getStatus(), "tandem.action.discard");
        }
        em.remove(invoice);
    }

    /** Issues a draft today, under the next number of this year; due after the customer's payment terms. */
    public Invoice issue(long id, long expectedVersion) {
        Invoice invoice = visibleVersion(id, expectedVersion);
        if (invoice.getStatus() != InvoiceStatus.DRAFT) {
            throw IllegalMove.of(invoice.getNumber(), invoice.getStatus(), "tandem.action.issue");
        }
        LocalDate today = LocalDate.now(clock);
        invoice.issue(GaplessNumbers.next(em, INVOICE, today.getYear()), today,
                invoice.getCustomer().getPaymentTermsDays(), caller());
        em.flush();
        return invoice;
    }

    /** Received returns not yet credited. */
    public Page<CustomerReturn> returnsToCredit(@NotNull PageRequest request) {
        return Queries.page(em, CustomerReturn.class, request, (Queries.SubqueryFilters<CustomerReturn>) (cb, query, r) -> {
            Subquery<Long> credited = query.subquery(Long.class);
            Root<CreditNote> note = credited.from(CreditNote.class);
            credited.select(note.get("id")).where(cb.equal(note.get("customerReturn"), r));
            return Queries.present(cb.equal(r.get("status"), ReturnStatus.RECEIVED), cb.not(cb.exists(credited)),
                    Queries.contains(cb, r.get("number"), request.text("number")));
        }, Map.of("number", "number", "customer", "customer.name"), "number");
    }

    /** Issues the credit note of a received return, against the invoice that billed the returned goods. */
    public CreditNote credit(long returnId) {
        CustomerReturn customerReturn = em.find(CustomerReturn.class, returnId);
        if (customerReturn == null) {
            throw new RuleViolation("tandem.return.notFound", returnId);
        }
        if (customerReturn.getStatus() != ReturnStatus.RECEIVED) {
            throw IllegalMove.of(customerReturn.getNumber(), customerReturn.getStatus(),
                    "tandem.action.credit");
        }
        if (!em.createQuery("select c.id from CreditNote c where c.customerReturn = :r", Long.class)
                .setParameter("r", customerReturn).getResultList().isEmpty()) {
            throw new RuleViolation("tandem.creditNote.alreadyIssued", customerReturn.getNumber());
        }
        List<InvoiceLine> billed = new ArrayList<>();
        for (ReturnLine line : customerReturn.getLines()) {
            List<InvoiceLine> found = em.createQuery("select l from InvoiceLine l where l.deliveryLine = :line "
                            + "and l.invoice.status <> :draft", InvoiceLine.class)
                    .setParameter("line", line.getDeliveryLine()).setParameter("draft", InvoiceStatus.DRAFT)
                    .getResultList();
            if (found.isEmpty()) {
                throw new RuleViolation("tandem.creditNote.notInvoiced", customerReturn.getNumber(), line.getLineNo());
            }
            billed.add(found.get(0));
        }
        Invoice invoice = billed.get(0).getInvoice();
        LocalDate today = LocalDate.now(clock);
        CreditNote note = new CreditNote(invoice, customerReturn, billed,
                GaplessNumbers.next(em, CREDIT_NOTE, today.getYear()), today, caller());
        em.persist(note);
        em.flush();
        return note;
    }

    /** Credit notes, newest first unless sorted. Filters: {@code number}, {@code customer}, {@code invoice}. */
    @RolesAllowed({Role.Names.FINANCE, Role.Names.GENERAL_MANAGER, Role.Names.SALES_MANAGER, Role.Names.SALES_REP})
    public Page<CreditNote> creditNotes(@NotNull PageRequest request) {
        CustomerScope scope = CustomerScope.of(em, session);
        String customer = request.text("customer");
        return Queries.page(em, CreditNote.class, request, (cb, c) -> Queries.present(
                scope.restrict(c.get("customer")),
                Queries.contains(cb, c.get("number"), request.text("number")),
                Queries.contains(cb, c.get("invoice").get("number"), request.text("invoice")),
                Queries.codeOrName(cb, c.get("customer"), customer)),
                Map.of("number", "number", "customer", "customer.name", "issuedOn", "issuedOn",
                        "grossTotal", "grossTotal"), "number");
    }

    @RolesAllowed({Role.Names.FINANCE, Role.Names.GENERAL_MANAGER, Role.Names.SALES_MANAGER, Role.Names.SALES_REP})
    public CreditNote creditNote(long id) {
        CreditNote note = CustomerScope.of(em, session).document(CreditNote.class, id, CreditNote::getCustomer,
                "tandem.creditNote.notFound");
        note.getLines().size();
        return note;
    }

    private boolean isBilled(Delivery delivery) {
        return !em.createQuery("select l.id from InvoiceLine l where l.deliveryLine.delivery = :d", Long.class)
                .setParameter("d", delivery).setMaxResults(1).getResultList().isEmpty();
    }

    private Invoice visible(long id) {
        return CustomerScope.of(em, session).document(Invoice.class, id, Invoice::getCustomer,
                "tandem.invoice.notFound");
    }

    private Invoice visibleVersion(long id, long expectedVersion) {
        Invoice invoice = visible(id);
        Versions.require(invoice.getVersion(), expectedVersion, invoice.getNumber() == null ? "#" + id : invoice.getNumber());
        return invoice;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
