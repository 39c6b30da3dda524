package org.tandem.web.receivable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.tandem.invoice.entity.Invoice;
import org.tandem.receivable.boundary.PaymentReceipt;
import org.tandem.receivable.entity.PaymentMethod;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the payment dialog holds: who paid, how, how much, and which invoices it settles. */
public class PaymentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long customerId;

    @NotNull
    @PastOrPresent
    private LocalDate receivedOn = LocalDate.now();

    @NotNull
    private PaymentMethod method = PaymentMethod.BANK_TRANSFER;

    @Size(max = 60)
    private String reference;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 15, fraction = 2)
    private BigDecimal amount;

    @Valid
    private List<Allocation> allocations = new ArrayList<>();

    /** The customer's open invoices, oldest due first, none allocated yet. */
    void offer(List<Invoice> openInvoices) {
        allocations = new ArrayList<>(openInvoices.stream().map(Allocation::new).toList());
        allocateOldestFirst();
    }

    /** Spreads the amount over the open invoices, the oldest due first, each at most what it owes. */
    void allocateOldestFirst() {
        BigDecimal left = amount == null ? BigDecimal.ZERO : amount;
        for (Allocation allocation : allocations) {
            BigDecimal part = left.min(allocation.getOpen().getAmount()).max(BigDecimal.ZERO);
            allocation.setAmount(part.signum() == 0 ? null : part);
            left = left.subtract(part);
        }
    }

    BigDecimal allocated() {
        return allocations.stream().map(Allocation::getAmount).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    PaymentReceipt receipt() {
        return new PaymentReceipt(customerId, receivedOn, method, reference, amount, allocations.stream()
                .filter(a -> a.getAmount() != null && a.getAmount().signum() > 0)
                .map(a -> new PaymentReceipt.Part(a.getInvoiceId(), a.getAmount()))
                .toList());
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public List<Allocation> getAllocations() {
        return allocations;
    }
}
