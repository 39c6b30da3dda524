package org.tandem.promotion.entity;

/**
 * IN_APPROVAL while a step is open; APPROVED or REJECTED when the route ends; a rejection marketing made in the
 * separate-marketing stage may be contested, which opens a step for the general manager (back to IN_APPROVAL);
 * CANCELLED when withdrawn in approval or cancelled once approved.
 */
public enum PromotionStatus {
    IN_APPROVAL, APPROVED, REJECTED, CANCELLED
}
