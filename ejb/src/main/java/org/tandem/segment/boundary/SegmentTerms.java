package org.tandem.segment.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tandem.customer.entity.Channel;
import org.tandem.customer.entity.CustomerKind;

import java.io.Serializable;
import java.math.BigDecimal;

/** A segment as marketing writes it: its name and the criteria its members meet (null = any). */
public record SegmentTerms(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]+", message = "{tandem.segment.code.pattern}") String code,
        @NotBlank @Size(max = 100) String name,
        CustomerKind customerKind,
        Channel channel,
        Long territoryId,
        @Size(max = 20) String customerGroup,
        @DecimalMin("0") BigDecimal minRevenue,
        @DecimalMin("0") BigDecimal maxRevenue,
        boolean target) implements Serializable {
}
