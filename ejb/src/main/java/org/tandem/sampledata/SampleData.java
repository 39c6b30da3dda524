package org.tandem.sampledata;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tandem.organization.control.Passwords;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the {@link SampleDataSet demo data set} on first start of the embedded default: only when
 * {@code tandem.sample-data.enabled} is true (environment variable {@code TANDEM_SAMPLE_DATA_ENABLED};
 * production leaves it false) and only while the database has no user account, so a restart never loads
 * it twice. All of it is written in the one transaction of this start-up callback.
 * <p>
 * This is the one place that persists other components' entities directly rather than through their
 * boundaries: those need a caller in the right role, which a start-up callback does not have, and would hash
 * the password once per user.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
public class SampleData {

    /** The password of every demo user; the start script prints it. */
    static final String DEMO_PASSWORD = "tandem-demo";

    /** Rows written before each flush, a few batches of the batch size in persistence.xml. */
    private static final int FLUSH_EVERY = 300;

    private static final Logger LOG = Logger.getLogger(SampleData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    @ConfigProperty(name = "tandem.sample-data.enabled", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void loadIntoEmptyDatabase() {
        if (!enabled) {
            return;
        }
        if (em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult() > 0) {
            LOG.info("Sample data not loaded: the database already has users");
            return;
        }
        long started = System.nanoTime();
        // PBKDF2 at 600,000 iterations takes about half a second: hash the shared demo password once and give
        // every demo user the same hash string
        String hash = passwords.hash(DEMO_PASSWORD);
        long hashed = System.nanoTime();
        SampleDataSet data = SampleDataSet.generate(hash, OffsetDateTime.now(ZoneOffset.UTC));
        write(em, data);
        int documents = SampleDocuments.write(em, OffsetDateTime.now());
        int surveyResponses = SampleSurveys.write(em, OffsetDateTime.now());
        SamplePromotions.write(em, OffsetDateTime.now());
        SampleMarketing.write(em, OffsetDateTime.now());
        long done = System.nanoTime();
        LOG.info(() -> "Loaded the sample data (" + data + ", " + documents + " sales documents, " + surveyResponses + " survey responses) in " + (done - started) / 1_000_000 + " ms, "
                + (hashed - started) / 1_000_000 + " ms of it hashing the demo password");
    }

    /** Persists the set inside the caller's transaction. */
    static void write(EntityManager em, SampleDataSet data) {
        int written = 0;
        for (List<?> entities : data.inWritingOrder()) {
            for (Object entity : entities) {
                em.persist(entity);
                // no clear(): the customers still refer to the territories and reps written before them, and
                // the whole set is small enough to stay in the persistence context
                if (++written % FLUSH_EVERY == 0) {
                    em.flush();
                }
            }
        }
        em.flush();
    }
}
