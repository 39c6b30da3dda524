package org.tandem.customer.entity;

/** The route to market a customer sells through; price lists and rules can be set per channel. */
public enum Channel {
    DISTRIBUTION, WHOLESALE, MODERN_TRADE, TRADITIONAL_TRADE, HORECA, KEY_ACCOUNT;

    /** The channel a customer of {@code kind} sells through unless the rep knows better. */
    public static Channel usualFor(CustomerKind kind) {
        return switch (kind) {
            case DISTRIBUTOR -> DISTRIBUTION;
            case WHOLESALER -> WHOLESALE;
            case KEY_ACCOUNT -> KEY_ACCOUNT;
            case RETAIL_OUTLET -> TRADITIONAL_TRADE;
        };
    }
}
