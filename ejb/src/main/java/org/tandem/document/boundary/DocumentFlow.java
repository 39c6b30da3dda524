package org.tandem.document.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.tandem.customer.control.CustomerScope;
import org.tandem.customer.entity.Customer;
import org.tandem.delivery.entity.Delivery;
import org.tandem.invoice.entity.CreditNote;
import org.tandem.invoice.entity.Invoice;
import org.tandem.order.entity.SalesOrder;
import org.tandem.organization.entity.Role;
import org.tandem.quotation.entity.Quotation;
import org.tandem.receivable.entity.Payment;
import org.tandem.returns.entity.CustomerReturn;
import org.tandem.shared.boundary.RuleViolation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Where a document came from and what came of it: from any document, the orders it belongs to are found, and
 * from them every quotation, delivery, invoice, payment, return and credit note of the chain. A handful of
 * queries, whatever the document.
 */
@Stateless
@RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.FINANCE, Role.Names.GENERAL_MANAGER})
public class DocumentFlow {

    private static final Comparator<FlowNode> ORDER = Comparator.comparing(FlowNode::kind)
            .thenComparing(FlowNode::number, Comparator.nullsLast(Comparator.naturalOrder()));

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public List<FlowNode> of(@NotNull DocumentKind kind, long id) {
        Customer customer = customerOf(kind, id);
        if (customer == null || !CustomerScope.of(em, session).sees(customer)) {
            throw new RuleViolation("tandem.document.notFound", id);
        }
        Set<SalesOrder> orders = new LinkedHashSet<>(ordersOf(kind, id));
        Set<Quotation> quotations = new LinkedHashSet<>();
        Set<Delivery> deliveries = new LinkedHashSet<>();
        Set<Invoice> invoices = new LinkedHashSet<>();
        Set<Payment> payments = new LinkedHashSet<>();
        Set<CustomerReturn> returns = new LinkedHashSet<>();
        Set<CreditNote> creditNotes = new LinkedHashSet<>();
        if (kind == DocumentKind.QUOTATION) {
            quotations.add(em.find(Quotation.class, id));
        }
        if (!orders.isEmpty()) {
            orders.stream().map(SalesOrder::getQuotation).filter(q -> q != null).forEach(quotations::add);
            deliveries.addAll(em.createQuery("select d from Delivery d where d.order in :orders", Delivery.class)
                    .setParameter("orders", orders).getResultList());
        }
        if (!deliveries.isEmpty()) {
            invoices.addAll(em.createQuery("select distinct l.invoice from InvoiceLine l "
                    + "where l.deliveryLine.delivery in :deliveries", Invoice.class)
                    .setParameter("deliveries", deliveries).getResultList());
            returns.addAll(em.createQuery("select r from CustomerReturn r where r.delivery in :deliveries",
                    CustomerReturn.class).setParameter("deliveries", deliveries).getResultList());
        }
        if (!invoices.isEmpty()) {
            payments.addAll(em.createQuery("select distinct a.payment from PaymentAllocation a "
                    + "where a.invoice in :invoices", Payment.class).setParameter("invoices", invoices).getResultList());
        }
        if (!returns.isEmpty()) {
            creditNotes.addAll(em.createQuery("select c from CreditNote c where c.customerReturn in :returns",
                    CreditNote.class).setParameter("returns", returns).getResultList());
        }
        List<FlowNode> nodes = new ArrayList<>();
        quotations.forEach(q -> nodes.add(new FlowNode(DocumentKind.QUOTATION, q.getId(), q.getNumber(), q.getStatus(),
                q.getQuotedOn(), q.getGrossTotal(), kind == DocumentKind.QUOTATION && q.getId() == id)));
        orders.forEach(o -> nodes.add(new FlowNode(DocumentKind.SALES_ORDER, o.getId(), o.getNumber(), o.getStatus(),
                o.getOrderedOn(), o.getGrossTotal(), kind == DocumentKind.SALES_ORDER && o.getId() == id)));
        deliveries.forEach(d -> nodes.add(new FlowNode(DocumentKind.DELIVERY, d.getId(), d.getNumber(), d.getStatus(),
                d.getPlannedOn(), null, kind == DocumentKind.DELIVERY && d.getId() == id)));
        invoices.forEach(i -> nodes.add(new FlowNode(DocumentKind.INVOICE, i.getId(), i.getNumber(), i.getStatus(),
                i.getInvoiceDate() == null ? i.getCreatedAt().toLocalDate() : i.getInvoiceDate(),
                i.getGrossTotal(), kind == DocumentKind.INVOICE && i.getId() == id)));
        payments.forEach(p -> nodes.add(new FlowNode(DocumentKind.PAYMENT, p.getId(), p.getNumber(), null,
                p.getReceivedOn(), p.getAmount(), kind == DocumentKind.PAYMENT && p.getId() == id)));
        returns.forEach(r -> nodes.add(new FlowNode(DocumentKind.RETURN, r.getId(), r.getNumber(), r.getStatus(),
                r.getCreatedAt().toLocalDate(), null, kind == DocumentKind.RETURN && r.getId() == id)));
        creditNotes.forEach(c -> nodes.add(new FlowNode(DocumentKind.CREDIT_NOTE, c.getId(), c.getNumber(), null,
                c.getIssuedOn(), c.getGrossTotal(), kind == DocumentKind.CREDIT_NOTE && c.getId() == id)));
        nodes.sort(ORDER);
        return nodes;
    }

    private Customer customerOf(DocumentKind kind, long id) {
        return switch (kind) {
            case QUOTATION -> customerOf(em.find(Quotation.class, id), Quotation::getCustomer);
            case SALES_ORDER -> customerOf(em.find(SalesOrder.class, id), SalesOrder::getCustomer);
            case DELIVERY -> customerOf(em.find(Delivery.class, id), Delivery::getCustomer);
            case INVOICE -> customerOf(em.find(Invoice.class, id), Invoice::getCustomer);
            case PAYMENT -> customerOf(em.find(Payment.class, id), Payment::getCustomer);
            case RETURN -> customerOf(em.find(CustomerReturn.class, id), CustomerReturn::getCustomer);
            case CREDIT_NOTE -> customerOf(em.find(CreditNote.class, id), CreditNote::getCustomer);
        };
    }

    private static <T> Customer customerOf(T document, Function<T, Customer> customer) {
        return document == null ? null : customer.apply(document);
    }

    /** The orders a document belongs to: the root of its flow. */
    private List<SalesOrder> ordersOf(DocumentKind kind, long id) {
        String jpql = switch (kind) {
            case QUOTATION -> "select o from SalesOrder o where o.quotation.id = :id";
            case SALES_ORDER -> "select o from SalesOrder o where o.id = :id";
            case DELIVERY -> "select d.order from Delivery d where d.id = :id";
            case INVOICE -> "select distinct l.deliveryLine.delivery.order from InvoiceLine l where l.invoice.id = :id";
            case PAYMENT -> "select distinct l.deliveryLine.delivery.order from PaymentAllocation a, InvoiceLine l "
                    + "where a.payment.id = :id and l.invoice = a.invoice";
            case RETURN -> "select r.delivery.order from CustomerReturn r where r.id = :id";
            case CREDIT_NOTE -> "select c.customerReturn.delivery.order from CreditNote c where c.id = :id";
        };
        return em.createQuery(jpql, SalesOrder.class).setParameter("id", id).getResultList();
    }
}
