package org.tandem.pricing.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import org.tandem.customer.entity.Customer;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Lines to price for one customer on one day in one currency, as a quotation or the simulation screen asks.
 * The customer (optional for a simulation) brings its territory; customer group and channel are named here
 * until customers carry them.
 */
public record PriceInquiry(Long customerId,
                           @Size(max = 20) String customerGroup,
                           @Size(max = 20) String channel,
                           @NotNull LocalDate date,
                           @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
                           @NotEmpty @Size(max = 2000) List<@NotNull @Valid Line> lines) implements Serializable {

    public static final int MAX_LINES = 2000;

    public PriceInquiry {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Lines for a customer on a day, in the customer's currency, with its group and channel. */
    public static PriceInquiry forCustomer(Customer customer, LocalDate date, List<Line> lines) {
        return new PriceInquiry(customer.getId(), customer.getCustomerGroup(), customer.getChannel().name(), date,
                customer.getCreditLimit().getCurrency(), lines);
    }

    /** @param manualDiscountPercent the user's own discount, 0 to 100; null for none */
    public record Line(long productId, @NotNull @Digits(integer = 12, fraction = 3) BigDecimal quantity,
                       @DecimalMin("0") @DecimalMax("100") BigDecimal manualDiscountPercent)
            implements Serializable {
    }
}
