package org.tandem.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.it.ProbeSteps.body;

/**
 * Order to cash on PostgreSQL through the session beans, each step as the demo user whose job it is: the rep
 * quotes, orders, delivers and takes goods back; finance bills, collects and credits; the sales manager approves
 * what is held. Every amount is worked out here from the quotation's unit prices and tax rates.
 */
class OrderToCashIT {

    private static final ProbeSteps REP = ProbeSteps.as(DemoUsers.REP);
    private static final ProbeSteps MANAGER = ProbeSteps.as(DemoUsers.SALES_MANAGER);
    private static final ProbeSteps FINANCE = ProbeSteps.as(DemoUsers.FINANCE);

    private static final String OPEN_RECEIVABLES = "select coalesce(sum(gross_total - paid_amount - credited_amount), 0) "
            + "from invoice where customer_id = ? and status in ('ISSUED', 'PARTLY_PAID')";
    private static final String ORDERED = "('AWAITING_APPROVAL', 'CONFIRMED', 'PARTLY_DELIVERED', 'DELIVERED')";
    /** Ordered and not yet on an issued invoice. */
    private static final String OPEN_ORDERS = "select coalesce((select sum(gross_total) from sales_order "
            + "where customer_id = ? and status in " + ORDERED + "), 0) - coalesce((select sum(il.line_gross) "
            + "from invoice_line il join invoice i on i.id = il.invoice_id "
            + "join delivery_line dl on dl.id = il.delivery_line_id "
            + "join sales_order_line ol on ol.id = dl.sales_order_line_id join sales_order o on o.id = ol.sales_order_id "
            + "where i.customer_id = ? and i.status <> 'DRAFT' and o.status in " + ORDERED + "), 0)";

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal decimal(JsonObject json, String field) {
        return json.getJsonNumber(field).bigDecimalValue();
    }

    @Test
    void aQuotationIsOrderedDeliveredInTwoPartsBilledPaidAndPartlyCreditedToTheCent() {
        long customer = TandemDatabase.repCustomer(0);
        TandemDatabase.update("update customer set credit_limit = 100000000 where id = ?", customer);
        List<Long> products = TandemDatabase.pricedProducts(0, 4);
        int year = LocalDate.now().getYear();

        // the rep quotes three products: 12 (a quantity break), 5 with 3 % off by hand, 2; then sends and it is accepted
        JsonObject quotation = REP.done("quotation.create", body().add("customerId", customer)
                .add("validUntil", LocalDate.now().plusDays(30).toString())
                .add("lines", Json.createArrayBuilder()
                        .add(body().add("productId", products.get(0)).add("quantity", 12))
                        .add(body().add("productId", products.get(1)).add("quantity", 5).add("discount", 3))
                        .add(body().add("productId", products.get(2)).add("quantity", 2))));
        JsonObject q1 = line(quotation, 1);
        JsonObject q2 = line(quotation, 2);
        JsonObject q3 = line(quotation, 3);
        LineAmounts.of(q1, n("12")).plus(LineAmounts.of(q2, n("5"))).plus(LineAmounts.of(q3, n("2")))
                .assertOn(quotation, "quotation");
        REP.done("quotation.send", body().add("id", quotation.getJsonNumber("id")));
        assertEquals("ACCEPTED", REP.done("quotation.accept", body().add("id", quotation.getJsonNumber("id")))
                .getString("status"));

        // the order takes 10 of the 12 and all 5, not the third line, at the quotation's prices
        JsonObject order = REP.done("order.fromQuotation", body().add("quotationId", quotation.getJsonNumber("id"))
                .add("quantities", body().add(String.valueOf(q1.getJsonNumber("id")), 10)
                        .add(String.valueOf(q2.getJsonNumber("id")), 5)));
        assertEquals(2, order.getJsonArray("lines").size());
        JsonObject o1 = line(order, 1);
        JsonObject o2 = line(order, 2);
        assertEquals(0, decimal(q1, "unitPrice").compareTo(decimal(o1, "unitPrice")));
        assertEquals(0, decimal(q2, "unitPrice").compareTo(decimal(o2, "unitPrice")));
        LineAmounts.of(q1, n("10")).plus(LineAmounts.of(q2, n("5"))).assertOn(order, "order");
        assertEquals(0, n("10").compareTo(decimal(line(REP.done("quotation.get",
                body().add("id", quotation.getJsonNumber("id"))), 1), "orderedQuantity")));

        // within the (raised) credit limit and the rep's 5 % authority it is confirmed at once
        long orderId = order.getJsonNumber("id").longValue();
        assertEquals("CONFIRMED", REP.done("order.confirm", body().add("id", orderId)).getString("status"));

        // first delivery: 4 of line 1 and all of line 2
        JsonObject d1 = REP.done("delivery.plan", body().add("orderId", orderId).add("quantities", Json.createArrayBuilder()
                .add(body().add("lineId", o1.getJsonNumber("id")).add("quantity", 4))
                .add(body().add("lineId", o2.getJsonNumber("id")).add("quantity", 5))));
        assertEquals("SHIPPED", REP.done("delivery.ship", body().add("id", d1.getJsonNumber("id"))).getString("status"));
        assertEquals("PARTLY_DELIVERED", REP.done("order.get", body().add("id", orderId)).getString("status"));

        // finance bills it and issues the invoice under the year's next number
        JsonArray drafts = FINANCE.doneList("invoice.bill", body().add("deliveryIds", Json.createArrayBuilder()
                .add(d1.getJsonNumber("id"))));
        assertEquals(1, drafts.size());
        JsonObject invoice1 = FINANCE.done("invoice.issue", body().add("id", drafts.getJsonObject(0).getJsonNumber("id")));
        LineAmounts bill1 = LineAmounts.of(q1, n("4")).plus(LineAmounts.of(q2, n("5")));
        bill1.assertOn(invoice1, "first invoice");
        assertEquals("ISSUED", invoice1.getString("status"));
        assertTrue(invoice1.getString("number").matches("INV-" + year + "-\\d{6}"), invoice1.getString("number"));
        LineAmounts.assertAmount(bill1.gross(), invoice1, "open", "first invoice");
        long invoice1Id = invoice1.getJsonNumber("id").longValue();

        // second delivery: the other 6; the order is delivered
        JsonObject d2 = REP.done("delivery.plan", body().add("orderId", orderId).add("quantities", Json.createArrayBuilder()
                .add(body().add("lineId", o1.getJsonNumber("id")).add("quantity", 6))));
        REP.done("delivery.ship", body().add("id", d2.getJsonNumber("id")));
        JsonObject delivered = REP.done("order.get", body().add("id", orderId));
        assertEquals("DELIVERED", delivered.getString("status"));

        // a second, direct order of the same customer, delivered at once, is billed on one invoice with the rest
        JsonObject order2 = REP.done("order.create", body().add("customerId", customer).add("lines",
                Json.createArrayBuilder().add(body().add("productId", products.get(3)).add("quantity", 3))));
        REP.done("order.confirm", body().add("id", order2.getJsonNumber("id")));
        JsonObject d3 = REP.done("delivery.plan", body().add("orderId", order2.getJsonNumber("id"))
                .add("quantities", Json.createArrayBuilder().add(body()
                        .add("lineId", line(order2, 1).getJsonNumber("id")).add("quantity", 3))));
        REP.done("delivery.ship", body().add("id", d3.getJsonNumber("id")));
        JsonArray consolidated = FINANCE.doneList("invoice.bill", body().add("consolidate", true)
                .add("deliveryIds", Json.createArrayBuilder().add(d2.getJsonNumber("id")).add(d3.getJsonNumber("id"))));
        assertEquals(1, consolidated.size(), "one invoice for one customer");
        JsonObject invoice2 = FINANCE.done("invoice.issue", body().add("id", consolidated.getJsonObject(0).getJsonNumber("id")));
        assertEquals(2, invoice2.getJsonArray("lines").size());
        LineAmounts bill2 = LineAmounts.of(q1, n("6")).plus(LineAmounts.of(line(order2, 1), n("3")));
        bill2.assertOn(invoice2, "consolidated invoice");
        assertEquals(String.format("INV-%d-%06d", year, running(invoice1) + 1), invoice2.getString("number"),
                "the next number, no gap");
        long invoice2Id = invoice2.getJsonNumber("id").longValue();

        // a part payment of the first invoice, then one payment of the rest of it and all of the second
        BigDecimal part = bill1.gross().divide(n("3"), 2, RoundingMode.DOWN);
        BigDecimal rest1 = bill1.gross().subtract(part);
        JsonObject payment1 = FINANCE.done("payment.record", body().add("customerId", customer).add("amount", part)
                .add("parts", Json.createArrayBuilder().add(body().add("invoiceId", invoice1Id).add("amount", part))));
        LineAmounts.assertAmount(part, payment1, "amount", "first payment");
        JsonObject afterPart = FINANCE.done("invoice.get", body().add("id", invoice1Id));
        assertEquals("PARTLY_PAID", afterPart.getString("status"));
        LineAmounts.assertAmount(rest1, afterPart, "open", "first invoice after the part payment");
        BigDecimal rest = rest1.add(bill2.gross());
        JsonObject payment2 = FINANCE.done("payment.record", body().add("customerId", customer).add("amount", rest)
                .add("parts", Json.createArrayBuilder()
                        .add(body().add("invoiceId", invoice1Id).add("amount", rest1))
                        .add(body().add("invoiceId", invoice2Id).add("amount", bill2.gross()))));
        LineAmounts.assertAmount(rest, payment2, "amount", "second payment");
        for (long id : new long[]{invoice1Id, invoice2Id}) {
            JsonObject paid = FINANCE.done("invoice.get", body().add("id", id));
            assertEquals("PAID", paid.getString("status"));
            LineAmounts.assertAmount(BigDecimal.ZERO, paid, "open", "paid invoice");
        }

        // one of the 4 first delivered comes back damaged; once received, finance credits it against invoice 1
        JsonObject d1Line1 = line(REP.done("delivery.get", body().add("id", d1.getJsonNumber("id"))), 1);
        JsonObject customerReturn = REP.done("return.request", body().add("deliveryId", d1.getJsonNumber("id"))
                .add("quantities", Json.createArrayBuilder().add(body()
                        .add("deliveryLineId", d1Line1.getJsonNumber("id")).add("quantity", 1))));
        assertEquals("RECEIVED", REP.done("return.receive", body().add("id", customerReturn.getJsonNumber("id")))
                .getString("status"));
        JsonObject creditNote = FINANCE.done("creditNote.issue", body().add("returnId", customerReturn.getJsonNumber("id")));
        LineAmounts credited = LineAmounts.of(q1, n("1"));
        credited.assertOn(creditNote, "credit note");
        assertEquals(invoice1Id, creditNote.getJsonNumber("invoiceId").longValue(), "credits the invoice that billed the goods");
        assertEquals(invoice1.getString("number"), creditNote.getString("invoiceNumber"));
        assertTrue(creditNote.getString("number").matches("CN-" + year + "-\\d{6}"), creditNote.getString("number"));
        JsonObject afterCredit = FINANCE.done("invoice.get", body().add("id", invoice1Id));
        LineAmounts.assertAmount(credited.gross(), afterCredit, "credited", "first invoice after the credit note");
        // paid in full before the goods came back: what is open is what the customer is owed
        LineAmounts.assertAmount(credited.gross().negate(), afterCredit, "open", "first invoice after the credit note");
        assertEquals(0, n("1").compareTo(decimal(line(REP.done("delivery.get", body().add("id", d1.getJsonNumber("id"))), 1),
                "returnedQuantity")));

        // from the credit note the flow reaches back to the quotation, through the order, deliveries and invoices
        JsonArray flow = REP.doneList("flow", body().add("kind", "CREDIT_NOTE").add("id", creditNote.getJsonNumber("id")));
        Map<String, List<Long>> byKind = flow.getValuesAs(JsonObject.class).stream().collect(Collectors.groupingBy(
                node -> node.getString("kind"), Collectors.mapping(node -> node.getJsonNumber("id").longValue(),
                        Collectors.toList())));
        assertEquals(List.of(quotation.getJsonNumber("id").longValue()), byKind.get("QUOTATION"), flow::toString);
        assertEquals(List.of(orderId), byKind.get("SALES_ORDER"), flow::toString);
        assertEquals(2, byKind.get("DELIVERY").size(), flow::toString);
        assertTrue(byKind.get("INVOICE").containsAll(List.of(invoice1Id, invoice2Id)), flow::toString);
        assertEquals(2, byKind.get("PAYMENT").size(), flow::toString);
        assertEquals(List.of(customerReturn.getJsonNumber("id").longValue()), byKind.get("RETURN"), flow::toString);
        assertTrue(flow.getValuesAs(JsonObject.class).stream().anyMatch(node -> node.getString("kind").equals("CREDIT_NOTE")
                && node.getBoolean("current")), flow::toString);
    }

    @Test
    void confirmingAnOrderOverTheCreditLimitWaitsForASalesManager() {
        long customer = TandemDatabase.repCustomer(1);
        TandemDatabase.update("update customer set credit_limit = 1 where id = ?", customer);
        long product = TandemDatabase.pricedProducts(0, 1).get(0);
        JsonObject order = REP.done("order.create", body().add("customerId", customer).add("lines",
                Json.createArrayBuilder().add(body().add("productId", product).add("quantity", 2))));
        JsonObject held = REP.done("order.confirm", body().add("id", order.getJsonNumber("id")));
        assertEquals("AWAITING_APPROVAL", held.getString("status"));
        assertTrue(held.getBoolean("creditHold"));
        assertFalse(held.getBoolean("discountHold"));

        REP.refused("order.approve", body().add("id", order.getJsonNumber("id")));
        assertEquals("AWAITING_APPROVAL", TandemDatabase.text("select status from sales_order where id = ?",
                order.getJsonNumber("id").longValue()));
        JsonObject approved = MANAGER.done("order.approve", body().add("id", order.getJsonNumber("id")));
        assertEquals("CONFIRMED", approved.getString("status"));
        assertEquals(DemoUsers.SALES_MANAGER.username, approved.getString("decidedBy"));
    }

    @Test
    void anOrderExactlyAtTheCreditLimitIsConfirmedAndOneCentOverIsHeld() {
        long product = TandemDatabase.pricedProducts(0, 1).get(0);
        for (int nth : new int[]{5, 6}) {
            long customer = TandemDatabase.repCustomer(nth);
            TandemDatabase.update("update customer set credit_limit = 100000000 where id = ?", customer);
            JsonObject order = REP.done("order.create", body().add("customerId", customer).add("lines",
                    Json.createArrayBuilder().add(body().add("productId", product).add("quantity", 3))));
            // the sample data may have left the customer owing already: what it owes and has on order counts too
            JsonObject exposure = REP.done("order.exposure", body().add("id", order.getJsonNumber("id")));
            BigDecimal limit = decimal(exposure, "openReceivables").add(decimal(exposure, "openOrders"))
                    .add(decimal(order, "gross")).subtract(nth == 5 ? BigDecimal.ZERO : n("0.01"));
            // and it is what the tables say, summed here in SQL
            assertEquals(0, TandemDatabase.number(OPEN_RECEIVABLES, customer).compareTo(decimal(exposure, "openReceivables")),
                    exposure::toString);
            assertEquals(0, TandemDatabase.number(OPEN_ORDERS, customer, customer).compareTo(decimal(exposure, "openOrders")),
                    exposure::toString);
            TandemDatabase.update("update customer set credit_limit = ? where id = ?", limit, customer);
            JsonObject confirmed = REP.done("order.confirm", body().add("id", order.getJsonNumber("id")));
            assertEquals(nth == 5 ? "CONFIRMED" : "AWAITING_APPROVAL", confirmed.getString("status"), "limit " + limit);
            assertEquals(nth != 5, confirmed.getBoolean("creditHold"));
        }
    }

    @Test
    void aDiscountBeyondTheRepsAuthorityWaitsForASalesManagerEvenWithinCredit() {
        long customer = TandemDatabase.repCustomer(4);
        TandemDatabase.update("update customer set credit_limit = 100000000 where id = ?", customer);
        long product = TandemDatabase.pricedProducts(0, 1).get(0);
        JsonObject order = REP.done("order.create", body().add("customerId", customer).add("lines",
                Json.createArrayBuilder().add(body().add("productId", product).add("quantity", 1).add("discount", 10))));
        JsonObject held = REP.done("order.confirm", body().add("id", order.getJsonNumber("id")));
        assertEquals("AWAITING_APPROVAL", held.getString("status"));
        assertTrue(held.getBoolean("discountHold"));
        assertFalse(held.getBoolean("creditHold"));
        assertEquals("CONFIRMED", MANAGER.done("order.approve", body().add("id", order.getJsonNumber("id")))
                .getString("status"));

        // 5 % is within a rep's authority: confirmed at once
        JsonObject withinAuthority = REP.done("order.create", body().add("customerId", customer).add("lines",
                Json.createArrayBuilder().add(body().add("productId", product).add("quantity", 1).add("discount", 5))));
        assertEquals("CONFIRMED", REP.done("order.confirm", body().add("id", withinAuthority.getJsonNumber("id")))
                .getString("status"));
    }

    static JsonObject line(JsonObject document, int lineNo) {
        return document.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getInt("lineNo") == lineNo).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + lineNo + " in " + document));
    }

    static long running(JsonObject issued) {
        String number = issued.getString("number");
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }
}
