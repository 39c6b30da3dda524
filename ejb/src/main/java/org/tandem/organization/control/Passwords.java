package org.tandem.organization.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tandem.shared.boundary.RuleViolation;

import java.util.Map;

/**
 * Hashes and checks passwords with the platform's PBKDF2 (Jakarta Security), using HMAC-SHA256 and
 * OWASP's 2023 iteration count of 600,000. The stored hash names its own algorithm and iterations,
 * so raising the count later still verifies old hashes.
 */
@ApplicationScoped
public class Passwords {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "tandem.password.iterations", defaultValue = "600000")
    int iterations;

    @Inject
    @ConfigProperty(name = "tandem.password.min-length", defaultValue = "10")
    int minLength;

    /** Verified when a user name is unknown, so that a wrong name takes as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    public void spendTimeOfOneCheck(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }

    /** Refuses a password that is too short or is the user name itself. */
    public void requireAcceptable(String username, String password) {
        if (password == null || password.length() < minLength) {
            throw new RuleViolation("tandem.password.tooShort", minLength);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new RuleViolation("tandem.password.sameAsUsername");
        }
    }
}
