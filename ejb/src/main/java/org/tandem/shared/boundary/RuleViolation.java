package org.tandem.shared.boundary;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A business rule refused what the user asked. It carries a message key and its arguments, so that every
 * screen shows the reason in the user's language; the transaction is rolled back, so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    public RuleViolation(String key, Object... arguments) {
        super(key + Arrays.toString(arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The message key in the bundles, e.g. {@code tandem.user.username.taken}. */
    public String getKey() {
        return key;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
