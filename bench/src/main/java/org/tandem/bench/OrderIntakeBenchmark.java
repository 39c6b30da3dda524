package org.tandem.bench;

import jakarta.ejb.SessionContext;
import org.tandem.order.boundary.OrderProcessingOutside;
import org.tandem.order.entity.OrderStatus;
import org.tandem.order.entity.SalesOrder;
import org.tandem.organization.entity.Role;
import org.tandem.pricing.boundary.PriceInquiry;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.LongConsumer;

/**
 * Orders of 5 lines taken in by one user: through {@code OrderProcessing} (create, then confirm, each its own
 * transaction, as the order screen calls them), and beside it the same rows written by plain JDBC, one
 * transaction per order: the sales order and its 5 lines, column for column copies of an order the bean wrote.
 * The JDBC path does none of the work (pricing, credit check, who may see the customer): it is the floor.
 */
final class OrderIntakeBenchmark {

    private static final int LINES = SdCycleBenchmark.LINES;
    /** Far above anything the sequences hand out during the run. */
    private static final long RAW_IDS_FROM = 1_000_000_000L;
    private static final long SLICE_MILLIS = 2_000;

    private OrderIntakeBenchmark() {
    }

    static void run(long warmUpMillis, long measureMillis) throws Exception {
        try (SalesDatabase db = SalesDatabase.create()) {
            if (db == null) {
                return;
            }
            SalesStaff staff = SalesStaff.of(db);
            String repName = staff.reps().get(0);
            SessionContext rep = Caller.as(repName, Role.Names.SALES_REP);
            List<Long> customers = staff.customersByRep().get(repName);
            List<Long> products = new ArrayList<>(staff.products());
            Random random = new Random(7);
            long[] lastOrder = new long[1];
            LongConsumer bean = i -> {
                long customer = customers.get(random.nextInt(customers.size()));
                Collections.shuffle(products, random);
                List<PriceInquiry.Line> lines = new ArrayList<>();
                for (Long product : products.subList(0, LINES)) {
                    lines.add(new PriceInquiry.Line(product, BigDecimal.valueOf(2 + random.nextInt(19)), null));
                }
                SalesOrder created = db.inTransaction(em ->
                        OrderProcessingOutside.of(em, rep).create(customer, null, null, lines));
                SalesOrder confirmed = db.inTransaction(em ->
                        OrderProcessingOutside.of(em, rep).confirm(created.getId(), created.getVersion()));
                if (confirmed.getStatus() != OrderStatus.CONFIRMED) {
                    throw new IllegalStateException(confirmed.getNumber() + " is " + confirmed.getStatus());
                }
                lastOrder[0] = confirmed.getId();
            };
            System.out.println();
            System.out.printf("Order intake, one user, orders of %d lines; %d s warm-up, %d s measured each, in turns%n",
                    LINES, warmUpMillis / 1000, measureMillis / 1000);
            drive(bean, warmUpMillis);
            Rate beanRate = new Rate(0, 0);
            Rate rawRate = new Rate(0, 0);
            long statements = 0;
            try (Connection c = db.connection(); RawOrders raw = new RawOrders(c, lastOrder[0])) {
                drive(raw::write, warmUpMillis / 2);
                // the machine is shared: the two paths take turns in short slices, so that both see the same load
                for (long done = 0; done < measureMillis; done += SLICE_MILLIS) {
                    long statementsBefore = SalesDatabase.statements();
                    beanRate = beanRate.plus(drive(bean, SLICE_MILLIS));
                    statements += SalesDatabase.statements() - statementsBefore;
                    rawRate = rawRate.plus(drive(raw::write, SLICE_MILLIS));
                }
            }
            double statementsPerOrder = statements / (double) beanRate.count;
            System.out.printf("%-34s %8s %10s %12s%n", "path", "orders", "orders/s", "statements");
            System.out.printf("%-34s %8d %10.1f %12.1f%n", "OrderProcessing create + confirm", beanRate.count,
                    beanRate.perSecond(), statementsPerOrder);
            System.out.printf("%-34s %8d %10.1f %12s%n", "JDBC insert, 1 + 5 rows batched", rawRate.count,
                    rawRate.perSecond(), "2");
            System.out.printf("bean / JDBC: %.2f%n", beanRate.perSecond() / rawRate.perSecond());
        }
    }

    private record Rate(long count, double seconds) {
        double perSecond() {
            return count / seconds;
        }

        Rate plus(Rate other) {
            return new Rate(count + other.count, seconds + other.seconds);
        }
    }

    private static Rate drive(LongConsumer order, long millis) {
        long count = 0;
        long started = System.nanoTime();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            order.accept(count++);
        }
        return new Rate(count, (System.nanoTime() - started) / 1e9);
    }

    /** Copies of one order's rows, inserted under new ids and numbers: an order row, then its lines in a batch. */
    private static final class RawOrders implements AutoCloseable {
        private final Connection c;
        private final List<Object> order = new ArrayList<>();
        private final List<List<Object>> lines = new ArrayList<>();
        private final PreparedStatement insertOrder;
        private final PreparedStatement insertLine;
        private final int orderIdAt;
        private final int orderNumberAt;
        private final int lineIdAt;
        private final int lineOrderAt;
        private long nextId = RAW_IDS_FROM;

        RawOrders(Connection c, long templateId) throws SQLException {
            this.c = c;
            List<String> orderColumns = read(c, "select * from sales_order where id = ?", templateId, List.of(order));
            for (int i = 0; i < LINES; i++) {
                lines.add(new ArrayList<>());
            }
            List<String> lineColumns = read(c, "select * from sales_order_line where sales_order_id = ? order by line_no",
                    templateId, lines);
            insertOrder = c.prepareStatement(insert("sales_order", orderColumns));
            insertLine = c.prepareStatement(insert("sales_order_line", lineColumns));
            orderIdAt = orderColumns.indexOf("id");
            orderNumberAt = orderColumns.indexOf("number");
            lineIdAt = lineColumns.indexOf("id");
            lineOrderAt = lineColumns.indexOf("sales_order_id");
            c.setAutoCommit(false);
        }

        void write(long ignored) {
            try {
                long orderId = nextId++;
                order.set(orderIdAt, orderId);
                order.set(orderNumberAt, "SO-RAW-" + orderId);
                bind(insertOrder, order);
                insertOrder.executeUpdate();
                for (List<Object> line : lines) {
                    line.set(lineIdAt, nextId++);
                    line.set(lineOrderAt, orderId);
                    bind(insertLine, line);
                    insertLine.addBatch();
                }
                insertLine.executeBatch();
                c.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private static List<String> read(Connection c, String sql, long id, List<List<Object>> rows) throws SQLException {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setLong(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnName(i));
                    }
                    for (List<Object> row : rows) {
                        if (!rs.next()) {
                            throw new IllegalStateException("template order " + id + " has too few rows");
                        }
                        for (int i = 1; i <= columns.size(); i++) {
                            row.add(rs.getObject(i));
                        }
                    }
                    return columns;
                }
            }
        }

        private static String insert(String table, List<String> columns) {
            return "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        }

        private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
        }

        @Override
        public void close() throws SQLException {
            insertOrder.close();
            insertLine.close();
        }
    }
}
