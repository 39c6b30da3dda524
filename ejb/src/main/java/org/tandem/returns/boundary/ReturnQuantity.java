package org.tandem.returns.boundary;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.tandem.returns.entity.ReturnReason;

import java.io.Serializable;
import java.math.BigDecimal;

/** How much of a delivery line comes back, and why. */
public record ReturnQuantity(long deliveryLineId, @NotNull @Digits(integer = 12, fraction = 3) BigDecimal quantity,
                             @NotNull ReturnReason reason) implements Serializable {
}
