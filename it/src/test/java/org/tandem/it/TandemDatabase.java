package org.tandem.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC to the database under test: picks sample rows, changes a setting, counts what was written. */
final class TandemDatabase {

    private static final String URL = System.getProperty("tandem.it.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/tandem_it");
    private static final String USER = System.getProperty("tandem.it.jdbcUser", "postgres");

    private TandemDatabase() {
    }

    /** The {@code nth} active customer (from 0) of the demo rep's territory, so each test class has its own. */
    static long repCustomer(int nth) {
        return number("select c.id from customer c where c.status = 'ACTIVE' and c.territory_id in "
                + "(select m.territory_id from territory_member m join user_account u on u.id = m.user_id "
                + "where u.username = 'rep') order by c.id offset " + nth + " limit 1").longValue();
    }

    /** Active products with an open-ended price in the sample price list, by id, {@code from} the nth. */
    static List<Long> pricedProducts(int from, int count) {
        return longs("select p.id from product p join price_list_entry e on e.product_id = p.id "
                + "join price_list l on l.id = e.price_list_id where l.code = 'STD-CNY' and p.active "
                + "and e.thru_date is null order by p.id offset " + from + " limit " + count);
    }

    static void update(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, parameters)) {
            s.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    static long count(String sql, Object... parameters) {
        BigDecimal n = number(sql, parameters);
        return n == null ? 0 : n.longValue();
    }

    /** The first column of the first row, or null. */
    static BigDecimal number(String sql, Object... parameters) {
        String text = text(sql, parameters);
        return text == null ? null : new BigDecimal(text);
    }

    static String text(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, parameters); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    static List<Long> longs(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, parameters); ResultSet r = s.executeQuery()) {
            List<Long> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getLong(1));
            }
            return values;
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, "");
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }
}
