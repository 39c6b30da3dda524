package org.tandem.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;
import org.tandem.sampledata.SampleDataLoad;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A PostgreSQL database of the sales benchmarks' own ({@code tandem_bench_sales}, dropped and migrated on every
 * run), holding the demo data set, and the application's persistence unit on it with local transactions: one
 * entity manager per transaction, as the container gives one per session bean call.
 */
final class SalesDatabase implements AutoCloseable {

    static final String SERVER = System.getProperty("tandem.bench.server", "jdbc:postgresql://127.0.0.1:5432/");
    static final String DATABASE = "tandem_bench_sales";
    static final String USER = System.getProperty("tandem.bench.user", "postgres");
    static final String PASSWORD = System.getProperty("tandem.bench.password", "");
    static final String URL = SERVER + DATABASE;

    final EntityManagerFactory emf;

    private SalesDatabase(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** A fresh database with the demo data, or null (having said why) when there is no server. */
    static SalesDatabase create() throws SQLException {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
             Statement statement = server.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        } catch (SQLException unreachable) {
            System.out.println("Skipped, no PostgreSQL: " + unreachable.getMessage());
            return null;
        }
        Flyway.configure().dataSource(URL, USER, PASSWORD).locations("classpath:db/migration").load().migrate();
        Map<String, String> properties = new HashMap<>(Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.validation.mode", "NONE",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                "jakarta.persistence.jdbc.url", URL,
                "jakarta.persistence.jdbc.user", USER,
                "jakarta.persistence.jdbc.password", PASSWORD,
                "eclipselink.connection-pool.default.max", "16",
                "eclipselink.logging.level", "SEVERE",
                "eclipselink.session-event-listener", PriceBookBenchmark.StatementCount.class.getName()));
        if (Boolean.getBoolean("tandem.bench.sql")) {
            // every statement to standard output, to see where the statements of a call go
            properties.put("eclipselink.logging.level.sql", "FINE");
            properties.put("eclipselink.logging.level", "FINE");
            properties.put("eclipselink.logging.parameters", "true");
        }
        SalesDatabase db = new SalesDatabase(Persistence.createEntityManagerFactory("tandem", properties));
        db.inTransaction(em -> {
            SampleDataLoad.write(em);
            return null;
        });
        // the benchmarks measure work, not credit holds: no order may wait for a manager because of its customer's limit
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.executeUpdate("update customer set credit_limit = 1000000000000");
            s.execute("analyze");
        }
        return db;
    }

    Connection connection() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    /** Runs {@code work} in one committed transaction on a new entity manager; rolls back if it throws. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    static long statements() {
        return PriceBookBenchmark.StatementCount.STATEMENTS.get();
    }

    @Override
    public void close() {
        emf.close();
    }
}
