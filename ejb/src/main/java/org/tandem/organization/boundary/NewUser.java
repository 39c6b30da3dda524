package org.tandem.organization.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tandem.organization.entity.Role;

import java.io.Serializable;
import java.util.Set;

/** What an administrator types to create a user. */
public record NewUser(
        @NotBlank @Size(min = 2, max = 50) @Pattern(regexp = "[a-z0-9._-]+", message = "{tandem.user.username.pattern}") String username,
        @NotBlank @Size(max = 100) String displayName,
        @Email @Size(max = 200) String email,
        @NotBlank String password,
        @NotEmpty Set<Role> roles,
        @NotBlank String locale) implements Serializable {
}
