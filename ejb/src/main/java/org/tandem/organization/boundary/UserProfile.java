package org.tandem.organization.boundary;

import org.tandem.organization.entity.Role;

import java.io.Serializable;
import java.util.Set;

/** Who is logged in, as the top bar shows it. */
public record UserProfile(String username, String displayName, Set<Role> roles, String locale) implements Serializable {

    // Jakarta EL 5 reads JavaBean getters, not record accessors
    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public String getLocale() {
        return locale;
    }
}
