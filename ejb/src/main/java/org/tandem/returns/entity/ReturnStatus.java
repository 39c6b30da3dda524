package org.tandem.returns.entity;

/** REQUESTED → RECEIVED (the goods are back; a credit note is issued) or → REJECTED. */
public enum ReturnStatus {
    REQUESTED, RECEIVED, REJECTED
}
