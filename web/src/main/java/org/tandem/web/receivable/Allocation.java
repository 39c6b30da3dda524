package org.tandem.web.receivable;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import org.tandem.invoice.entity.Invoice;
import org.tandem.shared.entity.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One open invoice of the customer in the payment dialog, and how much of the payment goes to it. */
public class Allocation implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long invoiceId;
    private final String number;
    private final LocalDate dueDate;
    private final Money open;

    @DecimalMin("0")
    @Digits(integer = 15, fraction = 2)
    private BigDecimal amount;

    Allocation(Invoice invoice) {
        this.invoiceId = invoice.getId();
        this.number = invoice.getNumber();
        this.dueDate = invoice.getDueDate();
        this.open = invoice.getOpenAmount();
    }

    public long getInvoiceId() {
        return invoiceId;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Money getOpen() {
        return open;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
