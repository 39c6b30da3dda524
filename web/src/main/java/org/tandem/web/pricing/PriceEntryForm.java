package org.tandem.web.pricing;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.tandem.pricing.boundary.PriceEntryTerms;
import org.tandem.pricing.entity.PriceListEntry;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A product's price on the chosen list while marketing types it; the product is fixed once the entry exists. */
public class PriceEntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @NotNull
    private ProductChoice product;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    private BigDecimal unitPrice;

    private LocalDate fromDate;
    private LocalDate thruDate;

    public static PriceEntryForm of(PriceListEntry entry) {
        PriceEntryForm form = new PriceEntryForm();
        form.id = entry.getId();
        form.version = entry.getVersion();
        form.product = ProductChoice.of(entry.getProduct());
        form.unitPrice = entry.getUnitPrice();
        form.fromDate = entry.getFromDate();
        form.thruDate = entry.getThruDate();
        return form;
    }

    public PriceEntryTerms terms() {
        return new PriceEntryTerms(product.id(), unitPrice, fromDate, thruDate);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ProductChoice getProduct() {
        return product;
    }

    public void setProduct(ProductChoice product) {
        this.product = product;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getThruDate() {
        return thruDate;
    }

    public void setThruDate(LocalDate thruDate) {
        this.thruDate = thruDate;
    }
}
