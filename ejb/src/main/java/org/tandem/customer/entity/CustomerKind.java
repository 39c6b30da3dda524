package org.tandem.customer.entity;

/** The four kinds of customer a consumer-goods company sells to. */
public enum CustomerKind {
    DISTRIBUTOR, WHOLESALER, RETAIL_OUTLET, KEY_ACCOUNT
}
