package org.tandem.pricing.entity;

import java.time.LocalDate;

/** The days a price list, an entry or a rule is valid: from {@code fromDate} through {@code thruDate}, both included. */
public final class Validity {

    private Validity() {
    }

    /** True when {@code day} lies in the period; a null bound is open. */
    public static boolean covers(LocalDate fromDate, LocalDate thruDate, LocalDate day) {
        return (fromDate == null || !day.isBefore(fromDate)) && (thruDate == null || !day.isAfter(thruDate));
    }

    /** @throws IllegalArgumentException when the period ends before it starts */
    public static void requireOrdered(LocalDate fromDate, LocalDate thruDate) {
        if (fromDate != null && thruDate != null && thruDate.isBefore(fromDate)) {
            throw new IllegalArgumentException("A period cannot end (" + thruDate + ") before it starts (" + fromDate + ")");
        }
    }
}
