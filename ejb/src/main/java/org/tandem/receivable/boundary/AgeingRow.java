package org.tandem.receivable.boundary;

import org.tandem.shared.entity.Money;

import java.io.Serializable;

/**
 * What one customer owes on issued invoices, by how long past due: not yet due, 1–30, 31–60, 61–90 and over 90
 * days. A credit beyond what an invoice owed shows as a negative amount.
 */
public record AgeingRow(long customerId, String customerCode, String customerName, Money notDue, Money days1to30,
                        Money days31to60, Money days61to90, Money over90, Money total) implements Serializable {

    // Jakarta EL 5 reads JavaBean getters, not record accessors
    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public String getCustomerName() {
        return customerName;
    }

    public Money getNotDue() {
        return notDue;
    }

    public Money getDays1to30() {
        return days1to30;
    }

    public Money getDays31to60() {
        return days31to60;
    }

    public Money getDays61to90() {
        return days61to90;
    }

    public Money getOver90() {
        return over90;
    }

    public Money getTotal() {
        return total;
    }
}
