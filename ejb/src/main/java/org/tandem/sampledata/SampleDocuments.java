package org.tandem.sampledata;

import jakarta.persistence.EntityManager;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerStatus;
import org.tandem.delivery.entity.Delivery;
import org.tandem.delivery.entity.DeliveryLine;
import org.tandem.invoice.boundary.Invoicing;
import org.tandem.invoice.control.GaplessNumbers;
import org.tandem.invoice.entity.Invoice;
import org.tandem.order.control.CreditCheck;
import org.tandem.order.entity.OrderStatus;
import org.tandem.order.entity.SalesOrder;
import org.tandem.order.entity.SalesOrderLine;
import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.pricing.boundary.PricedLine;
import org.tandem.pricing.control.PriceBook;
import org.tandem.pricing.entity.LinePrice;
import org.tandem.quotation.entity.Quotation;
import org.tandem.quotation.entity.QuotationLine;
import org.tandem.receivable.entity.Payment;
import org.tandem.receivable.entity.PaymentMethod;
import org.tandem.returns.entity.CustomerReturn;
import org.tandem.returns.entity.ReturnReason;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A few weeks of the demo rep's work, so that every document screen has something on first start: quotations
 * sent and accepted, orders in each status, deliveries, invoices, payments and a return. Written through the
 * entities' own methods and the real pricing and credit check, so the documents obey the rules a user would meet.
 */
final class SampleDocuments {

    /** Sample discount authority of a rep, as the default setting. */
    private static final BigDecimal REP_AUTHORITY = BigDecimal.valueOf(5);

    private final EntityManager em;
    private final OffsetDateTime now;
    private final LocalDate today;
    private int documents;

    private SampleDocuments(EntityManager em, OffsetDateTime now) {
        this.em = em;
        this.now = now;
        this.today = now.toLocalDate();
    }

    /** Writes the documents inside the caller's transaction; answers how many documents it wrote. */
    static int write(EntityManager em, OffsetDateTime now) {
        SampleDocuments sample = new SampleDocuments(em, now);
        sample.writeAll();
        return sample.documents;
    }

    private void writeAll() {
        List<Customer> customers = em.createQuery("select c from Customer c where c.owner.username = :rep "
                        + "and c.status = :active order by c.code", Customer.class)
                .setParameter("rep", SampleOrganization.DEMO_REP).setParameter("active", CustomerStatus.ACTIVE)
                .setMaxResults(12).getResultList();
        List<Product> products = em.createQuery("select p from Product p order by p.sku", Product.class)
                .setMaxResults(24).getResultList();
        for (int i = 0; i < customers.size(); i++) {
            Customer customer = customers.get(i);
            List<PriceInquiry.Line> lines = new ArrayList<>();
            for (int l = 0; l < 3; l++) {
                Product product = products.get((i * 3 + l) % products.size());
                lines.add(new PriceInquiry.Line(product.getId(), BigDecimal.valueOf(6L * (l + 1) + i),
                        i == 4 && l == 0 ? BigDecimal.TEN : null));
            }
            List<PricedLine> priced = new PriceBook(em).price(PriceInquiry.forCustomer(customer, today, lines), REP_AUTHORITY);
            switch (i % 6) {
                case 0 -> quotation(customer, priced).send();
                case 1 -> {
                    Quotation accepted = quotation(customer, priced);
                    accepted.accept(today);
                    deliverAndInvoice(confirm(fromQuotation(accepted)), false, false);
                }
                case 2 -> order(customer, priced);
                case 3 -> deliverAndInvoice(confirm(order(customer, priced)), true, false);
                // the first is held for its discount, the second waits for its delivery
                case 4 -> confirm(order(customer, priced));
                default -> deliverAndInvoice(confirm(order(customer, priced)), true, true);
            }
        }
        em.flush();
    }

    private Quotation quotation(Customer customer, List<PricedLine> priced) {
        Quotation quotation = new Quotation(customer, SampleOrganization.DEMO_REP, now, today, today.plusDays(30),
                customer.getCreditLimit().getCurrency(), null);
        quotation.replaceLines(priced.stream()
                .map(p -> new QuotationLine.Draft(em.find(Product.class, p.productId()), p.quantity(), LinePrice.of(p)))
                .toList());
        em.persist(quotation);
        quotation.assignNumber();
        documents++;
        return quotation;
    }

    private SalesOrder fromQuotation(Quotation quotation) {
        SalesOrder order = newOrder(quotation.getCustomer(), quotation);
        for (QuotationLine line : quotation.getLines()) {
            order.addFromQuotation(line.getId(), line.getQuantity());
        }
        return order;
    }

    private SalesOrder order(Customer customer, List<PricedLine> priced) {
        SalesOrder order = newOrder(customer, null);
        for (PricedLine line : priced) {
            order.addLine(em.find(Product.class, line.productId()), line.quantity(), LinePrice.of(line), null);
        }
        return order;
    }

    private SalesOrder newOrder(Customer customer, Quotation quotation) {
        SalesOrder order = new SalesOrder(customer, quotation, null, SampleOrganization.DEMO_REP, now, today, null,
                customer.getCreditLimit().getCurrency());
        em.persist(order);
        order.assignNumber();
        documents++;
        return order;
    }

    private SalesOrder confirm(SalesOrder order) {
        em.flush();
        order.confirm(CreditCheck.of(em, order.getCustomer()).overLimitNote(order.getGrossTotal()));
        return order;
    }

    /** Ships the first line (or all of them) and invoices it; optionally pays in full and takes one back. */
    private void deliverAndInvoice(SalesOrder order, boolean complete, boolean paidAndReturned) {
        if (order.getStatus() != OrderStatus.CONFIRMED) {
            return;
        }
        Delivery delivery = new Delivery(order, today, SampleOrganization.DEMO_REP, now);
        for (SalesOrderLine line : complete ? order.getLines() : order.getLines().subList(0, 1)) {
            em.flush();
            delivery.plan(line.getId(), line.getQuantity());
        }
        em.persist(delivery);
        delivery.assignNumber();
        delivery.ship(SampleOrganization.DEMO_REP, now);
        Invoice invoice = new Invoice(order.getCustomer(), order.getCurrency(), "finance", now);
        delivery.getLines().forEach(invoice::bill);
        em.persist(invoice);
        em.flush();
        invoice.issue(GaplessNumbers.next(em, Invoicing.INVOICE, today.getYear()), today,
                order.getCustomer().getPaymentTermsDays(), "finance");
        documents += 2;
        if (!paidAndReturned) {
            return;
        }
        Payment payment = new Payment(order.getCustomer(), today, PaymentMethod.BANK_TRANSFER, "ICBC",
                invoice.getGrossTotal(), "finance", now);
        payment.allocate(invoice, invoice.getGrossTotal());
        em.persist(payment);
        payment.assignNumber();
        DeliveryLine returned = delivery.getLines().get(0);
        CustomerReturn customerReturn = new CustomerReturn(delivery, null, SampleOrganization.DEMO_REP, now);
        customerReturn.add(returned.getId(), BigDecimal.ONE, ReturnReason.DAMAGED);
        em.persist(customerReturn);
        customerReturn.assignNumber(today);
        documents += 2;
    }
}
