package org.tandem.returns.entity;

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
import org.tandem.delivery.entity.Delivery;
import org.tandem.delivery.entity.DeliveryLine;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.DocumentNumbers;
import org.tandem.shared.entity.IllegalMove;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Goods a customer sends back from one delivery, with a reason per line. Requesting it reserves the quantities
 * on the delivery lines, so that no line is returned beyond what was delivered; receiving it issues a credit note.
 */
@Entity
@Table(name = "customer_return")
public class CustomerReturn {

    public static final String PREFIX = "RT";

    @Id
    @SequenceGenerator(name = "customer_return_seq", sequenceName = "customer_return_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_return_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 24)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @ManyToOne(optional = false)
    @JoinColumn(name = "delivery_id", nullable = false, updatable = false)
    private Delivery delivery;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReturnStatus status = ReturnStatus.REQUESTED;

    @Column(length = 300)
    private String note;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @OneToMany(mappedBy = "customerReturn", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<ReturnLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected CustomerReturn() {
    }

    public CustomerReturn(Delivery delivery, String note, String createdBy, OffsetDateTime createdAt) {
        this.delivery = delivery;
        this.customer = delivery.getCustomer();
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void assignNumber(LocalDate today) {
        number = DocumentNumbers.format(PREFIX, today, id);
    }

    public void add(long deliveryLineId, BigDecimal quantity, ReturnReason reason) {
        IllegalMove.unless(status == ReturnStatus.REQUESTED, number, status, "tandem.action.edit");
        if (lines.stream().anyMatch(l -> l.getDeliveryLine().getId() == deliveryLineId)) {
            throw new RuleViolation("tandem.return.lineTwice", deliveryLineId);
        }
        DeliveryLine deliveryLine = delivery.line(deliveryLineId);
        deliveryLine.takeBack(quantity);
        lines.add(new ReturnLine(this, lines.size() + 1, deliveryLine, quantity, reason));
    }

    public void receive(String by, OffsetDateTime at) {
        IllegalMove.unless(status == ReturnStatus.REQUESTED, number, status, "tandem.action.receive");
        if (lines.isEmpty()) {
            throw new RuleViolation("tandem.document.noLines", number);
        }
        status = ReturnStatus.RECEIVED;
        decidedBy = by;
        decidedAt = at;
    }

    public void reject(String by, OffsetDateTime at) {
        IllegalMove.unless(status == ReturnStatus.REQUESTED, number, status, "tandem.action.reject");
        for (ReturnLine line : lines) {
            line.getDeliveryLine().releaseReturn(line.getQuantity());
        }
        status = ReturnStatus.REJECTED;
        decidedBy = by;
        decidedAt = at;
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

    public Delivery getDelivery() {
        return delivery;
    }

    public ReturnStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public List<ReturnLine> getLines() {
        return lines;
    }

    public long getVersion() {
        return version;
    }
}
