package org.tandem.promotion.entity;

import java.math.BigDecimal;

/** Where a request's cost lies against the sales department's budget authority and the escalation limit. */
public enum CostBand {
    /** cost ≤ sales authority */
    WITHIN_SALES_AUTHORITY,
    /** sales authority < cost ≤ escalation limit */
    ABOVE_SALES_AUTHORITY,
    /** cost > escalation limit */
    ABOVE_ESCALATION_LIMIT;

    public static CostBand of(BigDecimal cost, BigDecimal salesAuthority, BigDecimal escalationLimit) {
        if (cost.compareTo(salesAuthority) <= 0) {
            return WITHIN_SALES_AUTHORITY;
        }
        return cost.compareTo(escalationLimit) <= 0 ? ABOVE_SALES_AUTHORITY : ABOVE_ESCALATION_LIMIT;
    }
}
