package org.tandem.invoice.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.tandem.invoice.entity.DocumentCounter;

/**
 * Numbers without gaps: the counter row of the kind and year is created if missing (an insert that does nothing
 * when another transaction got there first), then locked for update until the issuing transaction ends. A second
 * issue of the same kind waits for the first; a rolled-back issue hands its number to the next.
 */
public final class GaplessNumbers {

    private GaplessNumbers() {
    }

    public static long next(EntityManager em, String kind, int year) {
        em.createNativeQuery("insert into document_counter (kind, counter_year, last_number) values (?, ?, 0) "
                        + "on conflict do nothing")
                .setParameter(1, kind).setParameter(2, year).executeUpdate();
        DocumentCounter counter = em.find(DocumentCounter.class, new DocumentCounter.Key(kind, year),
                LockModeType.PESSIMISTIC_WRITE);
        long next = counter.next();
        em.flush();
        return next;
    }
}
