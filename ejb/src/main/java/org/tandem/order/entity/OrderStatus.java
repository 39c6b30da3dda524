package org.tandem.order.entity;

/**
 * DRAFT → CONFIRMED, or → AWAITING_APPROVAL when over credit or beyond discount authority (a sales manager
 * approves → CONFIRMED, or sends it back → DRAFT); CONFIRMED → PARTLY_DELIVERED → DELIVERED as goods are shipped;
 * CANCELLED from any state before the first delivery is planned.
 */
public enum OrderStatus {
    DRAFT, AWAITING_APPROVAL, CONFIRMED, PARTLY_DELIVERED, DELIVERED, CANCELLED;

    /** Counts toward the customer's open orders in the credit check. */
    public boolean isOpen() {
        return this == AWAITING_APPROVAL || this == CONFIRMED || this == PARTLY_DELIVERED;
    }

    public boolean isDeliverable() {
        return this == CONFIRMED || this == PARTLY_DELIVERED;
    }
}
