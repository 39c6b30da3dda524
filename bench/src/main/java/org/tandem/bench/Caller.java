package org.tandem.bench;

import jakarta.ejb.SessionContext;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Set;

/** Who calls a session bean run outside the container: a user name and roles, as the container would tell it. */
final class Caller {

    private Caller() {
    }

    static SessionContext as(String username, String... roles) {
        Set<String> held = Set.of(roles);
        Principal principal = () -> username;
        return (SessionContext) Proxy.newProxyInstance(SessionContext.class.getClassLoader(),
                new Class<?>[]{SessionContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCallerPrincipal" -> principal;
                    case "isCallerInRole" -> held.contains((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
