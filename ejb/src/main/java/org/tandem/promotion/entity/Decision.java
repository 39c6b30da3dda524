package org.tandem.promotion.entity;

/** What was said in a step. */
public enum Decision {
    APPROVED, REJECTED, FAVOURABLE, UNFAVOURABLE, CONTESTED, CANCELLED;

    /** Whether this decision or opinion is for the request. */
    public boolean isFor() {
        return this == APPROVED || this == FAVOURABLE;
    }
}
