package org.tandem.order.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
import org.tandem.catalog.entity.Product;
import org.tandem.customer.entity.Customer;
import org.tandem.pricing.entity.LineAmounts;
import org.tandem.pricing.entity.LinePrice;
import org.tandem.quotation.entity.Quotation;
import org.tandem.quotation.entity.QuotationLine;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.DocumentNumbers;
import org.tandem.shared.entity.IllegalMove;
import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a customer ordered, at the prices pricing gave, and how far it has been delivered. */
@Entity
@Table(name = "sales_order")
public class SalesOrder {

    public static final String PREFIX = "SO";

    @Id
    @SequenceGenerator(name = "sales_order_seq", sequenceName = "sales_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_order_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 24)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "quotation_id", updatable = false)
    private Quotation quotation;

    @Column(name = "customer_reference", length = 40)
    private String customerReference;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "ordered_on", nullable = false, updatable = false)
    private LocalDate orderedOn;

    @Column(name = "requested_on")
    private LocalDate requestedOn;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status = OrderStatus.DRAFT;

    @Column(name = "credit_hold", nullable = false)
    private boolean creditHold;

    @Column(name = "discount_hold", nullable = false)
    private boolean discountHold;

    @Column(name = "hold_note", length = 300)
    private String holdNote;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "cancel_reason", length = 300)
    private String cancelReason;

    @Column(name = "net_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal netTotal = BigDecimal.ZERO;

    @Column(name = "vat_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal vatTotal = BigDecimal.ZERO;

    @Column(name = "gross_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal grossTotal = BigDecimal.ZERO;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<SalesOrderLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected SalesOrder() {
    }

    public SalesOrder(Customer customer, Quotation quotation, String customerReference, String createdBy,
                      OffsetDateTime createdAt, LocalDate orderedOn, LocalDate requestedOn, String currency) {
        this.customer = customer;
        this.quotation = quotation;
        this.customerReference = customerReference;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.orderedOn = orderedOn;
        this.requestedOn = requestedOn;
        this.currency = currency;
    }

    /** Called once the id is drawn (at persist). */
    public void assignNumber() {
        number = DocumentNumbers.format(PREFIX, orderedOn, id);
    }

    public void addLine(Product product, BigDecimal quantity, LinePrice price, QuotationLine fromQuotation) {
        requireDraft();
        lines.add(new SalesOrderLine(this, nextLineNo(), product, quantity, price, fromQuotation));
        total();
    }

    /** Orders {@code quantity} of an accepted quotation's line, at the quotation's prices. */
    public void addFromQuotation(long quotationLineId, BigDecimal quantity) {
        QuotationLine line = quotation.lineToOrder(quotationLineId, quantity);
        addLine(line.getProduct(), quantity, line.getPrice().forQuantity(quantity, quotation.getCurrency()), line);
    }

    /** Changes one line of a draft: its quantity and its new price. */
    public void changeLine(long lineId, BigDecimal quantity, LinePrice price) {
        requireDraft();
        line(lineId).change(quantity, price);
        total();
    }

    public void removeLine(long lineId) {
        requireDraft();
        if (!lines.remove(line(lineId))) {
            throw new RuleViolation("tandem.order.lineNotFound", number, lineId);
        }
        total();
    }

    public void describe(String customerReference, LocalDate requestedOn) {
        requireDraft();
        this.customerReference = customerReference;
        this.requestedOn = requestedOn;
    }

    /**
     * Confirms the order, or holds it for a sales manager when {@code creditNote} says the customer's credit is
     * exceeded or a line's discount is beyond the caller's authority.
     */
    public void confirm(String creditNote) {
        requireDraft();
        if (lines.isEmpty()) {
            throw new RuleViolation("tandem.document.noLines", number);
        }
        creditHold = creditNote != null;
        discountHold = lines.stream().anyMatch(l -> l.getPrice().isNeedsApproval());
        holdNote = creditNote;
        status = creditHold || discountHold ? OrderStatus.AWAITING_APPROVAL : OrderStatus.CONFIRMED;
    }

    public void approve(String manager, OffsetDateTime at) {
        IllegalMove.unless(status == OrderStatus.AWAITING_APPROVAL, number, status, "tandem.action.approve");
        status = OrderStatus.CONFIRMED;
        decidedBy = manager;
        decidedAt = at;
    }

    /** A manager sends a held order back to its author, who may change it or cancel it. */
    public void sendBack(String manager, OffsetDateTime at, String reason) {
        IllegalMove.unless(status == OrderStatus.AWAITING_APPROVAL, number, status, "tandem.action.sendBack");
        status = OrderStatus.DRAFT;
        creditHold = false;
        discountHold = false;
        holdNote = reason;
        decidedBy = manager;
        decidedAt = at;
    }

    public void cancel(String reason) {
        boolean nothingPlanned = lines.stream().allMatch(l -> l.getScheduledQuantity().signum() == 0);
        IllegalMove.unless(status != OrderStatus.CANCELLED && status != OrderStatus.DELIVERED && nothingPlanned,
                number, status, "tandem.action.cancel");
        status = OrderStatus.CANCELLED;
        cancelReason = reason;
    }

    /** Plans {@code quantity} of a line onto a delivery. */
    public SalesOrderLine schedule(long lineId, BigDecimal quantity) {
        IllegalMove.unless(status.isDeliverable(), number, status, "tandem.action.deliver");
        SalesOrderLine line = line(lineId);
        line.schedule(quantity);
        return line;
    }

    /** Takes back what a changed or cancelled delivery no longer carries. */
    public void unschedule(SalesOrderLine line, BigDecimal quantity) {
        line.unschedule(quantity);
    }

    /** Goods left the warehouse: the order follows, partly delivered or delivered. */
    public void shipped(SalesOrderLine line, BigDecimal quantity) {
        line.ship(quantity);
        status = lines.stream().allMatch(SalesOrderLine::isFullyDelivered)
                ? OrderStatus.DELIVERED : OrderStatus.PARTLY_DELIVERED;
    }

    public SalesOrderLine line(long lineId) {
        return lines.stream().filter(l -> l.getId() != null && l.getId() == lineId).findFirst()
                .orElseThrow(() -> new RuleViolation("tandem.order.lineNotFound", number, lineId));
    }

    /** Waiting for a sales manager: the order screen shows why. */
    public boolean isHeld() {
        return status == OrderStatus.AWAITING_APPROVAL;
    }

    private void requireDraft() {
        IllegalMove.unless(status == OrderStatus.DRAFT, number, status, "tandem.action.edit");
    }

    private int nextLineNo() {
        return lines.stream().mapToInt(SalesOrderLine::getLineNo).max().orElse(0) + 1;
    }

    private void total() {
        LineAmounts total = lines.stream().map(l -> l.getPrice().amounts(currency))
                .reduce(LineAmounts.zero(currency), LineAmounts::plus);
        netTotal = total.net().getAmount();
        vatTotal = total.vat().getAmount();
        grossTotal = total.gross().getAmount();
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

    public Quotation getQuotation() {
        return quotation;
    }

    public String getCustomerReference() {
        return customerReference;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDate getOrderedOn() {
        return orderedOn;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public String getCurrency() {
        return currency;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public boolean isCreditHold() {
        return creditHold;
    }

    public boolean isDiscountHold() {
        return discountHold;
    }

    public String getHoldNote() {
        return holdNote;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getCancelReason() {
        return cancelReason;
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

    public List<SalesOrderLine> getLines() {
        return lines;
    }

    public long getVersion() {
        return version;
    }
}
