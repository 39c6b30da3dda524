package org.tandem.campaign.entity;

/** A campaign is planned, runs, and is closed when its figures are final; a cancelled one spends nothing more. */
public enum CampaignStatus {
    PLANNED, RUNNING, CLOSED, CANCELLED
}
