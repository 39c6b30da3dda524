package org.tandem.invoice.boundary;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

/** {@link Invoicing} as the container would hand it out, on one entity manager, for one caller. */
public final class InvoicingOutside {

    private InvoicingOutside() {
    }

    public static Invoicing of(EntityManager em, SessionContext caller) {
        Invoicing bean = new Invoicing();
        bean.em = em;
        bean.session = caller;
        return bean;
    }
}
