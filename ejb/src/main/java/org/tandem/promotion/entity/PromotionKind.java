package org.tandem.promotion.entity;

import org.tandem.campaign.entity.BudgetCategory;

/** What a promotion request asks money for, and so which budget category of its campaign pays. */
public enum PromotionKind {
    DISCOUNT(BudgetCategory.DISCOUNTS),
    /** Tastings, displays, gifts for a few weeks: paid from materials. */
    SHORT_TERM_PROMOTION(BudgetCategory.MATERIALS),
    STORE_ENTRY_FEE(BudgetCategory.STORE_ENTRY_FEES),
    PROMOTER_STAFF(BudgetCategory.PROMOTER_STAFF);

    private final BudgetCategory category;

    PromotionKind(BudgetCategory category) {
        this.category = category;
    }

    public BudgetCategory getCategory() {
        return category;
    }
}
