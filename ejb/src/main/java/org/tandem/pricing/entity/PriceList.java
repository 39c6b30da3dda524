package org.tandem.pricing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.shared.entity.Texts;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * List prices in one currency for the customers of one channel and customer group (either may be left open),
 * valid from {@code fromDate} through {@code thruDate}. Its prices either include VAT or exclude it.
 */
@Entity
@Table(name = "price_list")
public class PriceList {

    @Id
    @SequenceGenerator(name = "price_list_seq", sequenceName = "price_list_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_list_seq")
    private Long id;

    @NotBlank
    @Size(max = 20)
    @Column(nullable = false, unique = true, updatable = false, length = 20)
    private String code;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name;

    @Size(max = 20)
    @Column(length = 20)
    private String channel;

    @Size(max = 20)
    @Column(name = "customer_group", length = 20)
    private String customerGroup;

    /** Fixed at creation: every entry's price is in it. */
    @NotNull
    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @NotNull
    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "thru_date")
    private LocalDate thruDate;

    @Column(name = "prices_include_tax", nullable = false)
    private boolean pricesIncludeTax;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected PriceList() {
    }

    public PriceList(String code, String name, String currency, LocalDate fromDate) {
        this.code = Objects.requireNonNull(code);
        this.currency = Currency.getInstance(Objects.requireNonNull(currency)).getCurrencyCode();
        revise(name, null, null, fromDate, null, false, true);
    }

    /** Everything but code and currency, which other rows rely on. */
    public final void revise(String name, String channel, String customerGroup, LocalDate fromDate, LocalDate thruDate,
                             boolean pricesIncludeTax, boolean active) {
        Validity.requireOrdered(Objects.requireNonNull(fromDate), thruDate);
        this.name = Objects.requireNonNull(name);
        this.channel = Texts.blankToNull(channel);
        this.customerGroup = Texts.blankToNull(customerGroup);
        this.fromDate = fromDate;
        this.thruDate = thruDate;
        this.pricesIncludeTax = pricesIncludeTax;
        this.active = active;
    }

    public boolean isValidOn(LocalDate day) {
        return active && Validity.covers(fromDate, thruDate, day);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getChannel() {
        return channel;
    }

    public String getCustomerGroup() {
        return customerGroup;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getThruDate() {
        return thruDate;
    }

    public boolean isPricesIncludeTax() {
        return pricesIncludeTax;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriceList other && code != null && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
