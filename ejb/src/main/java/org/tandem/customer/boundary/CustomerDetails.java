package org.tandem.customer.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tandem.customer.entity.Channel;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.customer.entity.CustomerStatus;

import java.io.Serializable;
import java.math.BigDecimal;

/** Everything about a customer a rep fills in, apart from the code it is created with. */
public record CustomerDetails(
        @NotBlank @Size(max = 120) String name,
        @NotNull CustomerKind kind,
        @NotNull Long territoryId,
        @NotNull Long ownerId,
        @Size(max = 200) String address,
        @Size(max = 30) String phone,
        @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]*", message = "{tandem.customer.group.pattern}") String customerGroup,
        @NotNull Channel channel,
        @Min(0) @Max(Customer.MAX_PAYMENT_TERMS_DAYS) int paymentTermsDays,
        @NotNull CustomerStatus status,
        @NotNull BigDecimal creditLimit) implements Serializable {
}
