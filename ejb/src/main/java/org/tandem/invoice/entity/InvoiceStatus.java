package org.tandem.invoice.entity;

/**
 * DRAFT (finance may still change it or drop it) → ISSUED (numbered, final) → PARTLY_PAID → PAID. An issued
 * invoice never changes again; a correction is a credit note.
 */
public enum InvoiceStatus {
    DRAFT, ISSUED, PARTLY_PAID, PAID;

    public boolean isIssued() {
        return this != DRAFT;
    }
}
