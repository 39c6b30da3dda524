package org.tandem.order.boundary;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.tandem.pricing.control.DefaultDiscountAuthority;

/** {@link OrderProcessing} as the container would hand it out, on one entity manager, for one caller. */
public final class OrderProcessingOutside {

    private OrderProcessingOutside() {
    }

    public static OrderProcessing of(EntityManager em, SessionContext caller) {
        OrderProcessing bean = new OrderProcessing();
        bean.em = em;
        bean.session = caller;
        bean.authority = new DefaultDiscountAuthority();
        return bean;
    }
}
