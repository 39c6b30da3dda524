package org.tandem.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.flywaydb.core.Flyway;
import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.pricing.boundary.PricedLine;
import org.tandem.pricing.control.CandidatePrice;
import org.tandem.pricing.control.CandidateRule;
import org.tandem.pricing.control.PriceBook;
import org.tandem.pricing.control.PricingRequest;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link PriceBook} through the application's persistence unit on PostgreSQL: a database of its own
 * ({@code tandem_bench}, dropped and migrated on every run) holding the scenario's 1,000 products and 10,000
 * rules; batches of 5 and 100 lines for one customer. Prints the SQL statements per batch and lines per second.
 */
final class PriceBookBenchmark {

    private static final String SERVER = System.getProperty("tandem.bench.server", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String DATABASE = "tandem_bench";
    private static final String USER = System.getProperty("tandem.bench.user", "postgres");
    private static final String PASSWORD = System.getProperty("tandem.bench.password", "");
    private static final int RULES = 10_000;
    private static final long WARM_UP_MILLIS = 5_000;
    private static final long MEASURE_MILLIS = 15_000;

    private PriceBookBenchmark() {
    }

    static void run() throws SQLException {
        String url = SERVER + DATABASE;
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
             Statement statement = server.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        } catch (SQLException unreachable) {
            System.out.println("PriceBook on PostgreSQL skipped: " + unreachable.getMessage());
            return;
        }
        Flyway.configure().dataSource(url, USER, PASSWORD).locations("classpath:db/migration").load().migrate();
        PricingScenario scenario = PricingScenario.of(RULES);
        try (Connection db = DriverManager.getConnection(url, USER, PASSWORD)) {
            fill(db, scenario);
        }
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("tandem", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.validation.mode", "NONE",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", USER,
                "jakarta.persistence.jdbc.password", PASSWORD,
                "eclipselink.logging.level", "SEVERE",
                "eclipselink.session-event-listener", StatementCount.class.getName()));
        try {
            System.out.println();
            System.out.println("PriceBook on PostgreSQL prices all 1,000 lines as the calculation with BOOK shares: "
                    + (priceAll(emf, scenario).equals(scenario.priced(scenario.priceBookShares()::get)) ? "yes" : "NO"));
            System.out.println("PriceBook on PostgreSQL, 1,000 products, " + RULES + " rules, one customer");
            System.out.printf("%6s %10s %16s %12s %12s%n", "lines", "batches", "queries/batch", "ms/batch", "lines/s");
            for (int size : new int[]{5, 100}) {
                measure(emf, scenario, size);
            }
        } finally {
            emf.close();
        }
    }

    private static void measure(EntityManagerFactory emf, PricingScenario scenario, int size) {
        Random random = new Random(size);
        List<Long> productIds = new ArrayList<>(scenario.products.stream().map(PricingRequest.ProductFacts::id).toList());
        long end = System.currentTimeMillis() + WARM_UP_MILLIS;
        while (System.currentTimeMillis() < end) {
            price(emf, inquiry(scenario, productIds, random, size));
        }
        long statementsBefore = StatementCount.STATEMENTS.get();
        long batches = 0;
        long start = System.nanoTime();
        end = System.currentTimeMillis() + MEASURE_MILLIS;
        while (System.currentTimeMillis() < end) {
            price(emf, inquiry(scenario, productIds, random, size));
            batches++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%6d %10d %16.1f %12.2f %12.0f%n", size, batches,
                (StatementCount.STATEMENTS.get() - statementsBefore) / (double) batches,
                seconds * 1000 / batches, batches * size / seconds);
    }

    private static List<PricedLine> priceAll(EntityManagerFactory emf, PricingScenario scenario) {
        List<PriceInquiry.Line> lines = scenario.lines().stream()
                .map(l -> new PriceInquiry.Line(l.product().id(), l.quantity(), null))
                .toList();
        PricingRequest.CustomerFacts customer = scenario.customer;
        return price(emf, new PriceInquiry(customer.id(), customer.group(), customer.channel(), PricingScenario.DAY,
                PricingScenario.CURRENCY, lines));
    }

    private static List<PricedLine> price(EntityManagerFactory emf, PriceInquiry inquiry) {
        EntityManager em = emf.createEntityManager();
        try {
            return new PriceBook(em).price(inquiry, BigDecimal.valueOf(5));
        } finally {
            em.close();
        }
    }

    private static PriceInquiry inquiry(PricingScenario scenario, List<Long> productIds, Random random, int size) {
        Collections.shuffle(productIds, random);
        List<PriceInquiry.Line> lines = productIds.subList(0, size).stream()
                .map(id -> new PriceInquiry.Line(id, scenario.quantities.get((int) (id - 1)), null))
                .toList();
        PricingRequest.CustomerFacts customer = scenario.customer;
        return new PriceInquiry(customer.id(), customer.group(), customer.channel(), PricingScenario.DAY,
                PricingScenario.CURRENCY, lines);
    }

    /** Every statement EclipseLink sends to the database. */
    public static final class StatementCount extends SessionEventAdapter {
        static final AtomicLong STATEMENTS = new AtomicLong();

        @Override
        public void postExecuteCall(SessionEvent event) {
            STATEMENTS.incrementAndGet();
        }
    }

    private static void fill(Connection db, PricingScenario scenario) throws SQLException {
        db.setAutoCommit(false);
        try (Statement statement = db.createStatement()) {
            // the customer's chain 1 › 2 › 3, and a region 4 with areas 5, 6 and territories 7 to 9 elsewhere
            statement.execute("insert into territory (id, code, name, level, parent_id, active, version) values "
                    + "(1, 'R1', 'Region 1', 'REGION', null, true, 1), (2, 'A2', 'Area 2', 'AREA', 1, true, 1), "
                    + "(3, 'T3', 'Territory 3', 'TERRITORY', 2, true, 1), (4, 'R4', 'Region 4', 'REGION', null, true, 1), "
                    + "(5, 'A5', 'Area 5', 'AREA', 4, true, 1), (6, 'A6', 'Area 6', 'AREA', 4, true, 1), "
                    + "(7, 'T7', 'Territory 7', 'TERRITORY', 5, true, 1), (8, 'T8', 'Territory 8', 'TERRITORY', 5, true, 1), "
                    + "(9, 'T9', 'Territory 9', 'TERRITORY', 6, true, 1)");
            for (int id = 1; id <= PricingScenario.CUSTOMERS; id++) {
                statement.addBatch("insert into customer (id, code, name, kind, territory_id, credit_limit, currency, "
                        + "version, customer_group, channel, payment_terms_days, status) values (" + id + ", 'C" + id
                        + "', 'Customer " + id + "', 'RETAIL_OUTLET', " + (id == 1 ? 3 : 7)
                        + ", 100000, 'CNY', 1, 'SILVER', 'MODERN_TRADE', 30, 'ACTIVE')");
            }
            for (int id = 1; id <= PricingScenario.BRANDS; id++) {
                statement.addBatch("insert into brand (id, code, name, category, version) values (" + id + ", 'B" + id
                        + "', 'Brand " + id + "', 'FOOD', 1)");
            }
            statement.addBatch("insert into price_list (id, code, name, channel, customer_group, currency, from_date, "
                    + "thru_date, prices_include_tax, active, version) values "
                    + "(1, 'BASE', 'BASE list', null, null, 'CNY', date '2026-01-01', null, false, true, 1), "
                    + "(2, 'MT', 'MT list', 'MODERN_TRADE', null, 'CNY', date '2026-01-01', null, true, true, 1), "
                    + "(3, 'GOLD', 'GOLD list', null, 'GOLD', 'CNY', date '2026-01-01', date '2026-12-31', false, true, 1)");
            statement.executeBatch();
        }
        try (PreparedStatement insert = db.prepareStatement("insert into product (id, sku, name, brand_id, unit, "
                + "pack_size, tax_rate, active, version) values (?, ?, ?, ?, 'CASE', 12, ?, true, 1)")) {
            for (PricingRequest.ProductFacts p : scenario.products) {
                insert.setLong(1, p.id());
                insert.setString(2, p.sku());
                insert.setString(3, "Product " + p.id());
                insert.setLong(4, p.brandId());
                insert.setBigDecimal(5, p.taxRate());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = db.prepareStatement("insert into price_list_entry (id, price_list_id, "
                + "product_id, unit_price, version) values (?, ?, ?, ?, 1)")) {
            long id = 1;
            for (CandidatePrice p : scenario.prices) {
                insert.setLong(1, id++);
                insert.setLong(2, p.priceListId());
                insert.setLong(3, p.productId());
                insert.setBigDecimal(4, p.unitPrice());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = db.prepareStatement("insert into price_rule (id, name, sequence_no, from_date, "
                + "thru_date, active, customer_id, customer_group, channel, territory_id, product_id, brand_id, "
                + "min_quantity, family, action, action_value, currency, stackable, source, version) "
                + "values (?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            for (CandidateRule r : scenario.rules) {
                insert.setLong(1, r.id());
                insert.setString(2, r.name());
                insert.setInt(3, r.sequence());
                insert.setDate(4, Date.valueOf(r.fromDate()));
                insert.setObject(5, r.thruDate() == null ? null : Date.valueOf(r.thruDate()), Types.DATE);
                insert.setObject(6, r.customerId(), Types.BIGINT);
                insert.setString(7, r.customerGroup());
                insert.setString(8, r.channel());
                insert.setObject(9, r.territoryId(), Types.BIGINT);
                insert.setObject(10, r.productId(), Types.BIGINT);
                insert.setObject(11, r.brandId(), Types.BIGINT);
                insert.setBigDecimal(12, r.minQuantity());
                insert.setString(13, r.family());
                insert.setString(14, r.action().name());
                insert.setBigDecimal(15, r.value());
                insert.setString(16, r.currency());
                insert.setBoolean(17, r.stackable());
                insert.setString(18, r.source());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        db.commit();
    }
}
