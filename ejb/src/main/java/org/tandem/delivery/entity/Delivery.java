package org.tandem.delivery.entity;

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
import org.tandem.order.entity.SalesOrder;
import org.tandem.order.entity.SalesOrderLine;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.DocumentNumbers;
import org.tandem.shared.entity.IllegalMove;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Goods going to a customer from one order, by line quantities: planned, then shipped (the goods issue) or
 * cancelled. Planning a line reserves its quantity on the order, so no order line is ever delivered twice.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    public static final String PREFIX = "DL";

    @Id
    @SequenceGenerator(name = "delivery_seq", sequenceName = "delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 24)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sales_order_id", nullable = false, updatable = false)
    private SalesOrder order;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DeliveryStatus status = DeliveryStatus.PLANNED;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "shipped_by", length = 60)
    private String shippedBy;

    @Column(name = "shipped_at")
    private OffsetDateTime shippedAt;

    @OneToMany(mappedBy = "delivery", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<DeliveryLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Delivery() {
    }

    public Delivery(SalesOrder order, LocalDate plannedOn, String createdBy, OffsetDateTime createdAt) {
        this.order = order;
        this.customer = order.getCustomer();
        this.plannedOn = plannedOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Called once the id is drawn (at persist). */
    public void assignNumber() {
        number = DocumentNumbers.format(PREFIX, plannedOn, id);
    }

    /** Plans {@code quantity} of an order line onto this delivery, reserving it on the order. */
    public void plan(long orderLineId, BigDecimal quantity) {
        requirePlanned("tandem.action.edit");
        if (lines.stream().anyMatch(l -> l.getOrderLine().getId() == orderLineId)) {
            throw new RuleViolation("tandem.delivery.lineTwice", orderLineId);
        }
        SalesOrderLine orderLine = order.schedule(orderLineId, quantity);
        lines.add(new DeliveryLine(this, lines.size() + 1, orderLine, quantity));
    }

    /** Changes a planned line's quantity; zero takes the line off the delivery. */
    public void change(long deliveryLineId, BigDecimal quantity) {
        requirePlanned("tandem.action.edit");
        DeliveryLine line = line(deliveryLineId);
        if (quantity.signum() < 0) {
            throw new RuleViolation("tandem.quantity.notPositive", quantity);
        }
        order.unschedule(line.getOrderLine(), line.getQuantity());
        if (quantity.signum() == 0) {
            lines.remove(line);
            return;
        }
        order.schedule(line.getOrderLine().getId(), quantity);
        line.changeQuantity(quantity);
    }

    /** Posts the goods issue: the goods left, the order follows. */
    public void ship(String by, OffsetDateTime at) {
        requirePlanned("tandem.action.ship");
        if (lines.isEmpty()) {
            throw new RuleViolation("tandem.document.noLines", number);
        }
        for (DeliveryLine line : lines) {
            order.shipped(line.getOrderLine(), line.getQuantity());
        }
        status = DeliveryStatus.SHIPPED;
        shippedBy = by;
        shippedAt = at;
    }

    public void cancel() {
        requirePlanned("tandem.action.cancel");
        for (DeliveryLine line : lines) {
            order.unschedule(line.getOrderLine(), line.getQuantity());
        }
        status = DeliveryStatus.CANCELLED;
    }

    public DeliveryLine line(long deliveryLineId) {
        return lines.stream().filter(l -> l.getId() != null && l.getId() == deliveryLineId).findFirst()
                .orElseThrow(() -> new RuleViolation("tandem.delivery.lineNotFound", number, deliveryLineId));
    }

    private void requirePlanned(String action) {
        IllegalMove.unless(status == DeliveryStatus.PLANNED, number, status, action);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public SalesOrder getOrder() {
        return order;
    }

    public Customer getCustomer() {
        return customer;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getShippedBy() {
        return shippedBy;
    }

    public OffsetDateTime getShippedAt() {
        return shippedAt;
    }

    public List<DeliveryLine> getLines() {
        return lines;
    }

    public long getVersion() {
        return version;
    }
}
