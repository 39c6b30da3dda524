package org.tandem.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tandem.catalog.entity.Product;
import org.tandem.order.entity.SalesOrderLine;
import org.tandem.shared.boundary.RuleViolation;

import java.math.BigDecimal;

/** A quantity of one order line on a delivery, and how much of it came back. */
@Entity
@Table(name = "delivery_line")
public class DeliveryLine {

    @Id
    @SequenceGenerator(name = "delivery_line_seq", sequenceName = "delivery_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "delivery_id", nullable = false, updatable = false)
    private Delivery delivery;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sales_order_line_id", nullable = false, updatable = false)
    private SalesOrderLine orderLine;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @Column(nullable = false, precision = 15, scale = 3)
    private BigDecimal quantity;

    @Column(name = "returned_quantity", nullable = false, precision = 15, scale = 3)
    private BigDecimal returnedQuantity = BigDecimal.ZERO;

    protected DeliveryLine() {
    }

    DeliveryLine(Delivery delivery, int lineNo, SalesOrderLine orderLine, BigDecimal quantity) {
        this.delivery = delivery;
        this.lineNo = lineNo;
        this.orderLine = orderLine;
        this.product = orderLine.getProduct();
        this.quantity = quantity;
    }

    void changeQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    /** Takes back {@code asked} of what was delivered: never more than delivered minus already returned. */
    public void takeBack(BigDecimal asked) {
        BigDecimal returnable = getReturnableQuantity();
        if (delivery.getStatus() != DeliveryStatus.SHIPPED || asked.signum() <= 0 || asked.compareTo(returnable) > 0) {
            throw new RuleViolation("tandem.return.overReturn", delivery.getNumber(), lineNo,
                    delivery.getStatus() == DeliveryStatus.SHIPPED ? returnable : BigDecimal.ZERO);
        }
        returnedQuantity = returnedQuantity.add(asked);
    }

    /** Gives back what a rejected return had reserved. */
    public void releaseReturn(BigDecimal quantity) {
        returnedQuantity = returnedQuantity.subtract(quantity);
    }

    public Long getId() {
        return id;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public int getLineNo() {
        return lineNo;
    }

    public SalesOrderLine getOrderLine() {
        return orderLine;
    }

    public Product getProduct() {
        return product;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getReturnedQuantity() {
        return returnedQuantity;
    }

    public BigDecimal getReturnableQuantity() {
        return quantity.subtract(returnedQuantity);
    }
}
