package org.tandem.returns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tandem.catalog.entity.Product;
import org.tandem.delivery.entity.DeliveryLine;

import java.math.BigDecimal;

/** A quantity of one delivered line coming back, and why. */
@Entity
@Table(name = "return_line")
public class ReturnLine {

    @Id
    @SequenceGenerator(name = "return_line_seq", sequenceName = "return_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "return_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "return_id", nullable = false, updatable = false)
    private CustomerReturn customerReturn;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(optional = false)
    @JoinColumn(name = "delivery_line_id", nullable = false, updatable = false)
    private DeliveryLine deliveryLine;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @Column(nullable = false, precision = 15, scale = 3)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReturnReason reason;

    protected ReturnLine() {
    }

    ReturnLine(CustomerReturn customerReturn, int lineNo, DeliveryLine deliveryLine, BigDecimal quantity,
               ReturnReason reason) {
        this.customerReturn = customerReturn;
        this.lineNo = lineNo;
        this.deliveryLine = deliveryLine;
        this.product = deliveryLine.getProduct();
        this.quantity = quantity;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public CustomerReturn getCustomerReturn() {
        return customerReturn;
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

    public ReturnReason getReason() {
        return reason;
    }
}
