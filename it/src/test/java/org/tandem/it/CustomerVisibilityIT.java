package org.tandem.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sales rep sees the customers of their territories, a manager those of every territory below their area,
 * the general manager all: the count on the sales desk matches the database's own answer.
 */
class CustomerVisibilityIT {

    private static final Pattern COUNT = Pattern.compile("id=\"customerCounts\".*?\\((\\d+)\\)", Pattern.DOTALL);

    @ParameterizedTest
    @ValueSource(strings = {"rep", "rep07", "salesmanager", "gm"})
    void theSalesDeskCountsExactlyTheCustomersBelowTheUsersTerritories(String username) throws SQLException {
        TandemClient browser = new TandemClient();
        browser.logIn(username, TandemClient.DEMO_PASSWORD);
        HttpResponse<String> desk = browser.get("/sales/index.xhtml");
        assertEquals(200, desk.statusCode());
        Matcher m = COUNT.matcher(desk.body());
        assertTrue(m.find(), desk::body);
        assertEquals(expectedCount(username), Long.parseLong(m.group(1)), username);
    }

    /** Counted in SQL with a recursive walk down the hierarchy, apart from the application's own query. */
    private static long expectedCount(String username) throws SQLException {
        String sql = "gm".equals(username) ? "select count(*) from customer where ? is not null" : """
                with recursive mine(id) as (
                    select tm.territory_id from territory_member tm join user_account u on u.id = tm.user_id
                    where u.username = ?
                    union
                    select t.id from territory t join mine on t.parent_id = mine.id)
                select count(*) from customer where territory_id in (select id from mine)""";
        try (Connection c = MigrationIT.database(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long count = rs.getLong(1);
                assertTrue(count > 0, "the sample data gives " + username + " some customers");
                return count;
            }
        }
    }
}
