package org.tandem.campaign.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.tandem.campaign.entity.BudgetCategory;
import org.tandem.campaign.entity.Campaign;
import org.tandem.campaign.entity.CampaignSpend;
import org.tandem.campaign.entity.SpendKind;
import org.tandem.organization.entity.Role;
import org.tandem.shared.control.Rows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Commits and releases campaign budget on behalf of the documents that spend it (promotion requests). The
 * campaign row is locked for the rest of the transaction, so two approvals racing for the last of a budget are
 * served one after the other and the second sees what the first committed.
 */
@Stateless
@RolesAllowed({Role.Names.SALES_MANAGER, Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
public class CampaignBudgets {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public void commit(long campaignId, BudgetCategory category, BigDecimal amount, String reference) {
        Campaign campaign = locked(campaignId);
        campaign.commit(category, amount);
        record(campaign, category, SpendKind.COMMITTED, amount, reference);
    }

    public void release(long campaignId, BudgetCategory category, BigDecimal amount, String reference) {
        Campaign campaign = locked(campaignId);
        campaign.release(category, amount);
        record(campaign, category, SpendKind.RELEASED, amount.negate(), reference);
    }

    private Campaign locked(long campaignId) {
        return Rows.found(em, Campaign.class, campaignId, LockModeType.PESSIMISTIC_WRITE, "tandem.campaign.notFound");
    }

    private void record(Campaign campaign, BudgetCategory category, SpendKind kind, BigDecimal amount, String reference) {
        em.persist(new CampaignSpend(campaign, category, kind, amount, LocalDate.now(), reference, null,
                session.getCallerPrincipal().getName(), OffsetDateTime.now()));
    }
}
