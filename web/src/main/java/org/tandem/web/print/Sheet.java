package org.tandem.web.print;

import org.tandem.customer.entity.Customer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one printed document says, already in words: title and number, its dates and references, the customer,
 * the lines and the totals. The writers of each kind fill it; {@link SheetPdf} lays every kind out the same way.
 */
final class Sheet {

    /** A label and its value, such as "Due date" and "2026-04-30". */
    record Field(String label, String value) {
    }

    /** A column of the line table; {@code width} is relative to the other columns. */
    record Column(String heading, float width, boolean numeric) {
    }

    final String title;
    final String number;
    final List<Field> facts = new ArrayList<>();
    final List<String> customer = new ArrayList<>();
    final List<Column> columns = new ArrayList<>();
    final List<List<String>> rows = new ArrayList<>();
    final List<Field> totals = new ArrayList<>();
    String customerHeading;
    String mark;
    String note;
    List<String> signature = List.of();

    Sheet(String title, String number) {
        this.title = title;
        this.number = number;
    }

    Sheet fact(String label, String value) {
        facts.add(new Field(label, value));
        return this;
    }

    /** The customer as the address block shows it: name, code, address, phone. */
    Sheet customer(Customer customer, Wording wording) {
        customerHeading = wording.text("print.customer");
        this.customer.add(customer.getName());
        this.customer.add(customer.getCode());
        if (customer.getAddress() != null) {
            this.customer.add(customer.getAddress());
        }
        if (customer.getPhone() != null) {
            this.customer.add(wording.text("print.phone") + " " + customer.getPhone());
        }
        return this;
    }

    Sheet column(String heading, float width, boolean numeric) {
        columns.add(new Column(heading, width, numeric));
        return this;
    }

    /** The columns of a priced line: quotations, invoices and credit notes. */
    Sheet pricedColumns(Wording wording) {
        return column(wording.text("print.line.no"), 6, false)
                .column(wording.text("print.line.sku"), 11, false)
                .column(wording.text("print.line.product"), 22, false)
                .column(wording.text("print.line.quantity"), 8, true)
                .column(wording.text("print.line.unit"), 6, false)
                .column(wording.text("print.line.unitPrice"), 11, true)
                .column(wording.text("print.line.net"), 12, true)
                .column(wording.text("print.line.vatRate"), 7, true)
                .column(wording.text("print.line.gross"), 12, true);
    }

    Sheet row(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        rows.add(Arrays.asList(cells));
        return this;
    }

    Sheet total(String label, String value) {
        totals.add(new Field(label, value));
        return this;
    }

    /** A warning across the page, such as the one on a draft invoice. */
    Sheet mark(String text) {
        mark = text;
        return this;
    }

    Sheet note(String label, String text) {
        if (text != null && !text.isBlank()) {
            note = label + ": " + text.strip();
        }
        return this;
    }

    /** Lines for the receiver's signature, one labelled blank each. */
    Sheet signature(String... labels) {
        signature = List.of(labels);
        return this;
    }
}
