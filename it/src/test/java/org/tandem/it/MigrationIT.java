package org.tandem.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server started on an empty PostgreSQL database and migrated it to the newest schema. */
class MigrationIT {

    static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("tandem.it.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/tandem_it"),
                System.getProperty("tandem.it.jdbcUser", "postgres"), System.getProperty("tandem.it.jdbcPassword", ""));
    }

    @Test
    void everyMigrationInTheBuildWasAppliedSuccessfully() throws SQLException, IOException {
        List<String> inBuild;
        try (Stream<Path> files = Files.list(Path.of("..", "ejb", "src", "main", "resources", "db", "migration"))) {
            inBuild = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted((a, b) -> Integer.parseInt(a) - Integer.parseInt(b)).toList();
        }
        List<String> applied = new ArrayList<>();
        try (Connection c = database();
             ResultSet rs = c.createStatement().executeQuery(
                     "select version, success from flyway_schema_history where version is not null order by installed_rank")) {
            while (rs.next()) {
                assertTrue(rs.getBoolean("success"), "migration " + rs.getString("version"));
                applied.add(rs.getString("version"));
            }
        }
        assertTrue(inBuild.size() >= 2);
        assertEquals(inBuild, applied);
    }

    @Test
    void theSampleDataHasOneUserPerRoleAndATerritoryHierarchy() throws SQLException {
        try (Connection c = database()) {
            ResultSet roles = c.createStatement().executeQuery("select count(distinct role) from user_role");
            roles.next();
            assertEquals(8, roles.getInt(1));
            ResultSet orphans = c.createStatement().executeQuery(
                    "select count(*) from territory t left join territory p on p.id = t.parent_id "
                            + "where (t.level = 'REGION' and t.parent_id is not null) "
                            + "or (t.level = 'AREA' and (p.level is null or p.level <> 'REGION')) "
                            + "or (t.level = 'TERRITORY' and (p.level is null or p.level <> 'AREA'))");
            orphans.next();
            assertEquals(0, orphans.getInt(1), "every node hangs under a node of the level above");
        }
    }
}
