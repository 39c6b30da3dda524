package org.tandem.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.it.ProbeSteps.body;

/**
 * Builds the documents a test starts from, through the same steps as order to cash: a confirmed order, a shipped
 * delivery, an issued invoice. Each test class works on a customer of its own, with credit enough.
 */
final class SalesDocuments {

    static final ProbeSteps REP = ProbeSteps.as(DemoUsers.REP);
    static final ProbeSteps FINANCE = ProbeSteps.as(DemoUsers.FINANCE);

    final long customer;
    final List<Long> products;

    /** @param nthCustomer which of the demo rep's customers (from 0) */
    SalesDocuments(int nthCustomer) {
        customer = TandemDatabase.repCustomer(nthCustomer);
        TandemDatabase.update("update customer set credit_limit = 100000000 where id = ?", customer);
        products = TandemDatabase.pricedProducts(0, 3);
    }

    /** A draft order of the first products, one line per quantity. */
    JsonObject draftOrder(int... quantities) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (int i = 0; i < quantities.length; i++) {
            lines.add(body().add("productId", products.get(i)).add("quantity", quantities[i]));
        }
        return REP.done("order.create", body().add("customerId", customer).add("lines", lines));
    }

    JsonObject confirmedOrder(int... quantities) {
        JsonObject order = REP.done("order.confirm", body().add("id", draftOrder(quantities).getJsonNumber("id")));
        assertEquals("CONFIRMED", order.getString("status"));
        return order;
    }

    /** Plans and ships {@code quantity} of the order's first line. */
    JsonObject shippedDelivery(JsonObject order, int quantity) {
        JsonObject delivery = REP.done("delivery.plan", body().add("orderId", order.getJsonNumber("id"))
                .add("quantities", Json.createArrayBuilder().add(body()
                        .add("lineId", OrderToCashIT.line(order, 1).getJsonNumber("id")).add("quantity", quantity))));
        return REP.done("delivery.ship", body().add("id", delivery.getJsonNumber("id")));
    }

    JsonObject issuedInvoice(JsonObject delivery) {
        JsonObject draft = FINANCE.doneList("invoice.bill", body().add("deliveryIds",
                Json.createArrayBuilder().add(delivery.getJsonNumber("id")))).getJsonObject(0);
        return FINANCE.done("invoice.issue", body().add("id", draft.getJsonNumber("id")));
    }
}
