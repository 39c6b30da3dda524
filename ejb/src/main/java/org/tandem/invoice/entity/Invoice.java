package org.tandem.invoice.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tandem.customer.entity.Customer;
import org.tandem.delivery.entity.DeliveryLine;
import org.tandem.pricing.entity.LineAmounts;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.DocumentNumbers;
import org.tandem.shared.entity.IllegalMove;
import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a customer owes for shipped goods: the lines of one or more deliveries of one customer, at the prices of
 * their orders. A draft has no number; issuing gives it the next number of its year, after which nothing on it
 * changes but what was paid and credited against it.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    public static final String PREFIX = "INV";

    @Id
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    private Long id;

    @Column(unique = true, length = 24)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private InvoiceStatus status = InvoiceStatus.DRAFT;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "invoice_date")
    private LocalDate invoiceDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "issued_by", length = 60)
    private String issuedBy;

    @Column(length = 300)
    private String note;

    @Column(name = "net_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal netTotal = BigDecimal.ZERO;

    @Column(name = "vat_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal vatTotal = BigDecimal.ZERO;

    @Column(name = "gross_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal grossTotal = BigDecimal.ZERO;

    @Column(name = "paid_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal paidAmount = BigDecimal.ZERO;

    @Column(name = "credited_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal creditedAmount = BigDecimal.ZERO;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<InvoiceLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Invoice() {
    }

    public Invoice(Customer customer, String currency, String createdBy, OffsetDateTime createdAt) {
        this.customer = customer;
        this.currency = currency;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Bills a shipped delivery line in full, at its order line's price. */
    public void bill(DeliveryLine deliveryLine) {
        requireDraft();
        if (!deliveryLine.getDelivery().getCustomer().equals(customer)) {
            throw new RuleViolation("tandem.invoice.otherCustomer", deliveryLine.getDelivery().getNumber());
        }
        LineAmounts amounts = deliveryLine.getOrderLine().getPrice().amountsFor(deliveryLine.getQuantity(), currency);
        lines.add(new InvoiceLine(this, lines.size() + 1, deliveryLine, amounts));
        total();
    }

    /**
     * Takes the lines of one delivery off a draft, so that it can be invoiced on its own later. The remaining lines
     * keep their numbers until {@link #renumberLines()}: written in one flush, a renumbered line would meet the
     * removed line's number in the unique key before the removal is written.
     */
    public void drop(long deliveryId) {
        requireDraft();
        if (!lines.removeIf(l -> l.getDeliveryLine().getDelivery().getId() == deliveryId)) {
            throw new RuleViolation("tandem.invoice.deliveryNotOnInvoice", deliveryId);
        }
        total();
    }

    /** Numbers the lines 1, 2, 3… again, after lines were dropped and the drop was written. */
    public void renumberLines() {
        requireDraft();
        int no = 1;
        for (InvoiceLine line : lines) {
            line.renumber(no++);
        }
    }

    public void describe(String note) {
        requireDraft();
        this.note = note;
    }

    /** Issues the draft under {@code running}, the next number of its year; it is final from now on. */
    public void issue(long running, LocalDate on, int paymentTermsDays, String by) {
        requireDraft();
        if (lines.isEmpty()) {
            throw new RuleViolation("tandem.document.noLines", "-");
        }
        number = DocumentNumbers.format(PREFIX, on, running);
        invoiceDate = on;
        dueDate = on.plusDays(paymentTermsDays);
        issuedBy = by;
        status = InvoiceStatus.ISSUED;
    }

    /** Applies a payment; never more than is open. */
    public void receive(Money amount) {
        IllegalMove.unless(status == InvoiceStatus.ISSUED || status == InvoiceStatus.PARTLY_PAID,
                number == null ? "-" : number, status, "tandem.action.pay");
        if (amount.isGreaterThan(getOpenAmount())) {
            throw new RuleViolation("tandem.payment.overAllocated", number, getOpenAmount());
        }
        paidAmount = paidAmount.add(amount.getAmount());
        settle();
    }

    /** A credit note lowers what is owed. */
    public void credit(Money amount) {
        IllegalMove.unless(status.isIssued(), number == null ? "-" : number, status, "tandem.action.credit");
        creditedAmount = creditedAmount.add(amount.getAmount());
        settle();
    }

    private void settle() {
        if (getOpenAmount().getAmount().signum() <= 0) {
            status = InvoiceStatus.PAID;
        } else if (paidAmount.signum() > 0) {
            status = InvoiceStatus.PARTLY_PAID;
        }
    }

    private void requireDraft() {
        IllegalMove.unless(status == InvoiceStatus.DRAFT, number, status, "tandem.action.edit");
    }

    private void total() {
        LineAmounts total = lines.stream().map(InvoiceLine::amounts)
                .reduce(LineAmounts.zero(currency), LineAmounts::plus);
        netTotal = total.net().getAmount();
        vatTotal = total.vat().getAmount();
        grossTotal = total.gross().getAmount();
    }

    /** Net and VAT per tax rate, as the invoice prints them. */
    public Map<BigDecimal, LineAmounts> getTaxTotals() {
        Map<BigDecimal, LineAmounts> byRate = new TreeMap<>();
        for (InvoiceLine line : lines) {
            byRate.merge(line.getTaxRate().stripTrailingZeros(), line.amounts(), LineAmounts::plus);
        }
        return byRate;
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

    public InvoiceStatus getStatus() {
        return status;
    }

    public String getCurrency() {
        return currency;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getNote() {
        return note;
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

    public Money getPaidAmount() {
        return Money.of(paidAmount, currency);
    }

    public Money getCreditedAmount() {
        return Money.of(creditedAmount, currency);
    }

    /** Gross less paid less credited. */
    public Money getOpenAmount() {
        return Money.of(grossTotal.subtract(paidAmount).subtract(creditedAmount), currency);
    }

    public List<InvoiceLine> getLines() {
        return lines;
    }

    public long getVersion() {
        return version;
    }
}
