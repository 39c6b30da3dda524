package org.tandem.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Printed documents over HTTP: an issued invoice of the sample data as a PDF for finance and for the rep of its
 * territory; refused to marketing by the URL's constraint, and answered as missing to a rep of another territory.
 */
class PrintIT {

    private static final String ISSUED_INVOICE = """
            select i.id, i.number, i.customer_id from invoice i where i.number is not null order by i.number limit 1""";
    private static final String REP_ELSEWHERE = """
            select u.username from user_account u join user_role r on r.user_id = u.id and r.role = 'SALES_REP'
            where u.username like 'rep%' and not exists (select 1 from territory_member tm join customer c
            on c.territory_id = tm.territory_id where tm.user_id = u.id and c.id = ?) order by u.username limit 1""";

    @Test
    void financePrintsAnIssuedInvoiceAsPdf() throws SQLException {
        String[] invoice = row(ISSUED_INVOICE, null);
        TandemClient finance = new TandemClient();
        finance.logIn("finance", TandemClient.DEMO_PASSWORD);

        HttpResponse<String> pdf = finance.get("/print/invoice/" + invoice[0]);

        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(pdf.body().startsWith("%PDF-"), "a PDF file");
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains(invoice[1] + ".pdf"),
                () -> pdf.headers().map().toString());
    }

    @Test
    void marketingIsRefusedAndARepOfAnotherTerritoryIsToldItDoesNotExist() throws SQLException {
        String[] invoice = row(ISSUED_INVOICE, null);
        TandemClient marketing = new TandemClient();
        marketing.logIn("marketing", TandemClient.DEMO_PASSWORD);
        assertEquals(403, marketing.get("/print/invoice/" + invoice[0]).statusCode());

        TandemClient elsewhere = new TandemClient();
        elsewhere.logIn(row(REP_ELSEWHERE, Long.valueOf(invoice[2]))[0], TandemClient.DEMO_PASSWORD);
        assertEquals(404, elsewhere.get("/print/invoice/" + invoice[0]).statusCode());
        assertEquals(404, elsewhere.get("/print/invoice/999999999").statusCode());
    }

    private static String[] row(String sql, Object parameter) throws SQLException {
        try (Connection c = MigrationIT.database(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setObject(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the sample data has a row for: " + sql);
                String[] values = new String[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getString(i + 1);
                }
                return values;
            }
        }
    }
}
