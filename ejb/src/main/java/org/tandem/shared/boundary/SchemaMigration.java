package org.tandem.shared.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the database schema up to the version this build expects, before anything else touches it.
 * The migrations under {@code db/migration} are the only way the schema changes, on H2 and PostgreSQL alike.
 */
@Singleton
@Startup
@PermitAll
// Flyway commits each migration itself; a container transaction around it would only get in the way
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/tandem")
    DataSource dataSource;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + schemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
