package org.tandem.delivery.boundary;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

/** {@link Shipping} as the container would hand it out, on one entity manager, for one caller. */
public final class ShippingOutside {

    private ShippingOutside() {
    }

    public static Shipping of(EntityManager em, SessionContext caller) {
        Shipping bean = new Shipping();
        bean.em = em;
        bean.session = caller;
        return bean;
    }
}
