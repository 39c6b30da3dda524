package org.tandem.shared.control;

import jakarta.persistence.EntityManager;
import org.tandem.shared.boundary.RuleViolation;

/** Reading one row by id where a missing one is the user's mistake, refused with a message, not a bug. */
public final class Rows {

    private Rows() {
    }

    /** The row, or a refusal with {@code missingKey} and the id. */
    public static <T> T found(EntityManager em, Class<T> type, long id, String missingKey) {
        T row = em.find(type, id);
        if (row == null) {
            throw new RuleViolation(missingKey, id);
        }
        return row;
    }
}
