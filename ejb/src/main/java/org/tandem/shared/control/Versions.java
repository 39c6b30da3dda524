package org.tandem.shared.control;

import org.tandem.shared.boundary.RuleViolation;

/**
 * Refuses a change made to a version of a row that is no longer the current one, with a message a user
 * understands, before the change is written. (The {@code @Version} column still guards the race after this check.)
 */
public final class Versions {

    private Versions() {
    }

    /** @param label how the user knows the row: a code, a user name */
    public static void require(long actual, long expected, Object label) {
        if (actual != expected) {
            throw new RuleViolation("tandem.concurrentChange", label);
        }
    }
}
