package org.tandem.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** How many failed logins in a row lock an account, and for how long (settings, with safe defaults). */
@ApplicationScoped
public class LoginPolicy {

    @Inject
    @ConfigProperty(name = "tandem.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "tandem.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    public int maxFailures() {
        return maxFailures;
    }

    public Duration lockDuration() {
        return Duration.ofMinutes(lockMinutes);
    }
}
