package org.tandem.receivable.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.receivable.entity.PaymentMethod;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Money received from a customer and the invoices it pays; the parts add up to the amount. */
public record PaymentReceipt(long customerId, @NotNull LocalDate receivedOn, @NotNull PaymentMethod method,
                             @Size(max = 60) String reference,
                             @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 2)
                             BigDecimal amount,
                             @NotEmpty @Size(max = 200) List<@NotNull @Valid Part> parts) implements Serializable {

    public PaymentReceipt {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public record Part(long invoiceId,
                       @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 2)
                       BigDecimal amount) implements Serializable {
    }
}
