package org.tandem.bench;

import jakarta.ejb.SessionContext;
import org.tandem.delivery.boundary.DeliveryQuantity;
import org.tandem.delivery.boundary.ShippingOutside;
import org.tandem.delivery.entity.Delivery;
import org.tandem.invoice.boundary.InvoicingOutside;
import org.tandem.invoice.entity.Invoice;
import org.tandem.order.boundary.OrderProcessingOutside;
import org.tandem.order.entity.OrderStatus;
import org.tandem.order.entity.SalesOrder;
import org.tandem.order.entity.SalesOrderLine;
import org.tandem.organization.entity.Role;
import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.shared.boundary.PageRequest;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The order-to-cash cycle of the SAP SD benchmark, on Tandem's session beans: every simulated user repeats
 * create and confirm an order of 5 lines, plan its delivery, display the order, change the delivery, post the
 * goods issue, list 40 orders, bill and issue the invoice. Each step is one bean call in one transaction, with no
 * think time. Users are the demo data's sales reps (each with their own customers) and, for billing, finance.
 */
final class SdCycleBenchmark {

    static final int LINES = 5;
    private static final String[] STEPS = {"create", "confirm", "plan delivery", "display order", "change delivery",
            "goods issue", "list 40 orders", "bill", "issue invoice"};
    private static final SessionContext FINANCE = Caller.as("finance", Role.Names.FINANCE);

    private SdCycleBenchmark() {
    }

    static void run(int[] users, long warmUpMillis, long measureMillis) throws Exception {
        try (SalesDatabase db = SalesDatabase.create()) {
            if (db == null) {
                return;
            }
            SalesStaff staff = SalesStaff.of(db);
            System.out.println();
            System.out.printf("SD cycle: %d reps, %d customers, %d products; %d s warm-up, %d s measured per row%n",
                    staff.reps().size(), staff.customersByRep().values().stream().mapToInt(List::size).sum(),
                    staff.products().size(), warmUpMillis / 1000, measureMillis / 1000);
            List<String> rows = new ArrayList<>();
            for (int n : users) {
                rows.add(measure(db, staff, n, warmUpMillis, measureMillis));
            }
            System.out.println();
            System.out.println("SD cycle, order line items fully processed (100 SAPS = 2,000 line items per hour)");
            System.out.printf("%6s %8s %8s %12s %8s %12s%n", "users", "cycles", "errors", "items/hour", "SAPS",
                    "ms/cycle");
            rows.forEach(System.out::println);
        }
    }

    private static String measure(SalesDatabase db, SalesStaff staff, int users, long warmUpMillis, long measureMillis)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long start = System.currentTimeMillis();
        long measureFrom = start + warmUpMillis;
        long end = measureFrom + measureMillis;
        List<Future<User>> futures = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String rep = staff.reps().get(i % staff.reps().size());
            User user = new User(db, staff, rep, new Random(i), measureFrom, end);
            futures.add(pool.submit(() -> {
                user.loop();
                return user;
            }));
        }
        long cycles = 0;
        long errors = 0;
        long cycleNanos = 0;
        Map<String, Timings> steps = new LinkedHashMap<>();
        for (String step : STEPS) {
            steps.put(step, new Timings());
        }
        for (Future<User> future : futures) {
            User user = future.get();
            cycles += user.cycles;
            errors += user.errors;
            cycleNanos += user.cycleNanos;
            user.steps.forEach((step, t) -> steps.get(step).addAll(t));
        }
        pool.shutdown();
        double hours = measureMillis / 3_600_000.0;
        double itemsPerHour = cycles * LINES / hours;
        System.out.printf("%d users: per step, ms%n", users);
        System.out.printf("  %-16s %8s %8s %8s%n", "step", "calls", "mean", "p95");
        steps.forEach((step, t) -> System.out.printf("  %-16s %8d %8.1f %8.1f%n", step, t.count(), t.meanMillis(),
                t.percentileMillis(95)));
        return String.format("%6d %8d %8d %12.0f %8.0f %12.1f", users, cycles, errors, itemsPerHour,
                itemsPerHour / 20, cycles == 0 ? Double.NaN : cycleNanos / 1e6 / cycles);
    }

    /** One simulated user: a sales rep doing the sales steps, finance the billing. */
    private static final class User {
        private final SalesDatabase db;
        private final List<Long> customers;
        private final List<Long> products;
        private final SessionContext rep;
        private final Random random;
        private final long measureFrom;
        private final long end;
        final Map<String, Timings> steps = new LinkedHashMap<>();
        long cycles;
        long errors;
        long cycleNanos;
        private boolean measuring;

        User(SalesDatabase db, SalesStaff staff, String rep, Random random, long measureFrom, long end) {
            this.db = db;
            this.customers = staff.customersByRep().get(rep);
            this.products = new ArrayList<>(staff.products());
            this.rep = Caller.as(rep, Role.Names.SALES_REP);
            this.random = random;
            this.measureFrom = measureFrom;
            this.end = end;
            for (String step : STEPS) {
                steps.put(step, new Timings());
            }
        }

        void loop() {
            long now;
            while ((now = System.currentTimeMillis()) < end) {
                measuring = now >= measureFrom;
                long started = System.nanoTime();
                try {
                    cycle();
                    // a cycle counts when it ended within the measured time and began in it
                    if (measuring && System.currentTimeMillis() < end) {
                        cycles++;
                        cycleNanos += System.nanoTime() - started;
                    }
                } catch (RuntimeException failed) {
                    if (measuring) {
                        errors++;
                    }
                    if (errors <= 3 && measuring) {
                        System.out.println("  cycle failed: " + failed);
                    }
                }
            }
        }

        private void cycle() {
            long customer = customers.get(random.nextInt(customers.size()));
            Collections.shuffle(products, random);
            List<PriceInquiry.Line> lines = new ArrayList<>();
            for (Long product : products.subList(0, LINES)) {
                lines.add(new PriceInquiry.Line(product, BigDecimal.valueOf(2 + random.nextInt(19)), null));
            }
            SalesOrder created = step("create", () -> db.inTransaction(em ->
                    OrderProcessingOutside.of(em, rep).create(customer, null, null, lines)));
            SalesOrder confirmed = step("confirm", () -> db.inTransaction(em ->
                    OrderProcessingOutside.of(em, rep).confirm(created.getId(), created.getVersion())));
            if (confirmed.getStatus() != OrderStatus.CONFIRMED) {
                throw new IllegalStateException(confirmed.getNumber() + " is " + confirmed.getStatus());
            }
            List<DeliveryQuantity> all = new ArrayList<>();
            for (SalesOrderLine line : confirmed.getLines()) {
                all.add(new DeliveryQuantity(line.getId(), line.getQuantity()));
            }
            Delivery planned = step("plan delivery", () -> db.inTransaction(em ->
                    ShippingOutside.of(em, rep).plan(confirmed.getId(), confirmed.getVersion(), LocalDate.now(), all)));
            step("display order", () -> db.inTransaction(em ->
                    OrderProcessingOutside.of(em, rep).order(confirmed.getId())));
            var first = planned.getLines().get(0);
            Delivery changed = step("change delivery", () -> db.inTransaction(em ->
                    ShippingOutside.of(em, rep).change(planned.getId(), planned.getVersion(),
                            List.of(new DeliveryQuantity(first.getId(), first.getQuantity().subtract(BigDecimal.ONE))))));
            Delivery shipped = step("goods issue", () -> db.inTransaction(em ->
                    ShippingOutside.of(em, rep).ship(changed.getId(), changed.getVersion())));
            step("list 40 orders", () -> db.inTransaction(em ->
                    OrderProcessingOutside.of(em, rep).find(new PageRequest(0, 40, "number", false, Map.of()))));
            Invoice billed = step("bill", () -> db.inTransaction(em ->
                    InvoicingOutside.of(em, FINANCE).bill(List.of(shipped.getId()), false).get(0)));
            step("issue invoice", () -> db.inTransaction(em ->
                    InvoicingOutside.of(em, FINANCE).issue(billed.getId(), billed.getVersion())));
        }

        private <T> T step(String name, Supplier<T> call) {
            long started = System.nanoTime();
            T result = call.get();
            if (measuring) {
                steps.get(name).add(System.nanoTime() - started);
            }
            return result;
        }
    }
}
