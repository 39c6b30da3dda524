package org.tandem.web.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tandem.organization.boundary.NewUser;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.UserAccount;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the user dialogs hold while the administrator types: a new user, the changes to one, or a new password.
 * The constraints are the account's own, so that a wrong field is named before anything is sent.
 */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @NotBlank
    @Size(min = 2, max = 50)
    @Pattern(regexp = "[a-z0-9._-]+", message = "{tandem.user.username.pattern}")
    private String username;

    @NotBlank
    @Size(max = 100)
    private String displayName;

    @Email
    @Size(max = 200)
    private String email;

    private String password;
    private String passwordRepeat;

    // an array, not a List, so that the checkboxes convert their values to Role by the element type
    @NotEmpty
    private Role[] roles = {};

    @NotBlank
    private String language = "zh_CN";

    /** The form for changing an existing account, at the version the administrator sees. */
    public static UserForm of(UserAccount user) {
        UserForm form = new UserForm();
        form.id = user.getId();
        form.version = user.getVersion();
        form.username = user.getUsername();
        form.displayName = user.getDisplayName();
        form.email = user.getEmail();
        form.roles = user.getRoles().toArray(Role[]::new);
        form.language = user.getLocale();
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean passwordsMatch() {
        return password != null && password.equals(passwordRepeat);
    }

    public Set<Role> roleSet() {
        return roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
    }

    public NewUser newUser() {
        return new NewUser(username, displayName, email, password, roleSet(), language);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }

    public Role[] getRoles() {
        return roles.clone();
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles.clone();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
