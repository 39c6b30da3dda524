package org.tandem.receivable.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tandem.customer.control.CustomerScope;
import org.tandem.customer.entity.Customer;
import org.tandem.invoice.entity.Invoice;
import org.tandem.invoice.entity.InvoiceStatus;
import org.tandem.organization.entity.Role;
import org.tandem.receivable.entity.Payment;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.control.Queries;
import org.tandem.shared.entity.Money;
import org.tandem.shared.entity.Texts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Payments against issued invoices, and what customers still owe, aged by due date. */
@Stateless
@RolesAllowed(Role.Names.FINANCE)
public class Receivables {

    private static final List<InvoiceStatus> OWING = List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTLY_PAID);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    /** Records a payment and applies its parts to the customer's invoices; each part at most what is open. */
    public Payment record(@NotNull @Valid PaymentReceipt receipt) {
        Customer customer = CustomerScope.of(em, session).customer(receipt.customerId());
        String currency = customer.getCreditLimit().getCurrency();
        if (receipt.receivedOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("tandem.payment.receivedInFuture", receipt.receivedOn());
        }
        Payment payment = new Payment(customer, receipt.receivedOn(), receipt.method(),
                Texts.blankToNull(receipt.reference()),
                Money.of(receipt.amount(), currency), session.getCallerPrincipal().getName(), OffsetDateTime.now(clock));
        Set<Long> seen = new HashSet<>();
        for (PaymentReceipt.Part part : receipt.parts()) {
            if (!seen.add(part.invoiceId())) {
                throw new RuleViolation("tandem.payment.invoiceTwice", part.invoiceId());
            }
            Invoice invoice = em.find(Invoice.class, part.invoiceId());
            if (invoice == null) {
                throw new RuleViolation("tandem.invoice.notFound", part.invoiceId());
            }
            payment.allocate(invoice, Money.of(part.amount(), invoice.getCurrency()));
        }
        payment.requireFullyAllocated();
        em.persist(payment);
        payment.assignNumber();
        em.flush();
        return payment;
    }

    /** Payments, newest first unless sorted. Filters: {@code number}, {@code customer}. */
    @RolesAllowed({Role.Names.FINANCE, Role.Names.GENERAL_MANAGER})
    public Page<Payment> payments(@NotNull PageRequest request) {
        String customer = request.text("customer");
        return Queries.page(em, Payment.class, request, (cb, p) -> Queries.present(
                Queries.contains(cb, p.get("number"), request.text("number")),
                Queries.codeOrName(cb, p.get("customer"), customer)),
                Map.of("number", "number", "customer", "customer.name", "receivedOn", "receivedOn",
                        "amount", "amount"), "number");
    }

    /** Customers with issued invoices that still owe something, by code: whom a payment can come from. */
    @RolesAllowed({Role.Names.FINANCE, Role.Names.GENERAL_MANAGER})
    public List<Customer> customersOwing() {
        return em.createQuery("select distinct c from Invoice i join i.customer c where i.status in :owing "
                + "order by c.code", Customer.class).setParameter("owing", OWING).getResultList();
    }

    /** The customer's issued invoices that still owe something, oldest due first. */
    @RolesAllowed({Role.Names.FINANCE, Role.Names.GENERAL_MANAGER})
    public List<Invoice> openInvoices(long customerId) {
        Customer customer = CustomerScope.of(em, session).customer(customerId);
        return em.createQuery("select i from Invoice i where i.customer = :c and i.status in :owing "
                        + "order by i.dueDate, i.number", Invoice.class)
                .setParameter("c", customer).setParameter("owing", OWING).getResultList();
    }

    /**
     * What each customer owes on {@code asOf}, by days past due, customers by code; one query over the open
     * invoices, bucketed here. Customers that owe nothing are left out.
     */
    @RolesAllowed({Role.Names.FINANCE, Role.Names.GENERAL_MANAGER})
    public List<AgeingRow> ageing(@NotNull LocalDate asOf) {
        List<Object[]> rows = em.createQuery("select c.id, c.code, c.name, i.currency, i.dueDate, "
                        + "i.grossTotal - (i.paidAmount + i.creditedAmount) from Invoice i join i.customer c "
                        + "where i.status in :owing order by c.code, i.dueDate", Object[].class)
                .setParameter("owing", OWING).getResultList();
        List<AgeingRow> result = new ArrayList<>();
        Bucket bucket = null;
        for (Object[] row : rows) {
            long customerId = (Long) row[0];
            if (bucket == null || bucket.customerId != customerId) {
                if (bucket != null) {
                    result.add(bucket.row());
                }
                bucket = new Bucket(customerId, (String) row[1], (String) row[2], (String) row[3]);
            }
            bucket.add(ChronoUnit.DAYS.between((LocalDate) row[4], asOf), (BigDecimal) row[5]);
        }
        if (bucket != null) {
            result.add(bucket.row());
        }
        return result.stream().filter(r -> r.total().getAmount().signum() != 0).toList();
    }

    /** One customer's amounts while the ageing query walks its invoices. */
    private static final class Bucket {
        final long customerId;
        final String code;
        final String name;
        final String currency;
        final BigDecimal[] amounts = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO};

        Bucket(long customerId, String code, String name, String currency) {
            this.customerId = customerId;
            this.code = code;
            this.name = name;
            this.currency = currency;
        }

        void add(long daysPastDue, BigDecimal open) {
            int index = daysPastDue <= 0 ? 0 : daysPastDue <= 30 ? 1 : daysPastDue <= 60 ? 2 : daysPastDue <= 90 ? 3 : 4;
            amounts[index] = amounts[index].add(open);
        }

        AgeingRow row() {
            BigDecimal total = BigDecimal.ZERO;
            for (BigDecimal amount : amounts) {
                total = total.add(amount);
            }
            return new AgeingRow(customerId, code, name, money(0), money(1), money(2), money(3), money(4),
                    Money.of(total, currency));
        }

        private Money money(int index) {
            return Money.of(amounts[index], currency);
        }
    }
}
