package org.tandem.pricing.boundary;

import org.tandem.shared.entity.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A line as pricing priced it, and why. Unit prices carry four decimals and are on the price list's VAT basis
 * ({@code pricesIncludeTax}); the line amounts are rounded once, per line, to the currency's scale.
 *
 * @param basePrice     the list price per unit, before any adjustment
 * @param adjustments   the steps from {@code basePrice} to {@code unitPrice}, in the order they were applied
 * @param unitPrice     the price per unit after every adjustment, on the list's VAT basis
 * @param unitNetPrice  {@code unitPrice} without VAT
 * @param needsApproval the manual discount is beyond the caller's authority: a sales manager must approve it
 */
public record PricedLine(long productId, BigDecimal quantity, String currency,
                         long priceListId, String priceListCode, String priceListName, boolean pricesIncludeTax,
                         BigDecimal taxRate, BigDecimal basePrice, List<Adjustment> adjustments,
                         BigDecimal unitPrice, BigDecimal unitNetPrice,
                         Money lineNet, Money vat, Money lineGross,
                         BigDecimal manualDiscountPercent, boolean needsApproval) implements Serializable {

    public PricedLine {
        adjustments = List.copyOf(adjustments);
    }

    // Jakarta EL 5 reads JavaBean getters, not record accessors
    public long getProductId() {
        return productId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getCurrency() {
        return currency;
    }

    public long getPriceListId() {
        return priceListId;
    }

    public String getPriceListCode() {
        return priceListCode;
    }

    public String getPriceListName() {
        return priceListName;
    }

    public boolean isPricesIncludeTax() {
        return pricesIncludeTax;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public BigDecimal getBasePrice() {
        return basePrice;
    }

    public List<Adjustment> getAdjustments() {
        return adjustments;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getUnitNetPrice() {
        return unitNetPrice;
    }

    public Money getLineNet() {
        return lineNet;
    }

    public Money getVat() {
        return vat;
    }

    public Money getLineGross() {
        return lineGross;
    }

    public BigDecimal getManualDiscountPercent() {
        return manualDiscountPercent;
    }

    public boolean isNeedsApproval() {
        return needsApproval;
    }
}
