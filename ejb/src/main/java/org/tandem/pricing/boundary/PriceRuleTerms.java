package org.tandem.pricing.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tandem.pricing.entity.PriceAction;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A price rule as marketing writes it (or a promotion creates it): conditions, left empty when open, and one action. */
public record PriceRuleTerms(
        @NotBlank @Size(max = 100) String name,
        int sequence,
        @NotNull LocalDate fromDate,
        LocalDate thruDate,
        boolean active,
        Long customerId,
        @Size(max = 20) String customerGroup,
        @Size(max = 20) String channel,
        Long territoryId,
        Long productId,
        Long brandId,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4) BigDecimal minQuantity,
        @Size(max = 40) String family,
        @NotNull PriceAction action,
        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal value,
        @Pattern(regexp = "[A-Z]{3}") String currency,
        boolean stackable,
        @Size(max = 200) String source) implements Serializable {
}
