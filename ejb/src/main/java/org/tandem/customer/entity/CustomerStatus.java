package org.tandem.customer.entity;

/** Whether the company does business with a customer: normally, for now not (on hold), or no longer. */
public enum CustomerStatus {
    ACTIVE, ON_HOLD, CLOSED
}
