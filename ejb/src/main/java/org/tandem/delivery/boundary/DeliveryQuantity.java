package org.tandem.delivery.boundary;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.math.BigDecimal;

/** A quantity of one line: an order line when planning a delivery, a delivery line when changing one. */
public record DeliveryQuantity(long lineId, @NotNull @Digits(integer = 12, fraction = 3) BigDecimal quantity)
        implements Serializable {
}
