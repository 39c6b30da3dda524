package org.tandem.bench;

import jakarta.ejb.SessionContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.tandem.order.boundary.OrderProcessingOutside;
import org.tandem.order.entity.SalesOrder;
import org.tandem.organization.entity.Role;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.entity.DocumentNumbers;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The sales order list over 1,000,000 orders: loaded by COPY (orders only, no lines: the list never reads them),
 * spread over the demo data's customers and three years, then analysed. Times {@code OrderProcessing.find}, one
 * transaction per call as the list screen calls it, for the general manager (every customer) and a sales rep
 * (the customers of their territories): the first page in the default sort, and confirmed orders of customers
 * whose name contains a word, by gross total, largest first.
 */
final class OrderListBenchmark {

    static final int ORDERS = Integer.getInteger("tandem.bench.orders", 1_000_000);
    private static final int RUNS = 50;
    private static final int WARM_UP_RUNS = 10;
    /** "Supermarket": the word is in the names of the key accounts and some outlets. */
    static final String NAME_CONTAINS = "超市";
    private static final String[] STATUSES = {"DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED",
            "DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "CONFIRMED",
            "CONFIRMED", "PARTLY_DELIVERED", "DRAFT", "DRAFT", "AWAITING_APPROVAL", "CANCELLED", "CANCELLED"};

    private OrderListBenchmark() {
    }

    static void run() throws Exception {
        try (SalesDatabase db = SalesDatabase.create()) {
            if (db == null) {
                return;
            }
            SalesStaff staff = SalesStaff.of(db);
            List<Long> customers = new ArrayList<>();
            staff.customersByRep().values().forEach(customers::addAll);
            customers = customers.stream().distinct().toList();
            long started = System.nanoTime();
            load(db, customers);
            System.out.println();
            System.out.printf("Sales order list: %,d orders of %d customers loaded and analysed in %.0f s%n", ORDERS,
                    customers.size(), (System.nanoTime() - started) / 1e9);
            String rep = staff.reps().get(0);
            try (Connection c = db.connection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) filter (where c.name like '%" + NAME_CONTAINS + "%'), "
                         + "count(*) from customer c")) {
                rs.next();
                System.out.printf("'%s' is in the names of %d of %d customers; %s has %d customers%n", NAME_CONTAINS,
                        rs.getInt(1), rs.getInt(2), rep, staff.customersByRep().get(rep).size());
            }
            PageRequest first = PageRequest.firstPage(40);
            PageRequest filtered = new PageRequest(0, 40, "grossTotal", false,
                    Map.of("status", "CONFIRMED", "customer", NAME_CONTAINS));
            SessionContext gm = Caller.as("gm", Role.Names.GENERAL_MANAGER);
            SessionContext salesRep = Caller.as(rep, Role.Names.SALES_REP);
            System.out.printf("%-18s %-28s %10s %10s %10s %12s%n", "caller", "page", "matching", "median ms",
                    "p95 ms", "statements");
            measure(db, "general manager", gm, "first, by number", first);
            measure(db, "general manager", gm, "confirmed, name, by gross", filtered);
            measure(db, "sales rep", salesRep, "first, by number", first);
            measure(db, "sales rep", salesRep, "confirmed, name, by gross", filtered);
        }
    }

    private static void measure(SalesDatabase db, String callerName, SessionContext caller, String pageName,
                                PageRequest request) {
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            find(db, caller, request);
        }
        Timings timings = new Timings();
        long total = 0;
        long statementsBefore = SalesDatabase.statements();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            total = find(db, caller, request).total();
            timings.add(System.nanoTime() - started);
        }
        System.out.printf("%-18s %-28s %,10d %10.1f %10.1f %12.1f%n", callerName, pageName, total,
                timings.percentileMillis(50), timings.percentileMillis(95),
                (SalesDatabase.statements() - statementsBefore) / (double) RUNS);
    }

    private static Page<SalesOrder> find(SalesDatabase db, SessionContext caller, PageRequest request) {
        return db.inTransaction(em -> OrderProcessingOutside.of(em, caller).find(request));
    }

    private static void load(SalesDatabase db, List<Long> customers) throws SQLException {
        Random random = new Random(1_000_000);
        LocalDate from = LocalDate.of(2024, 1, 1);
        try (Connection c = db.connection()) {
            long firstId;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select nextval('sales_order_seq')")) {
                rs.next();
                firstId = rs.getLong(1);
            }
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy sales_order (id, number, "
                    + "customer_id, created_by, created_at, ordered_on, requested_on, currency, status, credit_hold, "
                    + "discount_hold, net_total, vat_total, gross_total, version) from stdin");
            StringBuilder rows = new StringBuilder(1 << 20);
            for (long i = 0; i < ORDERS; i++) {
                long id = firstId + i;
                LocalDate orderedOn = from.plusDays(i * 1095 / ORDERS);
                long customer = customers.get(random.nextInt(customers.size()));
                long net = 100 + random.nextInt(2_000_000);
                rows.append(id).append('\t').append(DocumentNumbers.format(SalesOrder.PREFIX, orderedOn, id))
                        .append('\t').append(customer).append("\trep\t").append(orderedOn).append(" 10:00:00\t")
                        .append(orderedOn).append('\t').append(orderedOn.plusDays(3)).append("\tCNY\t").append(STATUSES[random.nextInt(STATUSES.length)])
                        .append("\tf\tf\t").append(net).append(".00\t").append(net * 13 / 100).append(".00\t")
                        .append(net + net * 13 / 100).append(".00\t1\n");
                if (rows.length() > (1 << 20) - 1024) {
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                }
            }
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
            try (Statement s = c.createStatement()) {
                s.execute("select setval('sales_order_seq', " + (firstId + ORDERS + 50) + ")");
                s.execute("vacuum analyze sales_order");
                s.execute("analyze");
            }
        }
    }
}
