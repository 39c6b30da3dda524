package org.tandem.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.tandem.organization.boundary.UserAdministration;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.UserAccount;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The administrator's list of users and the dialogs that create and change them. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Refusals that concern one field of the user dialog; the rest are shown above the fields. */
    private static final Map<String, String> FIELD_OF_REFUSAL = Map.of(
            "tandem.user.username.taken", "username",
            "tandem.password.tooShort", "password",
            "tandem.password.sameAsUsername", "password",
            "tandem.user.cannotDropOwnAdmin", "roles");

    @EJB
    UserAdministration administration;

    @Inject
    Feedback feedback;

    private PagedList<UserAccount> users;
    private UserForm form = new UserForm();

    @PostConstruct
    void init() {
        users = new PagedList<>(request -> administration.findUsers(request), UserAccount::getId);
    }

    public void openNew() {
        form = new UserForm();
    }

    public void openEdit(UserAccount user) {
        form = UserForm.of(user);
    }

    public void openPassword(UserAccount user) {
        form = UserForm.of(user);
    }

    public void save() {
        if (form.isNew() && !form.passwordsMatch()) {
            mismatch("userForm");
            return;
        }
        try {
            UserAccount saved = form.isNew()
                    ? administration.createUser(form.newUser())
                    : administration.updateUser(form.getId(), form.getVersion(), form.getDisplayName(), form.getEmail(),
                    form.roleSet());
            feedback.info(form.isNew() ? "admin.user.created" : "admin.user.saved", saved.getUsername());
            done();
        } catch (RuleViolation violation) {
            refuse("userForm", violation);
        }
    }

    public void resetPassword() {
        if (!form.passwordsMatch()) {
            mismatch("passwordForm");
            return;
        }
        try {
            administration.resetPassword(form.getId(), form.getPassword());
            feedback.info("admin.user.passwordWasReset", form.getUsername());
            done();
        } catch (RuleViolation violation) {
            refuse("passwordForm", violation);
        }
    }

    /** Disables an enabled user and enables a disabled one, if nobody changed the account since the list was read. */
    public void toggleEnabled(UserAccount user) {
        try {
            if (user.isEnabled()) {
                administration.disable(user.getId(), user.getVersion());
                feedback.info("admin.user.wasDisabled", user.getUsername());
            } else {
                administration.enable(user.getId(), user.getVersion());
                feedback.info("admin.user.wasEnabled", user.getUsername());
            }
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    /** A moment in the server's time zone, to the minute; empty for none. */
    public String time(OffsetDateTime moment) {
        return moment == null ? "" : TIME.format(moment.atZoneSameInstant(ZoneId.systemDefault()));
    }

    /** When a running lock-out ends; empty when the user is not locked out. */
    public String lockedUntil(UserAccount user) {
        return user.isLockedAt(OffsetDateTime.now()) ? time(user.getLockedUntil()) : "";
    }

    public PagedList<UserAccount> getUsers() {
        return users;
    }

    public UserForm getForm() {
        return form;
    }

    private void done() {
        // the dialog's oncomplete closes it only on this signal, so a refused save leaves it open with its reasons
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        PrimeFaces.current().ajax().update("growl", "users:table");
    }

    private void mismatch(String dialogForm) {
        feedback.errorAt(dialogForm + ":passwordRepeat", "admin.user.passwordMismatch");
        FacesContext.getCurrentInstance().validationFailed();
    }

    private void refuse(String dialogForm, RuleViolation violation) {
        String field = FIELD_OF_REFUSAL.get(violation.getKey());
        feedback.refused(field == null ? null : dialogForm + ":" + field, violation);
        FacesContext.getCurrentInstance().validationFailed();
    }
}
