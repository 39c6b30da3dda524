package org.tandem.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo rep works in Pudong: the customer list shows Pudong's customers only, and asking for another
 * territory's customer by id gets the same answer as asking for one that does not exist.
 */
class CustomerAccessIT {

    private static final Pattern CODE = Pattern.compile("class=\"customer-code\">([^<]+)<");
    /** The pager's "1–10 of 45" (or "第 1–10 条，共 45 条"): the total the database counted. */
    private static final Pattern TOTAL = Pattern.compile("–\\d+(?: of |\\s*条，共 )(\\d+)");

    private static final String REPS_CUSTOMERS = """
            select c.code from customer c join territory_member tm on tm.territory_id = c.territory_id
            join user_account u on u.id = tm.user_id where u.username = ?""";

    @Test
    void theRepsListShowsOnlyTheCustomersOfTheirOwnTerritory() throws SQLException {
        Set<String> mine = codes(REPS_CUSTOMERS, "rep");
        TandemClient browser = new TandemClient();
        browser.logIn("rep", TandemClient.DEMO_PASSWORD);

        HttpResponse<String> page = browser.get("/sales/customers.xhtml");

        assertEquals(200, page.statusCode());
        Set<String> shown = new HashSet<>();
        Matcher m = CODE.matcher(page.body());
        while (m.find()) {
            shown.add(m.group(1));
        }
        assertEquals(Math.min(10, mine.size()), shown.size(), "a first page of ten");
        assertTrue(mine.containsAll(shown), () -> "shown " + shown + ", the rep's own " + mine);
        Matcher total = TOTAL.matcher(page.body());
        assertTrue(total.find(), page::body);
        assertEquals(mine.size(), Integer.parseInt(total.group(1)), "the pager counts the rep's customers");
    }

    @Test
    void anotherTerritorysCustomerOpenedByIdIsRefusedAndNotShown() throws SQLException {
        String[] other = someoneElsesCustomer();
        TandemClient browser = new TandemClient();
        browser.logIn("rep", TandemClient.DEMO_PASSWORD);

        HttpResponse<String> refused = browser.get("/sales/customers.xhtml?id=" + other[0]);
        HttpResponse<String> missing = browser.get("/sales/customers.xhtml?id=987654321");

        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("id=\"refusal\""), refused::body);
        assertTrue(refused.body().contains("没有这个客户（" + other[0] + "）") || refused.body().contains("No such customer (" + other[0] + ")"),
                refused::body);
        assertFalse(refused.body().contains(other[1]), "the customer's name is not on the page");
        assertFalse(refused.body().contains("value=\"" + other[2] + "\""), "nor its code in the dialog");
        assertTrue(missing.body().contains("id=\"refusal\""), "a customer that does not exist gets the same answer");
    }

    @Test
    void theRepsOwnCustomerOpensInTheDialog() throws SQLException {
        String id = single("select min(c.id) from customer c join territory_member tm on tm.territory_id = c.territory_id "
                + "join user_account u on u.id = tm.user_id where u.username = ?", "rep");
        String name = single("select name from customer where id = ?", Long.parseLong(id));
        TandemClient browser = new TandemClient();
        browser.logIn("rep", TandemClient.DEMO_PASSWORD);

        HttpResponse<String> page = browser.get("/sales/customers.xhtml?id=" + id);

        assertFalse(page.body().contains("id=\"refusal\""), page::body);
        assertTrue(page.body().contains("value=\"" + name + "\""), "the dialog holds the customer's name");
    }

    /** Id, name and code of a customer outside every territory the demo rep works in. */
    private static String[] someoneElsesCustomer() throws SQLException {
        try (Connection c = MigrationIT.database(); PreparedStatement ps = c.prepareStatement("""
                select id, name, code from customer where territory_id not in (
                    select tm.territory_id from territory_member tm join user_account u on u.id = tm.user_id
                    where u.username = 'rep') order by id fetch first 1 rows only""");
             ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next(), "the sample data has customers elsewhere");
            return new String[]{rs.getString(1), rs.getString(2), rs.getString(3)};
        }
    }

    private static Set<String> codes(String sql, String username) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (Connection c = MigrationIT.database(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        assertFalse(codes.isEmpty(), "the sample data gives " + username + " customers");
        return codes;
    }

    private static String single(String sql, Object parameter) throws SQLException {
        try (Connection c = MigrationIT.database(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }
}
