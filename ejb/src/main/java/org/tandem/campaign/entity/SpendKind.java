package org.tandem.campaign.entity;

/** A ledger entry commits budget (an approved request), gives a commitment back, or records money spent. */
public enum SpendKind {
    COMMITTED, RELEASED, ACTUAL
}
