package org.tandem.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Promotion requests in the whole EAR on PostgreSQL, each step one session bean call (one transaction) as a demo
 * user: two approvals racing for the last of a budget, and an approved discount that prices the next order and
 * quotation (not those before it) and ends from the day it is cancelled. The campaigns are this test's own,
 * written here with the budget each case needs.
 */
class PromotionIT {

    private static final LocalDate TODAY = LocalDate.now();

    @BeforeAll
    static void routedByTheSalesManagerUpToTwentyThousand() {
        ProbeSteps.as(DemoUsers.GENERAL_MANAGER).done("organisation.stage", ProbeSteps.body().add("stage", "SIMPLE_SALES")
                .add("salesAuthority", 20000).add("escalationLimit", 100000));
    }

    @Test
    void twoApprovalsRacingForTheLastOfABudgetOneSucceeds() throws Exception {
        long campaign = campaign(990_001L, "CMP-IT-RACE", "1000");
        long customer = TandemDatabase.repCustomer(20);
        long product = TandemDatabase.pricedProducts(20, 1).get(0);
        ProbeSteps rep = ProbeSteps.as(DemoUsers.REP);
        long first = rep.done("promotion.file", discount(campaign, customer, product, "600", TODAY)).getJsonNumber("id").longValue();
        long second = rep.done("promotion.file", discount(campaign, customer, product, "600", TODAY)).getJsonNumber("id").longValue();

        ProbeSteps manager = ProbeSteps.as(DemoUsers.SALES_MANAGER);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<JsonObject>> answers = new ArrayList<>();
            for (long id : List.of(first, second)) {
                Callable<JsonObject> approve = () -> {
                    start.await();
                    return manager.run("promotion.approve", ProbeSteps.body().add("id", id));
                };
                answers.add(pool.submit(approve));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<JsonObject> answer : answers) {
                JsonObject a = answer.get();
                outcomes.add(a.getString("outcome").equals("violation") ? a.getString("key") : a.getString("outcome"));
            }
            assertEquals(List.of("done", "tandem.campaign.budget.exceeded"), outcomes.stream().sorted().toList(),
                    outcomes::toString);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, new BigDecimal("600").compareTo(TandemDatabase.number(
                "select committed from campaign_budget where campaign_id = ? and category = 'DISCOUNTS'", campaign)));
        assertEquals(1L, TandemDatabase.count("select count(*) from promotion_request where campaign_id = ? "
                + "and status = 'APPROVED'", campaign));
        assertEquals(1L, TandemDatabase.count("select count(*) from campaign_spend where campaign_id = ?", campaign));
    }

    @Test
    void anApprovedDiscountPricesTheNextOrderNotTheOneBeforeAndEndsFromTheDayItIsCancelled() {
        long campaign = campaign(990_051L, "CMP-IT-PRICE", "50000");
        long customer = TandemDatabase.repCustomer(21);
        long product = TandemDatabase.pricedProducts(21, 1).get(0);
        ProbeSteps rep = ProbeSteps.as(DemoUsers.REP);
        JsonObject before = rep.done("order.create", lines(customer, product));
        BigDecimal listPrice = unitPrice(before);

        // started three days ago, so that cancelling ends it yesterday rather than switching it off
        JsonObject filed = rep.done("promotion.file", discount(campaign, customer, product, "5000", TODAY.minusDays(3)));
        assertEquals("SALES_MANAGER", filed.getString("awaiting"));
        rep.refused("promotion.approve", ProbeSteps.body().add("id", filed.getJsonNumber("id").longValue()).add("version", 0));
        JsonObject approved = ProbeSteps.as(DemoUsers.SALES_MANAGER).done("promotion.approve",
                ProbeSteps.body().add("id", filed.getJsonNumber("id").longValue()));
        assertEquals("APPROVED", approved.getString("status"));

        JsonObject after = rep.done("order.create", lines(customer, product));
        assertEquals(0, listPrice.multiply(new BigDecimal("0.90")).setScale(2, java.math.RoundingMode.HALF_UP)
                        .compareTo(unitPrice(after).setScale(2, java.math.RoundingMode.HALF_UP)),
                () -> "list " + listPrice + ", after " + unitPrice(after));
        assertTrue(line(after).getString("explainedBy").contains("促销 " + filed.getString("number")), after::toString);
        JsonObject quotation = rep.done("quotation.create", lines(customer, product).add("validUntil", TODAY.plusDays(30).toString()));
        assertTrue(line(quotation).getString("explainedBy").contains(filed.getString("number")), quotation::toString);
        JsonObject reread = rep.done("order.get", ProbeSteps.body().add("id", before.getJsonNumber("id").longValue()));
        assertEquals(0, listPrice.compareTo(unitPrice(reread)), "the order written before keeps its price");

        JsonObject cancelled = ProbeSteps.as(DemoUsers.SALES_MANAGER).done("promotion.cancel",
                ProbeSteps.body().add("id", filed.getJsonNumber("id").longValue()));
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals(TODAY.minusDays(1).toString(), TandemDatabase.text(
                "select thru_date from price_rule where source = ?", "promotion:" + filed.getString("number")));
        JsonObject later = rep.done("order.create", lines(customer, product));
        assertEquals(0, listPrice.compareTo(unitPrice(later)));
        assertNotEquals(0, new BigDecimal(cancelled.get("released").toString()).signum(), "days to come are given back");
    }

    /** A running campaign of this test, with {@code discounts} to commit. */
    private static long campaign(long id, String code, String discounts) {
        TandemDatabase.update("insert into campaign (id, code, name, kind, status, from_date, thru_date, currency, "
                        + "created_by, created_at, version) values (?, ?, ?, 'TRADE_PROMOTION', 'RUNNING', ?, ?, 'CNY', "
                        + "'marketing', current_timestamp, 0)", id, code, code, java.sql.Date.valueOf(TODAY.minusDays(30)),
                java.sql.Date.valueOf(TODAY.plusDays(60)));
        TandemDatabase.update("insert into campaign_budget (campaign_id, category, planned, committed, actual) "
                + "values (?, 'DISCOUNTS', ?, 0, 0)", id, new BigDecimal(discounts));
        return id;
    }

    private static JsonObjectBuilder discount(long campaign, long customer, long product, String cost, LocalDate from) {
        return ProbeSteps.body().add("kind", "DISCOUNT").add("campaignId", campaign)
                .add("customerIds", Json.createArrayBuilder().add(customer))
                .add("productIds", Json.createArrayBuilder().add(product))
                .add("fromDate", from.toString()).add("thruDate", TODAY.plusDays(20).toString())
                .add("percentOff", 10).add("cost", new BigDecimal(cost));
    }

    private static JsonObjectBuilder lines(long customer, long product) {
        return ProbeSteps.body().add("customerId", customer).add("lines", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("productId", product).add("quantity", 1)));
    }

    private static JsonObject line(JsonObject document) {
        return document.getJsonArray("lines").getJsonObject(0);
    }

    private static BigDecimal unitPrice(JsonObject document) {
        return line(document).getJsonNumber("unitPrice").bigDecimalValue();
    }
}
