package org.tandem.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.it.ProbeSteps.body;
import static org.tandem.it.SalesDocuments.FINANCE;
import static org.tandem.it.SalesDocuments.REP;

/**
 * What order to cash refuses, each with its message key, and that a refused step leaves the database as it was:
 * the rows and statuses are read with JDBC before and after.
 */
class OrderToCashRefusalsIT {

    private final SalesDocuments documents = new SalesDocuments(2);

    private String quote(long product, String quantity) {
        return REP.violation("quotation.create", body().add("customerId", documents.customer)
                .add("validUntil", LocalDate.now().plusDays(10).toString())
                .add("lines", Json.createArrayBuilder().add(body().add("productId", product)
                        .add("quantity", new BigDecimal(quantity)))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "-0.5"})
    void aQuantityOfZeroOrLessIsRefusedOnQuotationsAndOrders(String quantity) {
        long quotations = TandemDatabase.count("select count(*) from quotation");
        long quotationLines = TandemDatabase.count("select count(*) from quotation_line");
        long orders = TandemDatabase.count("select count(*) from sales_order");
        long product = documents.products.get(0);

        assertEquals("tandem.pricing.quantityNotPositive", quote(product, quantity));
        assertEquals("tandem.pricing.quantityNotPositive", REP.violation("order.create", body()
                .add("customerId", documents.customer).add("lines", Json.createArrayBuilder()
                        .add(body().add("productId", product).add("quantity", new BigDecimal(quantity))))));

        assertEquals(quotations, TandemDatabase.count("select count(*) from quotation"));
        assertEquals(quotationLines, TandemDatabase.count("select count(*) from quotation_line"));
        assertEquals(orders, TandemDatabase.count("select count(*) from sales_order"));
    }

    @Test
    void anUnknownProductIsRefused() {
        long quotations = TandemDatabase.count("select count(*) from quotation");
        assertEquals("tandem.pricing.unknownProduct", quote(999_999_999L, "1"));
        assertEquals(quotations, TandemDatabase.count("select count(*) from quotation"));
    }

    @Test
    void aProductWhosePriceHasExpiredCannotBeQuoted() {
        long product = TandemDatabase.pricedProducts(8, 1).get(0);
        String expire = "update price_list_entry set thru_date = current_date - 1, from_date = null "
                + "where product_id = ? and thru_date is null";
        TandemDatabase.update(expire, product);
        try {
            long quotations = TandemDatabase.count("select count(*) from quotation");
            assertEquals("tandem.pricing.noPrice", quote(product, "1"));
            assertEquals(quotations, TandemDatabase.count("select count(*) from quotation"));
        } finally {
            TandemDatabase.update("update price_list_entry set thru_date = null where product_id = ? "
                    + "and thru_date = current_date - 1", product);
        }
    }

    @Test
    void aQuotationPastItsDateCannotBeAccepted() {
        JsonObject quotation = REP.done("quotation.create", body().add("customerId", documents.customer)
                .add("validUntil", LocalDate.now().plusDays(10).toString()).add("lines", Json.createArrayBuilder()
                        .add(body().add("productId", documents.products.get(0)).add("quantity", 1))));
        long id = quotation.getJsonNumber("id").longValue();
        REP.done("quotation.send", body().add("id", id));
        TandemDatabase.update("update quotation set quoted_on = current_date - 10, valid_until = current_date - 1 "
                + "where id = ?", id);

        assertEquals("tandem.quotation.expired", REP.violation("quotation.accept", body().add("id", id)));
        assertEquals("SENT", TandemDatabase.text("select status from quotation where id = ?", id));
        long orders = TandemDatabase.count("select count(*) from sales_order where quotation_id = ?", id);
        assertEquals(0, orders);
    }

    @Test
    void aDeliveryOfMoreThanIsOpenOnTheOrderLineIsRefused() {
        JsonObject order = documents.confirmedOrder(5);
        long orderId = order.getJsonNumber("id").longValue();
        long lineId = OrderToCashIT.line(order, 1).getJsonNumber("id").longValue();

        assertEquals("tandem.delivery.overDelivery", plan(orderId, lineId, "6"));
        assertEquals("tandem.delivery.overDelivery", plan(orderId, lineId, "0"));
        assertEquals("tandem.delivery.overDelivery", plan(orderId, lineId, "-1"));
        assertEquals(0, TandemDatabase.count("select count(*) from delivery where sales_order_id = ?", orderId));
        assertEquals(0, TandemDatabase.number("select scheduled_quantity from sales_order_line where id = ?", lineId)
                .signum());

        documents.shippedDelivery(order, 4);
        assertEquals("tandem.delivery.overDelivery", plan(orderId, lineId, "2"));
        assertEquals(1, TandemDatabase.count("select count(*) from delivery where sales_order_id = ?", orderId));
        assertEquals(0, new BigDecimal("4").compareTo(TandemDatabase.number(
                "select scheduled_quantity from sales_order_line where id = ?", lineId)));
        assertEquals("PARTLY_DELIVERED", TandemDatabase.text("select status from sales_order where id = ?", orderId));
    }

    private String plan(long orderId, long lineId, String quantity) {
        return REP.violation("delivery.plan", body().add("orderId", orderId).add("quantities", Json.createArrayBuilder()
                .add(body().add("lineId", lineId).add("quantity", new BigDecimal(quantity)))));
    }

    @Test
    void aReturnOfMoreThanWasDeliveredAndNotYetReturnedIsRefused() {
        JsonObject delivery = documents.shippedDelivery(documents.confirmedOrder(3), 3);
        long deliveryId = delivery.getJsonNumber("id").longValue();
        long deliveryLineId = OrderToCashIT.line(delivery, 1).getJsonNumber("id").longValue();

        assertEquals("tandem.return.overReturn", takeBack(deliveryId, deliveryLineId, "4"));
        REP.done("return.request", returnOf(deliveryId, deliveryLineId, "2"));
        assertEquals("tandem.return.overReturn", takeBack(deliveryId, deliveryLineId, "2"));

        assertEquals(1, TandemDatabase.count("select count(*) from customer_return where delivery_id = ?", deliveryId));
        assertEquals(0, new BigDecimal("2").compareTo(TandemDatabase.number(
                "select returned_quantity from delivery_line where id = ?", deliveryLineId)));
    }

    private static jakarta.json.JsonObjectBuilder returnOf(long deliveryId, long deliveryLineId, String quantity) {
        return body().add("deliveryId", deliveryId).add("quantities", Json.createArrayBuilder()
                .add(body().add("deliveryLineId", deliveryLineId).add("quantity", new BigDecimal(quantity))));
    }

    private static String takeBack(long deliveryId, long deliveryLineId, String quantity) {
        return REP.violation("return.request", returnOf(deliveryId, deliveryLineId, quantity));
    }

    @Test
    void aCancelledOrderCannotBeConfirmed() {
        JsonObject order = documents.draftOrder(1);
        long orderId = order.getJsonNumber("id").longValue();
        assertEquals("CANCELLED", REP.done("order.cancel", body().add("id", orderId).add("reason", "customer changed mind"))
                .getString("status"));
        long version = TandemDatabase.count("select version from sales_order where id = ?", orderId);

        assertEquals("tandem.document.illegalMove", REP.violation("order.confirm", body().add("id", orderId)));

        assertEquals("CANCELLED", TandemDatabase.text("select status from sales_order where id = ?", orderId));
        assertEquals(version, TandemDatabase.count("select version from sales_order where id = ?", orderId));
    }

    @Test
    void anIssuedInvoiceCannotBeChanged() {
        JsonObject delivery = documents.shippedDelivery(documents.confirmedOrder(2), 2);
        JsonObject invoice = documents.issuedInvoice(delivery);
        long invoiceId = invoice.getJsonNumber("id").longValue();
        String gross = TandemDatabase.text("select gross_total from invoice where id = ?", invoiceId);

        assertEquals("tandem.document.illegalMove", FINANCE.violation("invoice.describe",
                body().add("id", invoiceId).add("note", "changed afterwards")));
        assertEquals("tandem.document.illegalMove", FINANCE.violation("invoice.drop",
                body().add("id", invoiceId).add("deliveryId", delivery.getJsonNumber("id"))));

        assertEquals(null, TandemDatabase.text("select note from invoice where id = ?", invoiceId));
        assertEquals(1, TandemDatabase.count("select count(*) from invoice_line where invoice_id = ?", invoiceId));
        assertEquals(gross, TandemDatabase.text("select gross_total from invoice where id = ?", invoiceId));
        assertEquals(invoice.getString("number"), TandemDatabase.text("select number from invoice where id = ?", invoiceId));
    }

    @Test
    void aPaymentPartLargerThanWhatIsOpenIsRefused() {
        JsonObject invoice = documents.issuedInvoice(documents.shippedDelivery(documents.confirmedOrder(2), 2));
        long invoiceId = invoice.getJsonNumber("id").longValue();
        BigDecimal tooMuch = invoice.getJsonNumber("open").bigDecimalValue().add(new BigDecimal("0.01"));
        long payments = TandemDatabase.count("select count(*) from payment");
        long allocations = TandemDatabase.count("select count(*) from payment_allocation");

        assertEquals("tandem.payment.overAllocated", FINANCE.violation("payment.record", body()
                .add("customerId", documents.customer).add("amount", tooMuch).add("parts", Json.createArrayBuilder()
                        .add(body().add("invoiceId", invoiceId).add("amount", tooMuch)))));

        assertEquals(payments, TandemDatabase.count("select count(*) from payment"));
        assertEquals(allocations, TandemDatabase.count("select count(*) from payment_allocation"));
        assertEquals(0, TandemDatabase.number("select paid_amount from invoice where id = ?", invoiceId).signum());
        assertEquals("ISSUED", TandemDatabase.text("select status from invoice where id = ?", invoiceId));
    }

    @Test
    void aChangeToAVersionSomeoneElseChangedMeanwhileIsRefused() {
        JsonObject quotation = REP.done("quotation.create", body().add("customerId", documents.customer)
                .add("validUntil", LocalDate.now().plusDays(10).toString()).add("lines", Json.createArrayBuilder()
                        .add(body().add("productId", documents.products.get(0)).add("quantity", 1))));
        long id = quotation.getJsonNumber("id").longValue();
        long seen = quotation.getJsonNumber("version").longValue();
        REP.done("quotation.send", body().add("id", id).add("version", seen));

        assertEquals("tandem.concurrentChange", REP.violation("quotation.accept", body().add("id", id).add("version", seen)));
        assertEquals("SENT", TandemDatabase.text("select status from quotation where id = ?", id));

        JsonObject order = documents.draftOrder(1);
        long orderId = order.getJsonNumber("id").longValue();
        long stale = order.getJsonNumber("version").longValue() - 1;
        assertEquals("tandem.concurrentChange", REP.violation("order.confirm", body().add("id", orderId).add("version", stale)));
        assertEquals("DRAFT", TandemDatabase.text("select status from sales_order where id = ?", orderId));
    }
}
