package org.tandem.pricing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.tandem.catalog.entity.Product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The unit price of one product on a price list. Its own dates narrow the list's (null: as the list); the price
 * is in the list's currency and on the list's VAT basis, kept to four decimals.
 */
@Entity
@Table(name = "price_list_entry")
public class PriceListEntry {

    public static final int UNIT_PRICE_SCALE = 4;

    @Id
    @SequenceGenerator(name = "price_list_entry_seq", sequenceName = "price_list_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_list_entry_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "price_list_id", nullable = false, updatable = false)
    private PriceList priceList;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = UNIT_PRICE_SCALE)
    @Column(name = "unit_price", nullable = false, precision = 19, scale = UNIT_PRICE_SCALE)
    private BigDecimal unitPrice;

    @Column(name = "from_date")
    private LocalDate fromDate;

    @Column(name = "thru_date")
    private LocalDate thruDate;

    @Version
    private long version;

    protected PriceListEntry() {
    }

    public PriceListEntry(PriceList priceList, Product product, BigDecimal unitPrice, LocalDate fromDate, LocalDate thruDate) {
        this.priceList = Objects.requireNonNull(priceList);
        this.product = Objects.requireNonNull(product);
        reprice(unitPrice, fromDate, thruDate);
    }

    /** @throws IllegalArgumentException on a negative price, more than four decimals, or a reversed period */
    public final void reprice(BigDecimal unitPrice, LocalDate fromDate, LocalDate thruDate) {
        if (Objects.requireNonNull(unitPrice).signum() < 0) {
            throw new IllegalArgumentException("A unit price cannot be negative");
        }
        Validity.requireOrdered(fromDate, thruDate);
        this.unitPrice = unitPrice.setScale(UNIT_PRICE_SCALE, RoundingMode.UNNECESSARY);
        this.fromDate = fromDate;
        this.thruDate = thruDate;
    }

    /** Whether this entry's days overlap {@code other}'s, each narrowed by nothing but its own dates. */
    public boolean overlaps(LocalDate otherFrom, LocalDate otherThru) {
        return (thruDate == null || otherFrom == null || !thruDate.isBefore(otherFrom))
                && (otherThru == null || fromDate == null || !otherThru.isBefore(fromDate));
    }

    public Long getId() {
        return id;
    }

    public PriceList getPriceList() {
        return priceList;
    }

    public Product getProduct() {
        return product;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getThruDate() {
        return thruDate;
    }

    public long getVersion() {
        return version;
    }
}
