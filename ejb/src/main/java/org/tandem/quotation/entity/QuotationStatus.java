package org.tandem.quotation.entity;

/** DRAFT → SENT → ACCEPTED | REJECTED | EXPIRED; a draft may also be accepted or rejected on the spot. */
public enum QuotationStatus {
    DRAFT, SENT, ACCEPTED, REJECTED, EXPIRED;

    public boolean isOpen() {
        return this == DRAFT || this == SENT;
    }
}
