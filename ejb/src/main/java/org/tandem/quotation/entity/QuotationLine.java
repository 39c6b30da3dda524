package org.tandem.quotation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tandem.catalog.entity.Product;
import org.tandem.pricing.entity.LinePrice;
import org.tandem.shared.boundary.RuleViolation;

import java.math.BigDecimal;

/** A product, a quantity and the price pricing gave it; part of its quotation, versioned with it. */
@Entity
@Table(name = "quotation_line")
public class QuotationLine {

    @Id
    @SequenceGenerator(name = "quotation_line_seq", sequenceName = "quotation_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quotation_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "quotation_id", nullable = false, updatable = false)
    private Quotation quotation;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(nullable = false, precision = 15, scale = 3)
    private BigDecimal quantity;

    @Column(name = "ordered_quantity", nullable = false, precision = 15, scale = 3)
    private BigDecimal orderedQuantity = BigDecimal.ZERO;

    @Embedded
    private LinePrice price;

    protected QuotationLine() {
    }

    QuotationLine(Quotation quotation, int lineNo, Product product, BigDecimal quantity, LinePrice price) {
        this.quotation = quotation;
        this.lineNo = lineNo;
        this.product = product;
        this.quantity = quantity;
        this.price = price;
    }

    void order(BigDecimal asked) {
        BigDecimal open = quantity.subtract(orderedQuantity);
        if (asked.signum() <= 0 || asked.compareTo(open) > 0) {
            throw new RuleViolation("tandem.quotation.overOrder", quotation.getNumber(), lineNo, open);
        }
        orderedQuantity = orderedQuantity.add(asked);
    }

    public Long getId() {
        return id;
    }

    public Quotation getQuotation() {
        return quotation;
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

    public BigDecimal getOrderedQuantity() {
        return orderedQuantity;
    }

    public BigDecimal getOpenQuantity() {
        return quantity.subtract(orderedQuantity);
    }

    public LinePrice getPrice() {
        return price;
    }

    /** A line as it will be written: the product, the quantity and its price. */
    public record Draft(Product product, BigDecimal quantity, LinePrice price) {
    }
}
