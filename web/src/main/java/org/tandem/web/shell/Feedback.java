package org.tandem.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.tandem.shared.boundary.RuleViolation;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Puts messages from the bundles on the page, in the user's language. */
@RequestScoped
public class Feedback {

    public static final String BUNDLE = "org.tandem.web.messages";

    public String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** Shows an error beside the field {@code clientId}. */
    public void errorAt(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** Shows a refused business rule beside the field it concerns, or at the top when {@code clientId} is null. */
    public void refused(String clientId, RuleViolation violation) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(violation.getKey(), violation.getArguments()));
    }

    public void refused(RuleViolation violation) {
        refused(null, violation);
    }

    private void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
