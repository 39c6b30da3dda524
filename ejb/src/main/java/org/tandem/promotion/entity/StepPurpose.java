package org.tandem.promotion.entity;

/**
 * What a step is for: an OPINION (marketing's, before the sales manager decides), a DECISION, an ARBITRATION by
 * the general manager when the departments disagree, and the steps recorded when someone CONTESTs a rejection or
 * CANCELs the request.
 */
public enum StepPurpose {
    OPINION, DECISION, ARBITRATION, CONTEST, CANCEL
}
