package org.tandem.campaign.entity;

/** What a campaign is for; PRODUCT.md's brand campaigns, trade promotions, product launches and store entry. */
public enum CampaignKind {
    BRAND, TRADE_PROMOTION, PRODUCT_LAUNCH, STORE_ENTRY
}
