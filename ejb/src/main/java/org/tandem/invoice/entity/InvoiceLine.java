package org.tandem.invoice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tandem.catalog.entity.Product;
import org.tandem.delivery.entity.DeliveryLine;
import org.tandem.pricing.entity.LineAmounts;
import org.tandem.shared.entity.Money;

import java.math.BigDecimal;

/** One shipped delivery line billed in full; a delivery line is on one invoice at most (a unique key). */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

    @Id
    @SequenceGenerator(name = "invoice_line_seq", sequenceName = "invoice_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @OneToOne(optional = false)
    @JoinColumn(name = "delivery_line_id", nullable = false, updatable = false, unique = true)
    private DeliveryLine deliveryLine;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @Column(nullable = false, precision = 15, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "unit_net_price", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal unitNetPrice;

    @Column(name = "tax_rate", nullable = false, precision = 5, scale = 4, updatable = false)
    private BigDecimal taxRate;

    @Column(name = "line_net", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal lineNet;

    @Column(name = "line_vat", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal lineVat;

    @Column(name = "line_gross", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal lineGross;

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice, int lineNo, DeliveryLine deliveryLine, LineAmounts amounts) {
        this.invoice = invoice;
        this.lineNo = lineNo;
        this.deliveryLine = deliveryLine;
        this.product = deliveryLine.getProduct();
        this.quantity = deliveryLine.getQuantity();
        this.unitNetPrice = deliveryLine.getOrderLine().getPrice().getUnitNetPrice();
        this.taxRate = deliveryLine.getOrderLine().getPrice().getTaxRate();
        this.lineNet = amounts.net().getAmount();
        this.lineVat = amounts.vat().getAmount();
        this.lineGross = amounts.gross().getAmount();
    }

    void renumber(int lineNo) {
        this.lineNo = lineNo;
    }

    LineAmounts amounts() {
        String currency = invoice.getCurrency();
        return new LineAmounts(Money.of(lineNet, currency), Money.of(lineVat, currency), Money.of(lineGross, currency));
    }

    public Long getId() {
        return id;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public int getLineNo() {
        return lineNo;
    }

    public DeliveryLine getDeliveryLine() {
        return deliveryLine;
    }

    public Product getProduct() {
        return product;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitNetPrice() {
        return unitNetPrice;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public BigDecimal getLineNet() {
        return lineNet;
    }

    public BigDecimal getLineVat() {
        return lineVat;
    }

    public BigDecimal getLineGross() {
        return lineGross;
    }
}
