package org.tandem.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.it.ProbeSteps.body;
import static org.tandem.it.SalesDocuments.FINANCE;

/**
 * Invoice numbers have no gaps and no duplicates when finance issues many drafts at the same moment, and an issue
 * that fails after drawing its number gives the number back.
 */
class GaplessInvoiceNumbersIT {

    private static final int DRAFTS = 8;

    @Test
    void draftsIssuedAtTheSameTimeGetConsecutiveNumbersAndAFailedIssueLeavesNoGap() throws Exception {
        SalesDocuments documents = new SalesDocuments(3);
        int year = LocalDate.now().getYear();
        JsonObject order = documents.confirmedOrder(DRAFTS + 1);
        List<Long> deliveries = new ArrayList<>();
        for (int i = 0; i <= DRAFTS; i++) {
            deliveries.add(documents.shippedDelivery(order, 1).getJsonNumber("id").longValue());
        }
        var ids = Json.createArrayBuilder();
        deliveries.forEach(ids::add);
        JsonArray drafts = FINANCE.doneList("invoice.bill", body().add("deliveryIds", ids));
        assertEquals(DRAFTS + 1, drafts.size());
        // the last draft loses its only delivery: issuing it draws a number, then fails ("no lines") and rolls back
        long emptyDraft = drafts.getJsonObject(DRAFTS).getJsonNumber("id").longValue();
        long droppedDelivery = deliveries.get(DRAFTS);
        assertEquals(0, FINANCE.done("invoice.drop", body().add("id", emptyDraft).add("deliveryId", droppedDelivery))
                .getJsonArray("lines").size());
        long before = lastNumber(year);

        CyclicBarrier start = new CyclicBarrier(DRAFTS + 1);
        ExecutorService threads = Executors.newFixedThreadPool(DRAFTS + 1);
        List<Future<JsonObject>> answers = new ArrayList<>();
        try {
            for (int i = 0; i <= DRAFTS; i++) {
                long draft = drafts.getJsonObject(i).getJsonNumber("id").longValue();
                answers.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return FINANCE.run("invoice.issue", body().add("id", draft));
                }));
            }
            TreeSet<Long> numbers = new TreeSet<>();
            List<String> refusals = new ArrayList<>();
            for (Future<JsonObject> answer : answers) {
                JsonObject outcome = answer.get(120, TimeUnit.SECONDS);
                if (outcome.getString("outcome").equals("done")) {
                    numbers.add(OrderToCashIT.running(outcome.getJsonObject("result")));
                } else {
                    refusals.add(outcome.getString("key", outcome.toString()));
                }
            }
            assertEquals(List.of("tandem.document.noLines"), refusals);
            assertEquals(LongStream.rangeClosed(before + 1, before + DRAFTS).boxed().toList(), List.copyOf(numbers),
                    "consecutive, no duplicates, after " + before);
        } finally {
            threads.shutdownNow();
        }
        assertEquals(before + DRAFTS, lastNumber(year));

        // the dropped delivery billed again takes the very next number: the failed issue left none unused
        JsonObject draft = FINANCE.doneList("invoice.bill", body().add("deliveryIds",
                Json.createArrayBuilder().add(droppedDelivery))).getJsonObject(0);
        JsonObject issued = FINANCE.done("invoice.issue", body().add("id", draft.getJsonNumber("id")));
        assertEquals(String.format("INV-%d-%06d", year, before + DRAFTS + 1), issued.getString("number"));

        // and over the whole table: this year's invoice numbers are exactly 1..last, each once
        List<Long> all = TandemDatabase.longs("select cast(substring(number from 10) as bigint) from invoice "
                + "where number like ? order by 1", "INV-" + year + "-%");
        assertEquals(LongStream.rangeClosed(1, lastNumber(year)).boxed().toList(), all);
    }

    private static long lastNumber(int year) {
        return TandemDatabase.count("select last_number from document_counter where kind = 'INVOICE' and counter_year = ?", year);
    }
}
