package org.tandem.quotation.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tandem.quotation.entity.QuotationStatus;

import java.time.LocalDate;
import java.util.List;

/** Marks open quotations past their validity date expired, every night just after midnight. */
@Singleton
public class QuotationExpiry {

    @PersistenceContext
    EntityManager em;

    @Schedule(hour = "0", minute = "5", persistent = false)
    void nightly() {
        expire(LocalDate.now());
    }

    /** Expires what is past {@code today}; answers how many. */
    int expire(LocalDate today) {
        return em.createQuery("update Quotation q set q.status = :expired, q.version = q.version + 1 "
                        + "where q.status in :open and q.validUntil < :today")
                .setParameter("expired", QuotationStatus.EXPIRED)
                .setParameter("open", List.of(QuotationStatus.DRAFT, QuotationStatus.SENT))
                .setParameter("today", today)
                .executeUpdate();
    }
}
