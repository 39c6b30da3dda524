package org.tandem.delivery.entity;

/** PLANNED (its lines may change) → SHIPPED (goods issued; final) or → CANCELLED. */
public enum DeliveryStatus {
    PLANNED, SHIPPED, CANCELLED
}
