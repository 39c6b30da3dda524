package org.tandem.organization.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.UserAccount;
import org.tandem.shared.boundary.RuleViolation;

import java.util.Set;

/** What every logged-in user may read and set about themselves: their profile and their language. */
@Stateless
@RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.MARKETING, Role.Names.MARKETING_MANAGER,
        Role.Names.FINANCE, Role.Names.GENERAL_MANAGER, Role.Names.ADMIN, Role.Names.INTEGRATION})
public class UserPreferences {

    /** The languages Tandem speaks; the first is the default. */
    public static final Set<String> LOCALES = Set.of("zh_CN", "zh_TW", "en");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public UserProfile currentUser() {
        UserAccount user = caller();
        return new UserProfile(user.getUsername(), user.getDisplayName(), user.getRoles(), user.getLocale());
    }

    /** Remembers the caller's language for their next login. */
    public void changeLocale(String locale) {
        if (!LOCALES.contains(locale)) {
            throw new RuleViolation("tandem.locale.unknown", locale);
        }
        caller().changeLocale(locale);
    }

    private UserAccount caller() {
        String name = session.getCallerPrincipal().getName();
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", name).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("tandem.user.notFound", name));
    }
}
