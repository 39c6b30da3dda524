package org.tandem.organization.boundary;

import org.tandem.organization.entity.Role;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;

/** What a login attempt came to; only an accepted one carries the user's roles. */
public record LoginOutcome(Status status, String username, Set<Role> roles, OffsetDateTime lockedUntil)
        implements Serializable {

    public enum Status {
        ACCEPTED, REJECTED, LOCKED, DISABLED
    }

    static LoginOutcome accepted(String username, Set<Role> roles) {
        return new LoginOutcome(Status.ACCEPTED, username, Set.copyOf(roles), null);
    }

    static LoginOutcome refused(Status status, String username, OffsetDateTime lockedUntil) {
        return new LoginOutcome(status, username, Set.of(), lockedUntil);
    }

    public boolean accepted() {
        return status == Status.ACCEPTED;
    }
}
