package org.tandem.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.tandem.organization.boundary.Authentication;
import org.tandem.organization.boundary.LoginOutcome;
import org.tandem.organization.entity.Role;

import java.util.stream.Collectors;

/** Checks credentials against the users in Tandem's database; a user's roles become their groups. */
@ApplicationScoped
public class TandemIdentityStore implements IdentityStore {

    @EJB
    Authentication authentication;

    @Inject
    LoginAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = authentication.logIn(credential.getCaller(), credential.getPasswordAsString());
        attempt.record(outcome);
        if (!outcome.accepted()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.username(),
                outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
