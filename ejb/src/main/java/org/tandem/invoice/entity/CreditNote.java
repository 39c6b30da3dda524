package org.tandem.invoice.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tandem.customer.entity.Customer;
import org.tandem.pricing.entity.LineAmounts;
import org.tandem.returns.entity.CustomerReturn;
import org.tandem.returns.entity.ReturnLine;
import org.tandem.shared.entity.DocumentNumbers;
import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a received return takes off the invoice that billed the goods, at that invoice's prices. Issued once,
 * numbered without gaps per year like invoices, never changed: it has no version because nobody edits it.
 */
@Entity
@Table(name = "credit_note")
public class CreditNote {

    public static final String PREFIX = "CN";

    @Id
    @SequenceGenerator(name = "credit_note_seq", sequenceName = "credit_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credit_note_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 24)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @ManyToOne(optional = false)
    @JoinColumn(name = "return_id", nullable = false, updatable = false)
    private CustomerReturn customerReturn;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 60)
    private String issuedBy;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "net_total", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal netTotal;

    @Column(name = "vat_total", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal vatTotal;

    @Column(name = "gross_total", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal grossTotal;

    @OneToMany(mappedBy = "creditNote", cascade = CascadeType.ALL)
    @OrderBy("lineNo")
    private List<CreditNoteLine> lines = new ArrayList<>();

    protected CreditNote() {
    }

    /**
     * Credits every line of {@code customerReturn} against {@code invoice}; {@code invoiceLines} gives each return
     * line's invoice line, in the return's order.
     */
    public CreditNote(Invoice invoice, CustomerReturn customerReturn, List<InvoiceLine> invoiceLines,
                      long running, LocalDate on, String by) {
        this.invoice = invoice;
        this.customer = invoice.getCustomer();
        this.customerReturn = customerReturn;
        this.currency = invoice.getCurrency();
        this.number = DocumentNumbers.format(PREFIX, on, running);
        this.issuedOn = on;
        this.issuedBy = by;
        LineAmounts total = LineAmounts.zero(currency);
        List<ReturnLine> returned = customerReturn.getLines();
        for (int i = 0; i < returned.size(); i++) {
            ReturnLine line = returned.get(i);
            LineAmounts amounts = line.getDeliveryLine().getOrderLine().getPrice().amountsFor(line.getQuantity(), currency);
            lines.add(new CreditNoteLine(this, i + 1, line, invoiceLines.get(i), amounts));
            total = total.plus(amounts);
        }
        netTotal = total.net().getAmount();
        vatTotal = total.vat().getAmount();
        grossTotal = total.gross().getAmount();
        invoice.credit(total.gross());
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public CustomerReturn getCustomerReturn() {
        return customerReturn;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getCurrency() {
        return currency;
    }

    public Money getNetTotal() {
        return Money.of(netTotal, currency);
    }

    public Money getVatTotal() {
        return Money.of(vatTotal, currency);
    }

    public Money getGrossTotal() {
        return Money.of(grossTotal, currency);
    }

    public List<CreditNoteLine> getLines() {
        return lines;
    }
}
