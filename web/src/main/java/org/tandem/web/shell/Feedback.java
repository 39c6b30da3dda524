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

    /** Arguments that name what the user asked for are keys of their own: "tandem.action.confirm". */
    private static final String ACTION_KEYS = "tandem.action.";

    public String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        Object[] spoken = arguments.clone();
        for (int i = 0; i < spoken.length; i++) {
            spoken[i] = spoken(bundle, spoken[i], faces.getViewRoot().getLocale());
        }
        return new MessageFormat(lookUp(bundle, key, key), faces.getViewRoot().getLocale()).format(spoken);
    }

    /**
     * The words for a status ({@code enum.OrderStatus.CANCELLED}) or an action key, money with its currency, a dash
     * for nothing (a draft's number); other arguments as they are.
     */
    private static Object spoken(ResourceBundle bundle, Object argument, Locale locale) {
        if (argument == null) {
            return "–";
        }
        if (argument instanceof Money money) {
            return MoneyConverter.format(money, locale);
        }
        if (argument instanceof Enum<?> value) {
            return lookUp(bundle, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), value.name());
        }
        if (argument instanceof String text && text.startsWith(ACTION_KEYS)) {
            return lookUp(bundle, text, text);
        }
        return argument;
    }

    private static String lookUp(ResourceBundle bundle, String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
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
