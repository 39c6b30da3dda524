package org.tandem.receivable.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tandem.invoice.entity.Invoice;

import java.math.BigDecimal;

/** The part of a payment that settles one invoice. */
@Entity
@Table(name = "payment_allocation")
public class PaymentAllocation {

    @Id
    @SequenceGenerator(name = "payment_allocation_seq", sequenceName = "payment_allocation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_allocation_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "payment_id", nullable = false, updatable = false)
    private Payment payment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount;

    protected PaymentAllocation() {
    }

    PaymentAllocation(Payment payment, Invoice invoice, BigDecimal amount) {
        this.payment = payment;
        this.invoice = invoice;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public Payment getPayment() {
        return payment;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
