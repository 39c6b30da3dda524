package org.tandem.campaign.entity;

/** The categories a campaign budget is split into. */
public enum BudgetCategory {
    MEDIA, STORE_ENTRY_FEES, DISCOUNTS, PROMOTER_STAFF, MATERIALS
}
