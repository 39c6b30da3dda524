package org.tandem.pricing.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A product's unit price on a list; dates left empty follow the list's. The product is kept when changed. */
public record PriceEntryTerms(
        long productId,
        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal unitPrice,
        LocalDate fromDate,
        LocalDate thruDate) implements Serializable {
}
