package org.tandem.shared.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.tandem.shared.boundary.RuleViolation;

/** Reading one row by id where a missing one is the user's mistake, refused with a message, not a bug. */
public final class Rows {

    private Rows() {
    }

    /** The row, or a refusal with {@code missingKey} and the id. */
    public static <T> T found(EntityManager em, Class<T> type, long id, String missingKey) {
        return found(em, type, id, LockModeType.NONE, missingKey);
    }

    /** The row read under {@code lock} (held to the end of the transaction), or a refusal with {@code missingKey}. */
    public static <T> T found(EntityManager em, Class<T> type, long id, LockModeType lock, String missingKey) {
        T row = em.find(type, id, lock);
        if (row == null) {
            throw new RuleViolation(missingKey, id);
        }
        return row;
    }
}
