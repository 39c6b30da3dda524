package org.tandem.organization.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tandem.organization.control.Passwords;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.UserAccount;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A production database starts with no users. When no administrator exists yet and the setting
 * {@code tandem.admin.initial-password} (environment variable {@code TANDEM_ADMIN_INITIAL_PASSWORD}) is given,
 * this creates the user {@code admin} with that password, once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    @ConfigProperty(name = "tandem.admin.initial-password")
    Optional<String> initialPassword;

    @PostConstruct
    void createIfNone() {
        if (initialPassword.isEmpty()) {
            return;
        }
        long admins = em.createQuery("select count(u) from UserAccount u join u.roles r where r = :admin", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult();
        if (admins > 0) {
            return;
        }
        passwords.requireAcceptable("admin", initialPassword.get());
        UserAccount admin = new UserAccount("admin", "Administrator", passwords.hash(initialPassword.get()),
                Set.of(Role.ADMIN), OffsetDateTime.now(ZoneOffset.UTC));
        admin.changeLocale("en");
        em.persist(admin);
        LOG.info("Created the first administrator, user name 'admin'");
    }
}
