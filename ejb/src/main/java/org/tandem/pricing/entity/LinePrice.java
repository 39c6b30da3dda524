package org.tandem.pricing.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.tandem.pricing.boundary.Adjustment;
import org.tandem.pricing.boundary.PricedLine;
import org.tandem.shared.entity.Money;

import java.io.Serializable;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;

/**
 * The price of a quotation or order line as pricing gave it when the line was written, kept with the line so
 * that the document keeps its price, and its explanation, when price lists and rules change later.
 */
@Embeddable
public class LinePrice implements Serializable {

    private static final Type ADJUSTMENTS = new ParameterizedType() {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[]{Adjustment.class};
        }

        @Override
        public Type getRawType() {
            return List.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    };

    @Column(name = "price_list_id", nullable = false)
    private long priceListId;

    @Column(name = "price_list_code", nullable = false, length = 20)
    private String priceListCode;

    @Column(name = "prices_include_tax", nullable = false)
    private boolean pricesIncludeTax;

    @Column(name = "tax_rate", nullable = false, precision = 5, scale = 4)
    private BigDecimal taxRate;

    @Column(name = "base_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal basePrice;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(name = "unit_net_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal unitNetPrice;

    @Column(name = "manual_discount_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal manualDiscountPercent;

    @Column(name = "needs_approval", nullable = false)
    private boolean needsApproval;

    /** The adjustments as JSON: read back only to explain the price, never queried. */
    @Column(name = "explanation", nullable = false, length = 4000)
    private String explanation;

    @Column(name = "line_net", nullable = false, precision = 19, scale = 4)
    private BigDecimal lineNet;

    @Column(name = "line_vat", nullable = false, precision = 19, scale = 4)
    private BigDecimal lineVat;

    @Column(name = "line_gross", nullable = false, precision = 19, scale = 4)
    private BigDecimal lineGross;

    protected LinePrice() {
    }

    public static LinePrice of(PricedLine priced) {
        LinePrice price = new LinePrice();
        price.priceListId = priced.priceListId();
        price.priceListCode = priced.priceListCode();
        price.pricesIncludeTax = priced.pricesIncludeTax();
        price.taxRate = priced.taxRate();
        price.basePrice = priced.basePrice();
        price.unitPrice = priced.unitPrice();
        price.unitNetPrice = priced.unitNetPrice();
        price.manualDiscountPercent = priced.manualDiscountPercent();
        price.needsApproval = priced.needsApproval();
        price.explanation = Explanations.write(priced.adjustments());
        price.lineNet = priced.lineNet().getAmount();
        price.lineVat = priced.vat().getAmount();
        price.lineGross = priced.lineGross().getAmount();
        return price;
    }

    /** The same prices for another quantity of the product: a quotation line ordered in part. */
    public LinePrice forQuantity(BigDecimal quantity, String currency) {
        LinePrice copy = new LinePrice();
        copy.priceListId = priceListId;
        copy.priceListCode = priceListCode;
        copy.pricesIncludeTax = pricesIncludeTax;
        copy.taxRate = taxRate;
        copy.basePrice = basePrice;
        copy.unitPrice = unitPrice;
        copy.unitNetPrice = unitNetPrice;
        copy.manualDiscountPercent = manualDiscountPercent;
        copy.needsApproval = needsApproval;
        copy.explanation = explanation;
        LineAmounts amounts = amountsFor(quantity, currency);
        copy.lineNet = amounts.net().getAmount();
        copy.lineVat = amounts.vat().getAmount();
        copy.lineGross = amounts.gross().getAmount();
        return copy;
    }

    /** What {@code quantity} of this line comes to at its unit price, rounded as the line was. */
    public LineAmounts amountsFor(BigDecimal quantity, String currency) {
        return LineAmounts.of(unitPrice, quantity, taxRate, pricesIncludeTax, currency);
    }

    public List<Adjustment> getAdjustments() {
        return Explanations.read(explanation);
    }

    public long getPriceListId() {
        return priceListId;
    }

    public String getPriceListCode() {
        return priceListCode;
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

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getUnitNetPrice() {
        return unitNetPrice;
    }

    public BigDecimal getManualDiscountPercent() {
        return manualDiscountPercent;
    }

    public boolean isNeedsApproval() {
        return needsApproval;
    }

    /** The line's own amounts, as priced. */
    public LineAmounts amounts(String currency) {
        return new LineAmounts(net(currency), vat(currency), gross(currency));
    }

    public Money net(String currency) {
        return Money.of(lineNet, currency);
    }

    public Money vat(String currency) {
        return Money.of(lineVat, currency);
    }

    public Money gross(String currency) {
        return Money.of(lineGross, currency);
    }

    public BigDecimal getLineNet() {
        return lineNet;
    }

    public BigDecimal getLineVat() {
        return lineVat;
    }

    public BigDecimal getLineGross() {
        return lineGross;
    }

    /** Adjustments to and from JSON with JSON-B; one instance, as JSON-B's instances are thread-safe and costly. */
    private static final class Explanations {

        private static final Jsonb JSON = JsonbBuilder.create();

        static String write(List<Adjustment> adjustments) {
            return JSON.toJson(adjustments, ADJUSTMENTS);
        }

        static List<Adjustment> read(String json) {
            return JSON.fromJson(json, ADJUSTMENTS);
        }
    }
}
