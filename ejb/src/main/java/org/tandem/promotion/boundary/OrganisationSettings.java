package org.tandem.promotion.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.tandem.organization.entity.Role;
import org.tandem.promotion.entity.OrganisationSetting;
import org.tandem.promotion.entity.OrganisationSettingChange;
import org.tandem.promotion.entity.OrganisationStage;
import org.tandem.shared.control.Versions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** The company's organisation stage and approval limits: read by everyone who works with promotions, set by the general manager. */
@Stateless
@RolesAllowed(Role.Names.GENERAL_MANAGER)
public class OrganisationSettings {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    @RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.MARKETING, Role.Names.MARKETING_MANAGER,
            Role.Names.GENERAL_MANAGER})
    public OrganisationSetting current() {
        return em.find(OrganisationSetting.class, OrganisationSetting.ID);
    }

    /** Saves the version the general manager saw, and keeps the change in the history. */
    public OrganisationSetting change(long expectedVersion, @NotNull OrganisationStage stage,
                                      @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal salesAuthority,
                                      @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal escalationLimit,
                                      @Min(1) @Max(720) int overdueHours) {
        OrganisationSetting setting = current();
        Versions.require(setting.getVersion(), expectedVersion, "organisation");
        em.persist(setting.change(stage, salesAuthority, escalationLimit, overdueHours,
                session.getCallerPrincipal().getName(), OffsetDateTime.now(clock)));
        em.flush();
        return setting;
    }

    /** Every saved setting, newest first. */
    public List<OrganisationSettingChange> history() {
        return em.createQuery("select c from OrganisationSettingChange c order by c.changedAt desc, c.id desc",
                OrganisationSettingChange.class).setMaxResults(50).getResultList();
    }
}
