package org.tandem.pricing.boundary;

import org.tandem.pricing.entity.PriceAction;

/** What made a step in a priced line's explanation; the message key is {@code pricing.adjustment.<kind>}. */
public enum AdjustmentKind {
    FIXED_PRICE, PERCENT_OFF, AMOUNT_OFF, MANUAL_DISCOUNT;

    public static AdjustmentKind of(PriceAction action) {
        return valueOf(action.name());
    }

    public String messageKey() {
        return "pricing.adjustment." + name();
    }
}
