package org.tandem.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import org.tandem.organization.boundary.LoginOutcome;
import org.tandem.web.shell.Feedback;
import org.tandem.web.shell.UserSession;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The login page: checks the credentials and tells a refused user why, without saying which part was wrong. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginAttempt attempt;

    @Inject
    Feedback feedback;

    @Inject
    UserSession userSession;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // a session id that existed before login is never the id of the logged-in session (no fixation)
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(username, password)));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + userSession.getHome());
            default -> explainRefusal();
        }
    }

    private void explainRefusal() {
        LoginOutcome outcome = attempt.outcome();
        if (outcome != null && outcome.status() == LoginOutcome.Status.LOCKED) {
            feedback.error("login.locked", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(outcome.lockedUntil().atZoneSameInstant(ZoneId.systemDefault())));
        } else if (outcome != null && outcome.status() == LoginOutcome.Status.DISABLED) {
            feedback.error("login.disabled");
        } else {
            feedback.error("login.failed");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
