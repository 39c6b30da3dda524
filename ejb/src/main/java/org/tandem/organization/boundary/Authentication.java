package org.tandem.organization.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.tandem.organization.control.LoginPolicy;
import org.tandem.organization.control.Passwords;
import org.tandem.organization.entity.UserAccount;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Checks a user name and password for the login screen and keeps count of failures. Anyone may call it:
 * it is what turns an anonymous visitor into a user.
 */
@Stateless
@PermitAll
public class Authentication {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    LoginPolicy policy;

    public LoginOutcome logIn(String username, String password) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<UserAccount> found = find(username, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            passwords.spendTimeOfOneCheck(password);
            return LoginOutcome.refused(LoginOutcome.Status.REJECTED, username, null);
        }
        UserAccount user = found.get();
        if (!user.isEnabled()) {
            return LoginOutcome.refused(LoginOutcome.Status.DISABLED, user.getUsername(), null);
        }
        if (user.isLockedAt(now)) {
            return LoginOutcome.refused(LoginOutcome.Status.LOCKED, user.getUsername(), user.getLockedUntil());
        }
        if (!passwords.matches(password, user.getPasswordHash())) {
            user.recordFailedLogin(now, policy.maxFailures(), policy.lockDuration());
            return user.isLockedAt(now)
                    ? LoginOutcome.refused(LoginOutcome.Status.LOCKED, user.getUsername(), user.getLockedUntil())
                    : LoginOutcome.refused(LoginOutcome.Status.REJECTED, user.getUsername(), null);
        }
        user.recordSuccessfulLogin(now);
        return LoginOutcome.accepted(user.getUsername(), user.getRoles());
    }

    private Optional<UserAccount> find(String username, LockModeType lock) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username.trim().toLowerCase())
                .setLockMode(lock)
                .getResultStream().findFirst();
    }
}
