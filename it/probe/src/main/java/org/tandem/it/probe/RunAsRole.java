package org.tandem.it.probe;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

import java.util.Map;

/** Makes the session bean calls under the role that the subclass's {@code @RunAs} names. */
public abstract class RunAsRole {

    @Inject
    SessionBeanCalls calls;

    @PermitAll
    public Map<String, String> callAll() {
        return calls.callAll();
    }
}
