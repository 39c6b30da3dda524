package org.tandem.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An in-memory H2 database brought up to date by the real migrations, and the application's own persistence
 * unit taken out of the container onto it with local transactions. The H2 flags are those of the embedded
 * server's pool (config/asadmin/datasource-h2.asadmin), so the same SQL behaves the same way.
 */
public final class MigratedDatabase implements AutoCloseable {

    private final EntityManagerFactory emf;

    private MigratedDatabase(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** A fresh database; {@code name} keeps the databases of different test classes apart. */
    public static MigratedDatabase create(String name) {
        String url = "jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        return new MigratedDatabase(Persistence.createEntityManagerFactory("tandem", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "")));
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    /** Runs {@code work} in one committed transaction. */
    public void inTransaction(Consumer<EntityManager> work) {
        fromTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs {@code work} in one committed transaction and returns its result; rolls back if it throws. */
    public <T> T fromTransaction(Function<EntityManager, T> work) {
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

    /** Reads in a new persistence context, so that what comes back was read from the database. */
    public <T> T read(Function<EntityManager, T> work) {
        emf.getCache().evictAll();
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    @Override
    public void close() {
        emf.close();
    }
}
