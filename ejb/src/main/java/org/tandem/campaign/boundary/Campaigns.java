package org.tandem.campaign.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.campaign.control.Uplift;
import org.tandem.campaign.entity.BudgetCategory;
import org.tandem.campaign.entity.BudgetLine;
import org.tandem.campaign.entity.Campaign;
import org.tandem.campaign.entity.CampaignKind;
import org.tandem.campaign.entity.CampaignSpend;
import org.tandem.campaign.entity.CampaignStatus;
import org.tandem.campaign.entity.SpendKind;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.segment.boundary.Audience;
import org.tandem.segment.boundary.Segments;
import org.tandem.segment.entity.Segment;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.control.Queries;
import org.tandem.shared.control.Rows;
import org.tandem.shared.control.Versions;
import org.tandem.shared.entity.Money;
import org.tandem.shared.entity.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Marketing's campaigns: written, budgeted, started, closed; money spent recorded against a budget category; and
 * what they brought measured from the target customers' sales orders (never typed in). The sales force reads
 * campaigns, to name one in a promotion request.
 */
@Stateless
@RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER})
public class Campaigns {

    /** Campaigns are planned in the company's currency. */
    static final String CURRENCY = "CNY";

    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name", "kind", "kind",
            "status", "status", "fromDate", "fromDate", "thruDate", "thruDate");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    Segments segments;

    /** Filters: {@code code}, {@code name} (contains), {@code kind}, {@code status}; {@code activeOn} (a date). */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER,
            Role.Names.SALES_REP, Role.Names.SALES_MANAGER})
    public Page<Campaign> find(@NotNull PageRequest request) {
        return Queries.page(em, Campaign.class, request, (cb, c) -> Queries.present(
                Queries.contains(cb, c.get("code"), request.text("code")),
                Queries.contains(cb, c.get("name"), request.text("name")),
                request.text("kind") == null ? null : cb.equal(c.get("kind"), enumOf(CampaignKind.class, request.text("kind"))),
                request.text("status") == null ? null
                        : cb.equal(c.get("status"), enumOf(CampaignStatus.class, request.text("status"))),
                request.text("activeOn") == null ? null : cb.and(
                        cb.lessThanOrEqualTo(c.get("fromDate"), LocalDate.parse(request.text("activeOn"))),
                        cb.greaterThanOrEqualTo(c.get("thruDate"), LocalDate.parse(request.text("activeOn"))))),
                SORTS, "fromDate");
    }

    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER,
            Role.Names.SALES_REP, Role.Names.SALES_MANAGER})
    public Campaign campaign(long id) {
        return Rows.found(em, Campaign.class, id, "tandem.campaign.notFound");
    }

    public Campaign create(@NotNull @Valid CampaignDetails details) {
        Campaign campaign = new Campaign(details.name().trim(), details.kind(), details.fromDate(), details.thruDate(),
                CURRENCY, session.getCallerPrincipal().getName(), OffsetDateTime.now());
        apply(campaign, details);
        em.persist(campaign);
        campaign.assignCode();
        em.flush();
        return campaign;
    }

    public Campaign update(long id, long expectedVersion, @NotNull @Valid CampaignDetails details) {
        Campaign campaign = locked(id, expectedVersion);
        apply(campaign, details);
        em.flush();
        return campaign;
    }

    public Campaign start(long id, long expectedVersion) {
        Campaign campaign = locked(id, expectedVersion);
        campaign.start();
        em.flush();
        return campaign;
    }

    public Campaign close(long id, long expectedVersion) {
        Campaign campaign = locked(id, expectedVersion);
        campaign.close();
        em.flush();
        return campaign;
    }

    public Campaign cancel(long id, long expectedVersion) {
        Campaign campaign = locked(id, expectedVersion);
        campaign.cancel();
        em.flush();
        return campaign;
    }

    /** Records money spent (an ACTUAL ledger entry) and adds it to the category's actual. */
    public Campaign recordSpend(long id, @NotNull BudgetCategory category, @NotNull BigDecimal amount,
                                @NotNull LocalDate spentOn, @Size(max = 60) String reference, @Size(max = 300) String note) {
        // locked like a commitment, so a spend and a commitment on the same line never overwrite each other
        Campaign campaign = locked(id);
        campaign.spend(category, amount);
        em.persist(new CampaignSpend(campaign, category, SpendKind.ACTUAL, Money.of(amount, campaign.getCurrency()).getAmount(), spentOn,
                Texts.blankToNull(reference), Texts.blankToNull(note), session.getCallerPrincipal().getName(), OffsetDateTime.now()));
        em.flush();
        return campaign;
    }

    /** The ledger of a campaign, newest first: commitments, releases and money spent. */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public List<CampaignSpend> ledger(long id) {
        return em.createQuery("select s from CampaignSpend s where s.campaign.id = :id order by s.recordedAt desc, s.id desc",
                CampaignSpend.class).setParameter("id", id).getResultList();
    }

    /** Uplift and return measured from the target customers' sales orders, campaign period against baseline. */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public CampaignPerformance performance(long id) {
        Campaign campaign = campaign(id);
        Audience audience = new Audience(
                campaign.getSegments().stream().map(Segment::getId).collect(Collectors.toSet()),
                campaign.getTerritories().stream().map(Territory::getId).collect(Collectors.toSet()));
        return Uplift.measure(campaign.getBaselineFrom(), campaign.getFromDate(), campaign.getThruDate(),
                segments.salesByDay(audience, campaign.getBaselineFrom(), campaign.getThruDate(), campaign.getCurrency()),
                campaign.total(BudgetLine::getActual));
    }

    private void apply(Campaign campaign, CampaignDetails details) {
        campaign.describe(details.name().trim(), details.kind(), details.description());
        campaign.reschedule(details.fromDate(), details.thruDate());
        Set<Segment> targetSegments = new HashSet<>();
        details.segmentIds().forEach(sid -> targetSegments.add(Rows.found(em, Segment.class, sid, "tandem.segment.notFound")));
        Set<Territory> targetTerritories = new HashSet<>();
        details.territoryIds().forEach(tid -> targetTerritories.add(Rows.found(em, Territory.class, tid, "tandem.territory.notFound")));
        campaign.target(targetSegments, targetTerritories);
        details.budget().forEach((category, amount) -> {
            if (amount != null) {
                campaign.plan(category, amount);
            }
        });
    }

    private Campaign locked(long id, long expectedVersion) {
        Campaign campaign = locked(id);
        Versions.require(campaign.getVersion(), expectedVersion, campaign.getCode());
        return campaign;
    }

    private Campaign locked(long id) {
        return Rows.found(em, Campaign.class, id, LockModeType.PESSIMISTIC_WRITE, "tandem.campaign.notFound");
    }


    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }
}
