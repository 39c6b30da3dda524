package org.tandem.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tandem.catalog.entity.Product;
import org.tandem.pricing.entity.LinePrice;
import org.tandem.quotation.entity.QuotationLine;
import org.tandem.shared.boundary.RuleViolation;

import java.math.BigDecimal;

/**
 * One product on an order: how much was ordered, how much is planned onto deliveries and how much has shipped.
 * Part of its order and versioned with it.
 */
@Entity
@Table(name = "sales_order_line")
public class SalesOrderLine {

    @Id
    @SequenceGenerator(name = "sales_order_line_seq", sequenceName = "sales_order_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_order_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sales_order_id", nullable = false, updatable = false)
    private SalesOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @Column(nullable = false, precision = 15, scale = 3)
    private BigDecimal quantity;

    @Column(name = "scheduled_quantity", nullable = false, precision = 15, scale = 3)
    private BigDecimal scheduledQuantity = BigDecimal.ZERO;

    @Column(name = "delivered_quantity", nullable = false, precision = 15, scale = 3)
    private BigDecimal deliveredQuantity = BigDecimal.ZERO;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "quotation_line_id", updatable = false)
    private QuotationLine quotationLine;

    @Embedded
    private LinePrice price;

    protected SalesOrderLine() {
    }

    SalesOrderLine(SalesOrder order, int lineNo, Product product, BigDecimal quantity, LinePrice price,
                   QuotationLine quotationLine) {
        this.order = order;
        this.lineNo = lineNo;
        this.product = product;
        this.quantity = quantity;
        this.price = price;
        this.quotationLine = quotationLine;
    }

    void change(BigDecimal quantity, LinePrice price) {
        this.quantity = quantity;
        this.price = price;
    }

    void schedule(BigDecimal asked) {
        BigDecimal open = getOpenQuantity();
        if (asked.signum() <= 0 || asked.compareTo(open) > 0) {
            throw new RuleViolation("tandem.delivery.overDelivery", order.getNumber(), lineNo, open);
        }
        scheduledQuantity = scheduledQuantity.add(asked);
    }

    void unschedule(BigDecimal quantity) {
        scheduledQuantity = scheduledQuantity.subtract(quantity);
    }

    void ship(BigDecimal quantity) {
        deliveredQuantity = deliveredQuantity.add(quantity);
    }

    boolean isFullyDelivered() {
        return deliveredQuantity.compareTo(quantity) >= 0;
    }

    public Long getId() {
        return id;
    }

    public SalesOrder getOrder() {
        return order;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Product getProduct() {
        return product;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getScheduledQuantity() {
        return scheduledQuantity;
    }

    public BigDecimal getDeliveredQuantity() {
        return deliveredQuantity;
    }

    /** Not yet planned onto any delivery. */
    public BigDecimal getOpenQuantity() {
        return quantity.subtract(scheduledQuantity);
    }

    public QuotationLine getQuotationLine() {
        return quotationLine;
    }

    public LinePrice getPrice() {
        return price;
    }
}
