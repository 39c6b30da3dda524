package org.tandem.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A sellable item (SKU) of a brand, sold in a unit that holds {@code packSize} pieces. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    private Long id;

    @NotBlank
    @Size(max = 30)
    @Column(nullable = false, unique = true, updatable = false, length = 30)
    private String sku;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "brand_id", nullable = false)
    private Brand brand;

    @NotBlank
    @Size(max = 10)
    @Column(nullable = false, length = 10)
    private String unit;

    @Min(1)
    @Column(name = "pack_size", nullable = false)
    private int packSize;

    @Size(max = 14)
    @Column(length = 14)
    private String barcode;

    /** VAT rate as a fraction (0.1300 for 13 %). */
    @NotNull
    @DecimalMin("0")
    @DecimalMax("1")
    @Column(name = "tax_rate", nullable = false, precision = 5, scale = 4)
    private BigDecimal taxRate;

    @Column(nullable = false)
    private boolean active = true;

    /** What one unit costs the company (net), for the margin of promotions; unknown until set. */
    @DecimalMin("0")
    @Column(name = "standard_cost", precision = 19, scale = 4)
    private BigDecimal standardCost;

    @Version
    private long version;

    protected Product() {
    }

    public Product(String sku, String name, Brand brand, String unit, int packSize, String barcode, BigDecimal taxRate) {
        if (packSize < 1) {
            throw new IllegalArgumentException("A pack holds at least one piece");
        }
        this.sku = Objects.requireNonNull(sku);
        this.name = Objects.requireNonNull(name);
        this.brand = Objects.requireNonNull(brand);
        this.unit = Objects.requireNonNull(unit);
        this.packSize = packSize;
        this.barcode = barcode;
        this.taxRate = Objects.requireNonNull(taxRate).setScale(4, RoundingMode.UNNECESSARY);
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public Brand getBrand() {
        return brand;
    }

    public String getUnit() {
        return unit;
    }

    public int getPackSize() {
        return packSize;
    }

    public String getBarcode() {
        return barcode;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public boolean isActive() {
        return active;
    }

    public BigDecimal getStandardCost() {
        return standardCost;
    }

    /** @throws IllegalArgumentException for a negative cost */
    public void costs(BigDecimal standardCost) {
        if (standardCost != null && standardCost.signum() < 0) {
            throw new IllegalArgumentException("A standard cost cannot be negative");
        }
        this.standardCost = standardCost == null ? null : standardCost.setScale(4, RoundingMode.HALF_UP);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Product other && sku != null && sku.equals(other.sku);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(sku);
    }
}
