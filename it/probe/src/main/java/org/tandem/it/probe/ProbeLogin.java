package org.tandem.it.probe;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.tandem.organization.boundary.Authentication;
import org.tandem.organization.boundary.LoginOutcome;
import org.tandem.organization.entity.Role;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * HTTP Basic for the probe's step servlet, so that a test calls the session beans as a real demo user (their name
 * is what the beans scope customers by), not as a bare {@code @RunAs} role. A password is checked once per user
 * and remembered for the probe's life: the real check costs PBKDF2's 600,000 rounds, and the gapless-number test
 * needs its calls to reach the beans at the same moment. Test EAR only.
 * <p>
 * Soteria makes the web module's form mechanism a bean of the whole EAR, so the probe module sees two
 * mechanisms; as an alternative with a priority this one is chosen here, and the web module cannot see it.
 */
@ApplicationScoped
@Alternative
@Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION)
public class ProbeLogin implements HttpAuthenticationMechanism {

    private record Caller(String name, Set<String> groups) {
    }

    @EJB
    Authentication authentication;

    private final Map<String, Caller> checked = new ConcurrentHashMap<>();

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return context.isProtected() ? context.responseUnauthorized() : context.doNothing();
        }
        Caller caller = checked.get(header);
        if (caller == null) {
            String[] userAndPassword = new String(Base64.getDecoder().decode(header.substring(6)),
                    StandardCharsets.UTF_8).split(":", 2);
            LoginOutcome outcome = authentication.logIn(userAndPassword[0],
                    userAndPassword.length > 1 ? userAndPassword[1] : "");
            if (!outcome.accepted()) {
                return context.responseUnauthorized();
            }
            caller = new Caller(outcome.username(),
                    outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
            checked.put(header, caller);
        }
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
}
