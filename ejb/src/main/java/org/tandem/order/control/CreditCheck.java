package org.tandem.order.control;

import jakarta.persistence.EntityManager;
import org.tandem.customer.entity.Customer;
import org.tandem.invoice.entity.InvoiceStatus;
import org.tandem.order.entity.OrderStatus;
import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * A customer's exposure: what it owes on issued invoices plus what it has ordered and not yet been invoiced for.
 * An order is confirmed when the exposure with it stays within the credit limit; otherwise it waits for a sales
 * manager. Three aggregate queries, whatever the customer's history.
 */
public final class CreditCheck {

    private static final List<InvoiceStatus> OWING = List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTLY_PAID);
    private static final List<OrderStatus> ORDERED = List.of(OrderStatus.AWAITING_APPROVAL, OrderStatus.CONFIRMED,
            OrderStatus.PARTLY_DELIVERED, OrderStatus.DELIVERED);

    private CreditCheck() {
    }

    public record Exposure(Money creditLimit, Money openReceivables, Money openOrders) {

        public Money total() {
            return openReceivables.plus(openOrders);
        }

        /**
         * Null when {@code order} fits within the limit; otherwise the figures a manager decides on, in a form that
         * reads the same in every language: "receivables + open orders + this order > limit".
         */
        public String overLimitNote(Money order) {
            return total().plus(order).isGreaterThan(creditLimit)
                    ? openReceivables.getAmount().toPlainString() + " + " + openOrders.getAmount().toPlainString()
                    + " + " + order.getAmount().toPlainString() + " > " + creditLimit.getAmount().toPlainString()
                    : null;
        }
    }

    // "a - b - c" came out of EclipseLink as "a - (b - c)": the open amount is written with the parentheses it needs
    public static Exposure of(EntityManager em, Customer customer) {
        String currency = customer.getCreditLimit().getCurrency();
        BigDecimal receivables = em.createQuery("select sum(i.grossTotal - (i.paidAmount + i.creditedAmount)) "
                        + "from Invoice i where i.customer = :customer and i.status in :owing", BigDecimal.class)
                .setParameter("customer", customer).setParameter("owing", OWING).getSingleResult();
        BigDecimal ordered = em.createQuery("select sum(o.grossTotal) from SalesOrder o "
                        + "where o.customer = :customer and o.status in :ordered", BigDecimal.class)
                .setParameter("customer", customer).setParameter("ordered", ORDERED).getSingleResult();
        BigDecimal invoiced = em.createQuery("select sum(l.lineGross) from InvoiceLine l "
                        + "where l.invoice.customer = :customer and l.invoice.status <> :draft "
                        + "and l.deliveryLine.orderLine.order.status in :ordered", BigDecimal.class)
                .setParameter("customer", customer).setParameter("draft", InvoiceStatus.DRAFT)
                .setParameter("ordered", ORDERED).getSingleResult();
        return new Exposure(customer.getCreditLimit(), Money.of(orZero(receivables), currency),
                Money.of(orZero(ordered).subtract(orZero(invoiced)), currency));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
