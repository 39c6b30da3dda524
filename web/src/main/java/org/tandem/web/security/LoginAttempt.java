package org.tandem.web.security;

import jakarta.enterprise.context.RequestScoped;
import org.tandem.organization.boundary.LoginOutcome;

/** Carries the outcome of this request's login from the identity store to the login page, to explain a refusal. */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    void record(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    public LoginOutcome outcome() {
        return outcome;
    }
}
