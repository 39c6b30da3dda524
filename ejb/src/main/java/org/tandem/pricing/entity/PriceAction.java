package org.tandem.pricing.entity;

/** What a price rule does to the running unit price when its conditions hold. */
public enum PriceAction {
    /** The unit price becomes the rule's value. */
    FIXED_PRICE,
    /** The running unit price is lowered by the rule's value in percent. */
    PERCENT_OFF,
    /** The running unit price is lowered by the rule's value, an amount per unit. */
    AMOUNT_OFF;

    /** Whether the value is an amount of money, so the rule needs a currency. */
    public boolean isAmount() {
        return this != PERCENT_OFF;
    }
}
