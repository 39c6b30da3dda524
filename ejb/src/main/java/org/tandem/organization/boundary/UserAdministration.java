package org.tandem.organization.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.tandem.organization.control.Passwords;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.UserAccount;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.control.Queries;
import org.tandem.shared.control.Versions;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The administrator's work on user accounts: create, change roles, disable, reset a password. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserAdministration {

    /** Sort fields a user list understands, mapped to entity paths. */
    private static final Map<String, String> SORTS = Map.of(
            "username", "username", "displayName", "displayName", "email", "email",
            "enabled", "enabled", "lastLoginAt", "lastLoginAt", "createdAt", "createdAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Resource
    SessionContext session;

    /** Filters: {@code username}, {@code displayName} (contains), {@code role} (a {@link Role}), {@code enabled}. */
    public Page<UserAccount> findUsers(@NotNull PageRequest request) {
        return Queries.page(em, UserAccount.class, request, (cb, user) -> {
            Predicate role = null;
            Object wanted = request.filters().get("role");
            if (wanted != null && !wanted.toString().isBlank()) {
                Join<UserAccount, Role> roles = user.join("roles");
                role = cb.equal(roles, wanted instanceof Role r ? r : Role.valueOf(wanted.toString()));
            }
            Object enabled = request.filters().get("enabled");
            return Queries.present(
                    Queries.contains(cb, user.get("username"), request.text("username")),
                    Queries.contains(cb, user.get("displayName"), request.text("displayName")),
                    role,
                    enabled == null || enabled.toString().isBlank() ? null
                            : cb.equal(user.get("enabled"), Boolean.valueOf(enabled.toString())));
        }, SORTS, "username");
    }

    public UserAccount user(long id) {
        return load(id);
    }

    public UserAccount createUser(@NotNull @Valid NewUser request) {
        String username = request.username().trim().toLowerCase();
        if (!em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultList().isEmpty()) {
            throw new RuleViolation("tandem.user.username.taken", username);
        }
        passwords.requireAcceptable(username, request.password());
        UserAccount user = new UserAccount(username, request.displayName(), passwords.hash(request.password()),
                request.roles(), OffsetDateTime.now(ZoneOffset.UTC));
        user.rename(request.displayName(), request.email());
        user.changeLocale(request.locale());
        em.persist(user);
        return user;
    }

    /** Changes name, e-mail and roles of the version the administrator saw; a newer version wins. */
    public UserAccount updateUser(long id, long expectedVersion, @NotNull String displayName, String email,
                                  @NotEmpty Set<Role> roles) {
        UserAccount user = loadVersion(id, expectedVersion);
        if (isCaller(user) && !roles.contains(Role.ADMIN)) {
            throw new RuleViolation("tandem.user.cannotDropOwnAdmin");
        }
        user.rename(displayName, email);
        user.assignRoles(roles);
        return user;
    }

    public UserAccount disable(long id, long expectedVersion) {
        UserAccount user = loadVersion(id, expectedVersion);
        if (isCaller(user)) {
            throw new RuleViolation("tandem.user.cannotDisableSelf");
        }
        user.disable();
        return user;
    }

    public UserAccount enable(long id, long expectedVersion) {
        UserAccount user = loadVersion(id, expectedVersion);
        user.enable();
        return user;
    }

    /** Sets a new password chosen by the administrator; it also lifts a lock-out. */
    public UserAccount resetPassword(long id, @NotNull String newPassword) {
        UserAccount user = load(id);
        passwords.requireAcceptable(user.getUsername(), newPassword);
        user.changePassword(passwords.hash(newPassword));
        return user;
    }

    /** Users who can be assigned to territories: sales reps and sales managers that are enabled. */
    public List<UserAccount> salesPeople() {
        return em.createQuery("select distinct u from UserAccount u join u.roles r "
                        + "where u.enabled = true and r in :roles order by u.username", UserAccount.class)
                .setParameter("roles", Set.of(Role.SALES_REP, Role.SALES_MANAGER))
                .getResultList();
    }

    private boolean isCaller(UserAccount user) {
        return user.getUsername().equals(session.getCallerPrincipal().getName());
    }

    private UserAccount load(long id) {
        UserAccount user = em.find(UserAccount.class, id);
        if (user == null) {
            throw new RuleViolation("tandem.user.notFound", id);
        }
        return user;
    }

    private UserAccount loadVersion(long id, long expectedVersion) {
        UserAccount user = load(id);
        Versions.require(user.getVersion(), expectedVersion, user.getUsername());
        return user;
    }
}
