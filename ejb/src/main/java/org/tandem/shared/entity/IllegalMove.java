package org.tandem.shared.entity;

import org.tandem.shared.boundary.RuleViolation;

/** The refusal every document's status machine gives: "{document} is {status}; it cannot be {action}". */
public final class IllegalMove {

    private IllegalMove() {
    }

    /**
     * @param action a message key naming what was asked, e.g. {@code tandem.action.confirm}
     */
    public static RuleViolation of(String number, Enum<?> status, String action) {
        return new RuleViolation("tandem.document.illegalMove", number, status, action);
    }

    public static void unless(boolean allowed, String number, Enum<?> status, String action) {
        if (!allowed) {
            throw of(number, status, action);
        }
    }
}
