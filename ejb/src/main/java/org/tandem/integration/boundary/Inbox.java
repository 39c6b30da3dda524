package org.tandem.integration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tandem.integration.entity.InboundMessage;
import org.tandem.organization.entity.Role;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/** Where messages from other systems are recorded, each idempotency key once. */
@Stateless
@RolesAllowed(Role.Names.INTEGRATION)
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class.getName());

    @PersistenceContext
    EntityManager em;

    /**
     * Records the message unless one with the same idempotency key is already there; answers whether it was new.
     * It commits on its own: when the insert fails, the consumer's transaction stays usable, so the consumer can
     * still park the message on the last delivery. Should the consumer's commit fail after this one, the
     * redelivered message finds its key here and is not recorded twice.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean record(String idempotencyKey, String messageType, String jmsMessageId, String body) {
        boolean known = !em.createQuery("select m.id from InboundMessage m where m.idempotencyKey = :key", Long.class)
                .setParameter("key", idempotencyKey)
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (known) {
            LOG.info(() -> "Message " + jmsMessageId + " repeats idempotency key " + idempotencyKey + "; already recorded");
            return false;
        }
        em.persist(new InboundMessage(idempotencyKey, messageType, jmsMessageId, OffsetDateTime.now(ZoneOffset.UTC), body));
        // fail here, inside the bean, rather than at commit, so the caller sees the database's own reason
        em.flush();
        return true;
    }
}
