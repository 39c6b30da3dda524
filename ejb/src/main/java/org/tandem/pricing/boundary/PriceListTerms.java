package org.tandem.pricing.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** What marketing types for a price list; code and currency are kept when a list is changed. */
public record PriceListTerms(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]+", message = "{tandem.pricing.code.pattern}") String code,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 20) String channel,
        @Size(max = 20) String customerGroup,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
        @NotNull LocalDate fromDate,
        LocalDate thruDate,
        boolean pricesIncludeTax,
        boolean active) implements Serializable {
}
