package org.tandem.marketing.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A competitor product's price seen in the field, as a rep or marketing enters it (or a survey answer hands it
 * over): where (territory; a customer of ours or a named outlet), when, what it cost and any promotion seen.
 */
public record ObservationEntry(
        @NotNull Long competitorProductId,
        @NotNull LocalDate observedOn,
        @NotNull Long territoryId,
        Long customerId,
        @Size(max = 120) String outlet,
        @NotNull @DecimalMin("0") BigDecimal price,
        @Size(max = 300) String promotion) implements Serializable {
}
