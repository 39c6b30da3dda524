package org.tandem.bench;

import jakarta.ejb.SessionContext;
import org.tandem.order.boundary.OrderProcessingOutside;
import org.tandem.order.entity.SalesOrder;
import org.tandem.order.entity.SalesOrderLine;
import org.tandem.organization.entity.Role;
import org.tandem.pricing.boundary.PriceInquiry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A sales order of 1,000 lines, as the order screen drives it: created (every line priced), opened (the order with
 * its lines), and one line changed and saved (that line priced again, the order's totals and version written).
 * Prints mean, median and p95 of each step.
 */
final class LargeOrderBenchmark {

    static final int LINES = 1000;
    private static final int ROUNDS = 20;

    private LargeOrderBenchmark() {
    }

    static void run() throws Exception {
        try (SalesDatabase db = SalesDatabase.create()) {
            if (db == null) {
                return;
            }
            SalesStaff staff = SalesStaff.of(db);
            String repName = staff.reps().get(0);
            SessionContext rep = Caller.as(repName, Role.Names.SALES_REP);
            long customer = staff.customersByRep().get(repName).get(0);
            List<Long> products = new ArrayList<>(staff.products());
            List<PriceInquiry.Line> lines = new ArrayList<>();
            for (int i = 0; i < LINES; i++) {
                lines.add(new PriceInquiry.Line(products.get(i % products.size()), BigDecimal.valueOf(1 + i % 30), null));
            }
            Timings create = new Timings();
            Timings open = new Timings();
            Timings change = new Timings();
            for (int round = 0; round < ROUNDS + 3; round++) {
                long started = System.nanoTime();
                SalesOrder created = db.inTransaction(em -> OrderProcessingOutside.of(em, rep)
                        .create(customer, null, null, lines));
                long createdAt = System.nanoTime();
                SalesOrder opened = db.inTransaction(em -> OrderProcessingOutside.of(em, rep).order(created.getId()));
                long openedAt = System.nanoTime();
                SalesOrderLine line = opened.getLines().get(LINES / 2);
                SalesOrder changed = db.inTransaction(em -> OrderProcessingOutside.of(em, rep).changeLine(opened.getId(),
                        opened.getVersion(), line.getId(), new PriceInquiry.Line(line.getProduct().getId(),
                                line.getQuantity().add(BigDecimal.ONE), null)));
                long changedAt = System.nanoTime();
                if (changed.getLines().size() != LINES || changed.getVersion() == opened.getVersion()) {
                    throw new IllegalStateException("the change did not land on " + changed.getNumber());
                }
                // the first rounds warm the JIT and the connection pool up
                if (round >= 3) {
                    create.add(createdAt - started);
                    open.add(openedAt - createdAt);
                    change.add(changedAt - openedAt);
                }
            }
            System.out.println();
            System.out.printf("A sales order of %,d lines, %d rounds after 3 to warm up (ms)%n", LINES, ROUNDS);
            System.out.printf("%-34s %8s %8s %8s%n", "step", "mean", "median", "p95");
            print("create (1,000 lines priced)", create);
            print("open (order with its lines)", open);
            print("change one line and save", change);
        }
    }

    private static void print(String step, Timings timings) {
        System.out.printf("%-34s %8.1f %8.1f %8.1f%n", step, timings.meanMillis(), timings.percentileMillis(50),
                timings.percentileMillis(95));
    }
}
