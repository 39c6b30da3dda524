package org.tandem.marketing.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** A launch plan as marketing writes it (the brand is fixed once the plan exists). */
public record LaunchPlanTerms(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]+", message = "{tandem.segment.code.pattern}") String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull Long brandId,
        @NotNull LocalDate launchDate,
        @Size(max = 1000) String note,
        @NotNull Set<Long> productIds,
        @NotNull Set<Long> segmentIds) implements Serializable {
}
