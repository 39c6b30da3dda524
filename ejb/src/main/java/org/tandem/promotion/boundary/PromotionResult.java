package org.tandem.promotion.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What promotions brought against what was expected: the volume sold to their customers of their products in
 * their period (sales orders confirmed or further, not cancelled), its net revenue, the standard cost of those
 * goods, the promotion cost, and the margin left: revenue − (cost of goods + promotion cost). {@code costsKnown}
 * is false when a product sold has no standard cost (the margin then leaves its goods out).
 */
public record PromotionResult(int requests, BigDecimal expectedQuantity, BigDecimal actualQuantity,
                              BigDecimal netRevenue, BigDecimal costOfGoods, BigDecimal promotionCost,
                              boolean costsKnown, boolean periodOver) implements Serializable {

    public BigDecimal getMargin() {
        return netRevenue.subtract(costOfGoods.add(promotionCost));
    }

    /** Actual volume as a share of the expected, in percent; null when none was expected. */
    public BigDecimal getAttainmentPercent() {
        return expectedQuantity.signum() == 0 ? null
                : actualQuantity.multiply(BigDecimal.valueOf(100)).divide(expectedQuantity, 1, java.math.RoundingMode.HALF_UP);
    }

    public int getRequests() {
        return requests;
    }

    public BigDecimal getExpectedQuantity() {
        return expectedQuantity;
    }

    public BigDecimal getActualQuantity() {
        return actualQuantity;
    }

    public BigDecimal getNetRevenue() {
        return netRevenue;
    }

    public BigDecimal getCostOfGoods() {
        return costOfGoods;
    }

    public BigDecimal getPromotionCost() {
        return promotionCost;
    }

    public boolean isCostsKnown() {
        return costsKnown;
    }

    public boolean isPeriodOver() {
        return periodOver;
    }

    PromotionResult plus(PromotionResult other) {
        return new PromotionResult(requests + other.requests, expectedQuantity.add(other.expectedQuantity),
                actualQuantity.add(other.actualQuantity), netRevenue.add(other.netRevenue),
                costOfGoods.add(other.costOfGoods), promotionCost.add(other.promotionCost),
                costsKnown && other.costsKnown, periodOver && other.periodOver);
    }
}
