package org.tandem.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Makes calls in the role that the subclass's {@code @RunAs} names, the way a screen of that role would. */
public abstract class ActingAs {

    /**
     * Each boundary call keeps its own transaction, as it has when a screen makes it. What the call throws comes
     * back as the cause of a checked {@link CallFailed}, which the container passes on untouched, so a refusal is not
     * logged and wrapped as a failure of this bean.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public <T> T call(Callable<T> work) throws CallFailed {
        try {
            return work.call();
        } catch (Exception e) {
            throw new CallFailed(e);
        }
    }
}
