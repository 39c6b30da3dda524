package org.tandem.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tandem is ready when its database answers and carries the schema migrations; a load balancer asks
 * {@code /health/ready} before it sends users to this server. (Payara finds health checks in web modules only.)
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/tandem")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "select max(installed_rank), count(*) from flyway_schema_history where success = true")) {
            rs.next();
            return HealthCheckResponse.named("database")
                    .status(rs.getLong(2) > 0)
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("migrations", rs.getLong(2))
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getMessage()).build();
        }
    }
}
