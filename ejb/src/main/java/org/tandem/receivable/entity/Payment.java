package org.tandem.receivable.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tandem.customer.entity.Customer;
import org.tandem.invoice.entity.Invoice;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.DocumentNumbers;
import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Money received from a customer, allocated in full to one or more of its issued invoices. */
@Entity
@Table(name = "payment")
public class Payment {

    public static final String PREFIX = "PM";

    @Id
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 24)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private PaymentMethod method;

    @Column(length = 60, updatable = false)
    private String reference;

    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @OneToMany(mappedBy = "payment", cascade = CascadeType.ALL)
    private List<PaymentAllocation> allocations = new ArrayList<>();

    @Version
    private long version;

    protected Payment() {
    }

    public Payment(Customer customer, LocalDate receivedOn, PaymentMethod method, String reference, Money amount,
                   String recordedBy, OffsetDateTime recordedAt) {
        if (amount.getAmount().signum() <= 0) {
            throw new RuleViolation("tandem.payment.amount.notPositive", amount);
        }
        this.customer = customer;
        this.receivedOn = receivedOn;
        this.method = method;
        this.reference = reference;
        this.amount = amount.getAmount();
        this.currency = amount.getCurrency();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void assignNumber() {
        number = DocumentNumbers.format(PREFIX, receivedOn, id);
    }

    /** Pays {@code part} of the payment against an invoice of the same customer. */
    public void allocate(Invoice invoice, Money part) {
        if (!invoice.getCustomer().equals(customer)) {
            throw new RuleViolation("tandem.payment.otherCustomer", invoice.getNumber());
        }
        if (part.getAmount().signum() <= 0) {
            throw new RuleViolation("tandem.payment.amount.notPositive", part);
        }
        invoice.receive(part);
        allocations.add(new PaymentAllocation(this, invoice, part.getAmount()));
    }

    /** The allocations must add up to the amount received: no money is left unexplained. */
    public void requireFullyAllocated() {
        Money allocated = allocations.stream().map(a -> Money.of(a.getAmount(), currency))
                .reduce(Money.zero(currency), Money::plus);
        if (!allocated.equals(getAmount())) {
            throw new RuleViolation("tandem.payment.notFullyAllocated", getAmount(), allocated);
        }
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

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getReference() {
        return reference;
    }

    public Money getAmount() {
        return Money.of(amount, currency);
    }

    public String getCurrency() {
        return currency;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public List<PaymentAllocation> getAllocations() {
        return allocations;
    }

    public long getVersion() {
        return version;
    }
}
