package org.tandem.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.Money;

import java.text.MessageFormat;
import java.util.Locale;
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
        Object[] spoken = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            spoken[i] = spoken(arguments[i], bundle, faces.getViewRoot().getLocale());
        }
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(spoken);
    }

    /**
     * Arguments of a refusal in words: a document status by its label, an action key (tandem.action.issue) by its
     * text, money with its currency. Anything else as it is.
     */
    private static Object spoken(Object argument, ResourceBundle bundle, Locale locale) {
        if (argument instanceof Enum<?> status && bundle.containsKey("document.status." + status.name())) {
            return bundle.getString("document.status." + status.name());
        }
        if (argument instanceof String key && key.startsWith("tandem.action.") && bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        if (argument instanceof Money money) {
            return MoneyConverter.format(money, locale);
        }
        if (argument == null) {
            return "–";
        }
        return argument;
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
