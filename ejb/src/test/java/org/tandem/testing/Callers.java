package org.tandem.testing;

import jakarta.ejb.SessionContext;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Arrays;
import java.util.Set;

/** A session bean's view of who called it, for session beans run outside the container in plain JUnit. */
public final class Callers {

    private Callers() {
    }

    /** A caller named {@code username} holding {@code roles}; anything else asked of the context is refused. */
    public static SessionContext as(String username, String... roles) {
        Set<String> held = Set.copyOf(Arrays.asList(roles));
        Principal principal = () -> username;
        return (SessionContext) Proxy.newProxyInstance(SessionContext.class.getClassLoader(),
                new Class<?>[]{SessionContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCallerPrincipal" -> principal;
                    case "isCallerInRole" -> held.contains((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName() + " is not needed by these tests");
                });
    }
}
