package org.tandem.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.tandem.organization.boundary.UserPreferences;
import org.tandem.organization.boundary.UserProfile;
import org.tandem.organization.entity.Role;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The logged-in user and the language they read Tandem in: all that a session keeps. */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The languages offered in the top bar, by the tag stored for each user. */
    public static final Map<String, Locale> LANGUAGES = Map.of(
            "zh_CN", Locale.SIMPLIFIED_CHINESE, "zh_TW", Locale.TRADITIONAL_CHINESE, "en", Locale.ENGLISH);

    @EJB
    transient UserPreferences preferences;

    private UserProfile profile;
    private String language;

    /** The user's profile, read once per session after login; null before. */
    public UserProfile getProfile() {
        if (profile == null && FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null) {
            profile = preferences.currentUser();
            language = profile.locale();
        }
        return profile;
    }

    public boolean isLoggedIn() {
        return getProfile() != null;
    }

    /** The chosen language; before login, the best match for the browser's language. */
    public String getLanguage() {
        getProfile();
        if (language == null) {
            Locale browser = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            language = "zh".equals(browser.getLanguage())
                    ? ("TW".equals(browser.getCountry()) || "HK".equals(browser.getCountry()) || "Hant".equals(browser.getScript()) ? "zh_TW" : "zh_CN")
                    : "en".equals(browser.getLanguage()) ? "en" : "zh_CN";
        }
        return language;
    }

    public Locale getLocale() {
        return LANGUAGES.get(getLanguage());
    }

    /** Switches the language for this and later sessions of the same user. */
    public void changeLanguage(String newLanguage) {
        if (!LANGUAGES.containsKey(newLanguage)) {
            return;
        }
        language = newLanguage;
        if (isLoggedIn()) {
            preferences.changeLocale(newLanguage);
            profile = new UserProfile(profile.username(), profile.displayName(), profile.roles(), newLanguage);
        }
        FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
    }

    /** The user's roles as the top bar lists them, in the user's language. */
    public String getRoleNames() {
        UserProfile p = getProfile();
        if (p == null) {
            return "";
        }
        Feedback feedback = new Feedback();
        return p.roles().stream().sorted().map(r -> feedback.text("role." + r.name())).collect(Collectors.joining(", "));
    }

    public boolean hasRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    public boolean isSales() {
        return hasRole(Role.Names.SALES_REP) || hasRole(Role.Names.SALES_MANAGER) || hasRole(Role.Names.GENERAL_MANAGER);
    }

    public boolean isMarketing() {
        return hasRole(Role.Names.MARKETING) || hasRole(Role.Names.MARKETING_MANAGER) || hasRole(Role.Names.GENERAL_MANAGER);
    }

    public boolean isFinance() {
        return hasRole(Role.Names.FINANCE) || hasRole(Role.Names.GENERAL_MANAGER);
    }

    public boolean isManagement() {
        return hasRole(Role.Names.GENERAL_MANAGER);
    }

    public boolean isAdmin() {
        return hasRole(Role.Names.ADMIN);
    }

    public boolean isIntegration() {
        return hasRole(Role.Names.INTEGRATION) || hasRole(Role.Names.ADMIN);
    }

    /** The folder of the user's own landing page: where they arrive after login. */
    public String getHome() {
        if (isManagement()) {
            return "/management/index.xhtml";
        }
        if (hasRole(Role.Names.SALES_REP) || hasRole(Role.Names.SALES_MANAGER)) {
            return "/sales/index.xhtml";
        }
        if (hasRole(Role.Names.MARKETING) || hasRole(Role.Names.MARKETING_MANAGER)) {
            return "/marketing/index.xhtml";
        }
        if (hasRole(Role.Names.FINANCE)) {
            return "/finance/index.xhtml";
        }
        if (isAdmin()) {
            return "/admin/index.xhtml";
        }
        return "/integration/index.xhtml";
    }

    /** Navigation to {@link #getHome()}, as a redirect so that the address bar shows where the user is. */
    public String goHome() {
        return getHome() + "?faces-redirect=true";
    }

    public void logout() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (jakarta.servlet.ServletException e) {
            // the session is invalidated below all the same
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
