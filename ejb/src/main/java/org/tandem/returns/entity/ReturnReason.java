package org.tandem.returns.entity;

/** Why goods came back. */
public enum ReturnReason {
    DAMAGED, EXPIRED, WRONG_ITEM, QUALITY, OTHER
}
