package org.tandem.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The demo data's sales reps with the active customers each may sell to, and the active products. */
record SalesStaff(Map<String, List<Long>> customersByRep, List<Long> products) {

    static SalesStaff of(SalesDatabase db) throws SQLException {
        Map<String, List<Long>> customers = new TreeMap<>();
        List<Long> products = new ArrayList<>();
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            // a rep works in territories, areas or regions: their customers sit up to two levels below
            try (ResultSet rs = s.executeQuery("select distinct u.username, c.id from user_account u "
                    + "join user_role r on r.user_id = u.id and r.role = 'SALES_REP' "
                    + "join territory_member m on m.user_id = u.id "
                    + "join territory t on t.id = m.territory_id or t.parent_id = m.territory_id "
                    + "or t.parent_id in (select id from territory where parent_id = m.territory_id) "
                    + "join customer c on c.territory_id = t.id and c.status = 'ACTIVE' order by 1, 2")) {
                while (rs.next()) {
                    customers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
            try (ResultSet rs = s.executeQuery("select id from product where active order by id")) {
                while (rs.next()) {
                    products.add(rs.getLong(1));
                }
            }
        }
        return new SalesStaff(customers, products);
    }

    List<String> reps() {
        return List.copyOf(customersByRep.keySet());
    }
}
