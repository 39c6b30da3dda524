package org.tandem.survey.entity;

/** What a finding is turned into. */
public enum ActionKind {
    /** a campaign marketing will plan */
    CAMPAIGN,
    /** a change of the price rules */
    PRICE_RULE,
    /** an item for the general manager's meetings, followed up there */
    MEETING_ITEM
}
