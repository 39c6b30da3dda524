package org.tandem.marketing.entity;

/** DRAFT → APPROVED → LAUNCHED; a draft or approved plan may be CANCELLED. */
public enum LaunchStatus {
    DRAFT, APPROVED, LAUNCHED, CANCELLED
}
