package org.tandem.web.sales;

import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.pricing.entity.LinePrice;
import org.tandem.web.pricing.ProductChoice;

import java.io.Serializable;
import java.math.BigDecimal;

/** A line as the user writes it on a quotation or a new order: a product, a quantity and their own discount. */
public class DocumentLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private ProductChoice product;
    private BigDecimal quantity = BigDecimal.ONE;
    private BigDecimal manualDiscount;

    public DocumentLine() {
    }

    public DocumentLine(ProductChoice product, BigDecimal quantity, LinePrice price) {
        this.product = product;
        this.quantity = quantity;
        this.manualDiscount = price == null || price.getManualDiscountPercent().signum() == 0
                ? null : price.getManualDiscountPercent().stripTrailingZeros();
    }

    public PriceInquiry.Line toInquiry() {
        return new PriceInquiry.Line(product.id(), quantity, manualDiscount);
    }

    public ProductChoice getProduct() {
        return product;
    }

    public void setProduct(ProductChoice product) {
        this.product = product;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getManualDiscount() {
        return manualDiscount;
    }

    public void setManualDiscount(BigDecimal manualDiscount) {
        this.manualDiscount = manualDiscount;
    }
}
