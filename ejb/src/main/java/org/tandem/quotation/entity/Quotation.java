package org.tandem.quotation.entity;

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
import jakarta.validation.constraints.Size;
import org.tandem.customer.entity.Customer;
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

/** An offer to a customer, priced by the pricing service, valid until a date; accepted, it becomes an order. */
@Entity
@Table(name = "quotation")
public class Quotation {

    public static final String PREFIX = "QT";

    @Id
    @SequenceGenerator(name = "quotation_seq", sequenceName = "quotation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quotation_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 24)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "quoted_on", nullable = false)
    private LocalDate quotedOn;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private QuotationStatus status = QuotationStatus.DRAFT;

    @Size(max = 500)
    @Column(length = 500)
    private String note;

    @Column(name = "net_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal netTotal = BigDecimal.ZERO;

    @Column(name = "vat_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal vatTotal = BigDecimal.ZERO;

    @Column(name = "gross_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal grossTotal = BigDecimal.ZERO;

    @OneToMany(mappedBy = "quotation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<QuotationLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Quotation() {
    }

    public Quotation(Customer customer, String createdBy, OffsetDateTime createdAt, LocalDate quotedOn, LocalDate validUntil,
                     String currency, String note) {
        this.customer = customer;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.quotedOn = quotedOn;
        this.currency = currency;
        this.note = note;
        changeValidity(validUntil);
    }

    /** Called once the id is drawn (at persist). */
    public void assignNumber() {
        number = DocumentNumbers.format(PREFIX, quotedOn, id);
    }

    public void changeValidity(LocalDate until) {
        if (until.isBefore(quotedOn)) {
            throw new RuleViolation("tandem.quotation.validUntil.beforeQuoted", until, quotedOn);
        }
        validUntil = until;
    }

    /** Replaces the lines of a draft. */
    public void replaceLines(List<QuotationLine.Draft> drafts) {
        IllegalMove.unless(status == QuotationStatus.DRAFT, number, status, "tandem.action.edit");
        lines.clear();
        int no = 1;
        for (QuotationLine.Draft draft : drafts) {
            lines.add(new QuotationLine(this, no++, draft.product(), draft.quantity(), draft.price()));
        }
        total();
    }

    public void describe(LocalDate until, String note) {
        IllegalMove.unless(status == QuotationStatus.DRAFT, number, status, "tandem.action.edit");
        changeValidity(until);
        this.note = note;
    }

    public void send() {
        IllegalMove.unless(status == QuotationStatus.DRAFT, number, status, "tandem.action.send");
        requireLines();
        status = QuotationStatus.SENT;
    }

    public void accept(LocalDate today) {
        IllegalMove.unless(status.isOpen(), number, status, "tandem.action.accept");
        if (today.isAfter(validUntil)) {
            throw new RuleViolation("tandem.quotation.expired", number, validUntil);
        }
        requireLines();
        status = QuotationStatus.ACCEPTED;
    }

    public void reject() {
        IllegalMove.unless(status.isOpen(), number, status, "tandem.action.reject");
        status = QuotationStatus.REJECTED;
    }

    /** An open quotation past its date expires; answers whether it did. */
    public boolean expireIfPast(LocalDate today) {
        if (status.isOpen() && today.isAfter(validUntil)) {
            status = QuotationStatus.EXPIRED;
            return true;
        }
        return false;
    }

    /** An accepted quotation's lines may be ordered, each at most once in full. */
    public QuotationLine lineToOrder(long lineId, BigDecimal quantity) {
        IllegalMove.unless(status == QuotationStatus.ACCEPTED, number, status, "tandem.action.order");
        QuotationLine line = lines.stream().filter(l -> l.getId() == lineId).findFirst()
                .orElseThrow(() -> new RuleViolation("tandem.quotation.lineNotFound", number, lineId));
        line.order(quantity);
        return line;
    }

    private void requireLines() {
        if (lines.isEmpty()) {
            throw new RuleViolation("tandem.document.noLines", number);
        }
    }

    private void total() {
        LineAmounts total = lines.stream().map(l -> l.getPrice().amounts(currency))
                .reduce(LineAmounts.zero(currency), LineAmounts::plus);
        netTotal = total.net().getAmount();
        vatTotal = total.vat().getAmount();
        grossTotal = total.gross().getAmount();
    }

    public boolean needsApproval() {
        return lines.stream().anyMatch(l -> l.getPrice().isNeedsApproval());
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

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDate getQuotedOn() {
        return quotedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getCurrency() {
        return currency;
    }

    public QuotationStatus getStatus() {
        return status;
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

    public List<QuotationLine> getLines() {
        return lines;
    }

    public long getVersion() {
        return version;
    }

}
