package org.tandem.promotion.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.campaign.boundary.CampaignBudgets;
import org.tandem.campaign.entity.Campaign;
import org.tandem.campaign.entity.CampaignStatus;
import org.tandem.catalog.entity.Brand;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.control.CustomerScope;
import org.tandem.customer.entity.Customer;
import org.tandem.organization.entity.Role;
import org.tandem.pricing.boundary.PromotionPrices;
import org.tandem.promotion.control.PromotionScope;
import org.tandem.promotion.entity.Approver;
import org.tandem.promotion.entity.Decision;
import org.tandem.promotion.entity.OrganisationSetting;
import org.tandem.promotion.entity.PromotionKind;
import org.tandem.promotion.entity.PromotionRequest;
import org.tandem.promotion.entity.PromotionStatus;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.control.Queries;
import org.tandem.shared.control.Rows;
import org.tandem.shared.control.Versions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Promotion requests: filed by sales for customers they see, routed by the organisation stage and cost band,
 * decided step by step by those the route names. The final approval commits the campaign budget (refused when the
 * category has not enough left) and turns a discount into price rules, so the next quotation or order line is
 * priced with it; cancelling an approved request ends those rules from today and gives back the unused budget.
 */
@Stateless
@RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.MARKETING, Role.Names.MARKETING_MANAGER,
        Role.Names.GENERAL_MANAGER})
public class PromotionRequests {

    private static final Map<String, String> SORTS = Map.of("number", "number", "kind", "kind", "status", "status",
            "fromDate", "fromDate", "thruDate", "thruDate", "cost", "cost", "filedBy", "filedBy",
            "filedAt", "filedAt", "awaitingSince", "awaitingSince", "campaign", "campaign.code");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    CampaignBudgets budgets;

    @EJB
    PromotionPrices prices;

    Clock clock = Clock.systemDefaultZone();

    /**
     * The requests the caller sees, a page at a time, in filing order unless sorted. Filters: {@code number},
     * {@code status} (a {@link PromotionStatus}), {@code kind} (a {@link PromotionKind}), {@code overdue}
     * ("true": an open step older than the setting allows), {@code awaitingMe} ("true": the caller may act in
     * the open step — the approver's inbox).
     */
    public Page<PromotionRequest> find(@NotNull PageRequest request) {
        PromotionScope scope = PromotionScope.of(em, session);
        String status = request.text("status");
        String kind = request.text("kind");
        boolean overdue = "true".equals(request.text("overdue"));
        boolean awaitingMe = "true".equals(request.text("awaitingMe"));
        OffsetDateTime overdueBefore = overdue ? now().minusHours(setting().getOverdueHours()) : null;
        return Queries.page(em, PromotionRequest.class, request, (Queries.SubqueryFilters<PromotionRequest>) (cb, query, r) -> Queries.present(
                        scope.restrict(cb, query, r),
                        Queries.contains(cb, r.get("number"), request.text("number")),
                        status == null ? null : cb.equal(r.get("status"), PromotionStatus.valueOf(status)),
                        kind == null ? null : cb.equal(r.get("kind"), PromotionKind.valueOf(kind)),
                        overdue ? cb.and(cb.equal(r.get("status"), PromotionStatus.IN_APPROVAL),
                                cb.lessThan(r.get("awaitingSince"), overdueBefore)) : null,
                        awaitingMe ? awaitingCaller(cb, r) : null),
                SORTS, "filedAt");
    }

    /** The approver's inbox: requests whose open step the caller may act in, oldest first unless sorted. */
    @RolesAllowed({Role.Names.SALES_MANAGER, Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public Page<PromotionRequest> awaitingMe(@NotNull PageRequest request) {
        Map<String, Object> filters = new java.util.HashMap<>(request.filters());
        filters.put("awaitingMe", "true");
        return find(new PageRequest(request.first(), request.size(), request.sortField() == null ? "awaitingSince"
                : request.sortField(), request.sortField() == null || request.ascending(), filters));
    }

    /** One request with its customers, products and steps; one out of sight is refused as missing. */
    public PromotionRequest request(long id) {
        PromotionRequest request = PromotionScope.of(em, session).request(id);
        request.getCustomers().size();
        request.getProducts().size();
        request.getSteps().size();
        return request;
    }

    /** Campaigns a request may be paid from: planned or running, and not over yet. */
    @RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER})
    public List<Choice> openCampaigns() {
        return em.createQuery("select new org.tandem.promotion.boundary.Choice(c.id, c.code, c.name) "
                        + "from Campaign c where c.status in :open and c.thruDate >= :today order by c.fromDate, c.id",
                        Choice.class)
                .setParameter("open", Set.of(CampaignStatus.PLANNED, CampaignStatus.RUNNING))
                .setParameter("today", LocalDate.now(clock))
                .getResultList();
    }

    /** Brands a request may be for as a whole. */
    @RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER})
    public List<Choice> brands() {
        return em.createQuery("select new org.tandem.promotion.boundary.Choice(b.id, b.code, b.name) from Brand b "
                + "order by b.code", Choice.class).getResultList();
    }

    /** Files a request for customers the caller sees; it goes at once to the first step of its route. */
    @RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER})
    public PromotionRequest file(@NotNull @Valid PromotionTerms terms) {
        CustomerScope scope = CustomerScope.of(em, session);
        Set<Customer> customers = new HashSet<>();
        terms.customerIds().forEach(id -> customers.add(scope.customer(id).requireActive()));
        Set<Product> products = new HashSet<>();
        terms.productIds().forEach(id -> products.add(found(Product.class, id, "tandem.pricing.unknownProduct")));
        Brand brand = terms.brandId() == null ? null : found(Brand.class, terms.brandId(), "tandem.pricing.unknownBrand");
        Campaign campaign = found(Campaign.class, terms.campaignId(), "tandem.campaign.notFound");
        if (campaign.getStatus() == CampaignStatus.CLOSED || campaign.getStatus() == CampaignStatus.CANCELLED) {
            throw new RuleViolation("tandem.campaign.notOpen", campaign.getCode(), campaign.getStatus());
        }
        if (terms.thruDate().isBefore(LocalDate.now(clock))) {
            throw new RuleViolation("tandem.promotion.periodOver", terms.thruDate());
        }
        OrganisationSetting setting = setting();
        PromotionRequest request = new PromotionRequest(terms.kind(), campaign, customers, products, brand,
                terms.fromDate(), terms.thruDate(), terms.percentOff(), terms.expectedQuantity(), terms.cost(),
                terms.reason(), caller(), now(), setting.getStage(), setting.getSalesAuthority(),
                setting.getEscalationLimit());
        em.persist(request);
        request.assignNumber();
        return request;
    }

    @RolesAllowed({Role.Names.SALES_MANAGER, Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public PromotionRequest approve(long id, long expectedVersion, @Size(max = 500) String comment) {
        return act(id, expectedVersion, Decision.APPROVED, comment);
    }

    @RolesAllowed({Role.Names.SALES_MANAGER, Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public PromotionRequest reject(long id, long expectedVersion, @Size(max = 500) String comment) {
        return act(id, expectedVersion, Decision.REJECTED, comment);
    }

    /** Marketing's opinion before the sales manager decides (the sales-with-marketing stage). */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER})
    public PromotionRequest giveOpinion(long id, long expectedVersion, boolean favourable, @Size(max = 500) String comment) {
        return act(id, expectedVersion, favourable ? Decision.FAVOURABLE : Decision.UNFAVOURABLE, comment);
    }

    /** The sales manager contests marketing's rejection: the general manager decides. */
    @RolesAllowed(Role.Names.SALES_MANAGER)
    public PromotionRequest contest(long id, long expectedVersion, @Size(max = 500) String comment) {
        PromotionRequest request = visibleVersion(id, expectedVersion);
        request.contest(caller(), comment, now());
        em.flush();
        return request;
    }

    /**
     * Withdraws a request in approval (its filer, or an approver), or cancels an approved one (an approver only):
     * its price rules end from today and the budget not yet used goes back to the campaign.
     */
    public PromotionRequest cancel(long id, long expectedVersion, @Size(max = 500) String comment) {
        PromotionRequest request = visibleVersion(id, expectedVersion);
        Approver as = cancellingAs();
        if (as == Approver.SALES_REP && (request.getStatus() != PromotionStatus.IN_APPROVAL
                || !request.getFiledBy().equals(caller()))) {
            throw new RuleViolation("tandem.promotion.cancelNotYours", request.getNumber());
        }
        if (request.cancel(as, caller(), comment, now())) {
            LocalDate today = LocalDate.now(clock);
            prices.endFrom(source(request), today);
            BigDecimal unused = request.unusedBudget(today);
            if (unused.signum() > 0) {
                budgets.release(request.getCampaign().getId(), request.getCategory(), unused, request.getNumber());
                request.released(unused);
            }
        }
        em.flush();
        return request;
    }

    /** Whether the caller may act in the request's open step (for screens to offer the actions). */
    public boolean mayAct(PromotionRequest request) {
        return request.awaits(session::isCallerInRole);
    }

    /** The hours after which an open step is overdue, as the general manager set them. */
    public int overdueHours() {
        return setting().getOverdueHours();
    }

    private PromotionRequest act(long id, long expectedVersion, Decision decision, String comment) {
        PromotionRequest request = visibleVersion(id, expectedVersion);
        if (request.act(decision, session::isCallerInRole, caller(), comment, now())) {
            // the campaign row stays locked to the end of this transaction: a racing approval waits, then sees this
            budgets.commit(request.getCampaign().getId(), request.getCategory(), request.getCost(), request.getNumber());
            request.committed(request.getCost());
            if (request.getKind() == PromotionKind.DISCOUNT) {
                prices.createDiscount(new PromotionPrices.Discount(ruleName(request), source(request),
                        request.getFromDate(), request.getThruDate(), request.getPercentOff(),
                        ids(request.getCustomers().stream().map(Customer::getId).toList()),
                        ids(request.getProducts().stream().map(Product::getId).toList()),
                        request.getBrand() == null ? null : request.getBrand().getId()));
            }
        }
        em.flush();
        return request;
    }

    /** The price explanation shows this name: it names the promotion. */
    static String ruleName(PromotionRequest request) {
        return "促销 " + request.getNumber();
    }

    static String source(PromotionRequest request) {
        return "promotion:" + request.getNumber();
    }

    private Predicate awaitingCaller(CriteriaBuilder cb, Root<PromotionRequest> r) {
        List<Approver> mine = Arrays.stream(Approver.values())
                .filter(a -> a != Approver.SALES_REP && a.isHeldBy(session::isCallerInRole)).toList();
        return mine.isEmpty() ? cb.disjunction()
                : cb.and(cb.equal(r.get("status"), PromotionStatus.IN_APPROVAL), r.get("awaiting").in(mine));
    }

    private Approver cancellingAs() {
        for (Approver approver : List.of(Approver.GENERAL_MANAGER, Approver.MARKETING_MANAGER, Approver.MARKETING,
                Approver.SALES_MANAGER)) {
            if (approver.isHeldBy(session::isCallerInRole)) {
                return approver;
            }
        }
        return Approver.SALES_REP;
    }

    private PromotionRequest visibleVersion(long id, long expectedVersion) {
        PromotionRequest request = PromotionScope.of(em, session).request(id);
        Versions.require(request.getVersion(), expectedVersion, request.getNumber());
        return request;
    }

    private OrganisationSetting setting() {
        return em.find(OrganisationSetting.class, OrganisationSetting.ID);
    }

    private <T> T found(Class<T> type, long id, String missingKey) {
        return Rows.found(em, type, id, missingKey);
    }

    private static Set<Long> ids(List<Long> ids) {
        return Set.copyOf(ids);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
