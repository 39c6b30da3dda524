package org.tandem.promotion.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.promotion.entity.PromotionKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A promotion request as a rep files it. {@code percentOff} only for a discount; {@code productIds} and/or
 * {@code brandId} say what it is for; {@code cost} is the rep's estimate for a discount.
 */
public record PromotionTerms(
        @NotNull PromotionKind kind,
        @NotNull Long campaignId,
        @NotEmpty @Size(max = 50) Set<@NotNull Long> customerIds,
        @NotNull @Size(max = 100) Set<@NotNull Long> productIds,
        Long brandId,
        @NotNull LocalDate fromDate,
        @NotNull LocalDate thruDate,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal percentOff,
        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal expectedQuantity,
        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal cost,
        @NotBlank @Size(max = 1000) String reason) implements Serializable {
}
