package org.tandem.promotion.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.campaign.entity.BudgetCategory;
import org.tandem.campaign.entity.Campaign;
import org.tandem.catalog.entity.Brand;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.entity.Customer;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.DocumentNumbers;
import org.tandem.shared.entity.IllegalMove;
import org.tandem.shared.entity.Money;
import org.tandem.shared.entity.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A sales rep's (or sales manager's) request for promotion money: for which customers and products, when, of
 * what kind, what it costs and what extra volume it should bring, paid from a campaign's budget. It walks the
 * route {@link Routing} gives for the organisation stage and cost band it was filed under; every step is kept.
 */
@Entity
@Table(name = "promotion_request")
public class PromotionRequest {

    public static final String PREFIX = "PR";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @SequenceGenerator(name = "promotion_request_seq", sequenceName = "promotion_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "promotion_request_seq")
    private Long id;

    @Column(unique = true, length = 24)
    private String number;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private PromotionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PromotionStatus status = PromotionStatus.IN_APPROVAL;

    /** The stage and band it was filed under: its route stays the same if the setting changes meanwhile. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private OrganisationStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost_band", nullable = false, length = 30, updatable = false)
    private CostBand costBand;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToMany
    @JoinTable(name = "promotion_request_customer", joinColumns = @JoinColumn(name = "request_id"),
            inverseJoinColumns = @JoinColumn(name = "customer_id"))
    private Set<Customer> customers = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "promotion_request_product", joinColumns = @JoinColumn(name = "request_id"),
            inverseJoinColumns = @JoinColumn(name = "product_id"))
    private Set<Product> products = new HashSet<>();

    /** A whole brand instead of (or as well as) single products. */
    @ManyToOne
    @JoinColumn(name = "brand_id", updatable = false)
    private Brand brand;

    @NotNull
    @Column(name = "from_date", nullable = false, updatable = false)
    private LocalDate fromDate;

    @NotNull
    @Column(name = "thru_date", nullable = false, updatable = false)
    private LocalDate thruDate;

    @Column(name = "percent_off", precision = 7, scale = 4, updatable = false)
    private BigDecimal percentOff;

    @NotNull
    @DecimalMin("0")
    @Column(name = "expected_quantity", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal expectedQuantity;

    @NotNull
    @DecimalMin("0")
    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal cost;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @NotBlank
    @Size(max = 1000)
    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "filed_by", nullable = false, length = 60, updatable = false)
    private String filedBy;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private OffsetDateTime filedAt;

    /** Who holds the open step and since when; kept here so lists, inboxes and "overdue" read one row. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Approver awaiting;

    @Column(name = "awaiting_since")
    private OffsetDateTime awaitingSince;

    /** Budget committed on approval, and what of it was given back on cancelling. */
    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal committed = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal released = BigDecimal.ZERO;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PromotionStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected PromotionRequest() {
    }

    /**
     * A request as filed; its first step opens at once.
     *
     * @throws RuleViolation when the period is reversed or outside the campaign's, a discount has no percentage
     *                       (or another kind has one), or it names no customer, or a discount no product or brand
     */
    public PromotionRequest(PromotionKind kind, Campaign campaign, Set<Customer> customers, Set<Product> products,
                            Brand brand, LocalDate fromDate, LocalDate thruDate, BigDecimal percentOff,
                            BigDecimal expectedQuantity, BigDecimal cost, String reason, String filedBy,
                            OffsetDateTime filedAt, OrganisationStage stage, BigDecimal salesAuthority,
                            BigDecimal escalationLimit) {
        if (thruDate.isBefore(fromDate)) {
            throw new RuleViolation("tandem.promotion.period", fromDate, thruDate);
        }
        if (fromDate.isBefore(campaign.getFromDate()) || thruDate.isAfter(campaign.getThruDate())) {
            throw new RuleViolation("tandem.promotion.outsideCampaign", campaign.getCode(), campaign.getFromDate(),
                    campaign.getThruDate());
        }
        if (customers.isEmpty()) {
            throw new RuleViolation("tandem.promotion.noCustomer");
        }
        if (kind == PromotionKind.DISCOUNT) {
            if (percentOff == null || percentOff.signum() <= 0 || percentOff.compareTo(HUNDRED) > 0) {
                throw new RuleViolation("tandem.promotion.percentRequired");
            }
            if (products.isEmpty() && brand == null) {
                throw new RuleViolation("tandem.promotion.noProduct");
            }
        } else if (percentOff != null) {
            throw new RuleViolation("tandem.promotion.percentOnlyForDiscount");
        }
        this.kind = kind;
        this.campaign = campaign;
        this.customers = new HashSet<>(customers);
        this.products = new HashSet<>(products);
        this.brand = brand;
        this.fromDate = fromDate;
        this.thruDate = thruDate;
        this.percentOff = percentOff == null ? null : percentOff.setScale(4, RoundingMode.HALF_UP);
        this.expectedQuantity = expectedQuantity;
        this.currency = campaign.getCurrency();
        this.cost = Money.of(cost, currency).getAmount();
        this.reason = Texts.blankToNull(reason);
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.stage = stage;
        this.costBand = CostBand.of(this.cost, salesAuthority, escalationLimit);
        open(route().stations().get(0), filedAt);
    }

    /** Called once the id is drawn (at persist): the number reads e.g. PR-2026-000051. */
    public void assignNumber() {
        if (number == null) {
            number = DocumentNumbers.format(PREFIX, filedAt.toLocalDate(), id);
        }
    }

    public Routing.Route route() {
        return Routing.route(stage, costBand);
    }

    public Optional<PromotionStep> openStep() {
        return steps.stream().filter(PromotionStep::isOpen).findFirst();
    }

    /** Whether a caller holding the roles {@code inRole} answers may act in the open step. */
    public boolean awaits(Predicate<String> inRole) {
        return status == PromotionStatus.IN_APPROVAL && awaiting != null && awaiting.isHeldBy(inRole);
    }

    /**
     * Closes the open step with the caller's decision or opinion and moves on along the route.
     *
     * @return true when this decision approved the request (the caller then commits its budget)
     */
    public boolean act(Decision decision, Predicate<String> inRole, String by, String comment, OffsetDateTime at) {
        PromotionStep step = openStep().filter(s -> awaits(inRole))
                .orElseThrow(() -> new RuleViolation("tandem.promotion.notYourStep", number));
        boolean opinion = step.getPurpose() == StepPurpose.OPINION;
        boolean verdict = decision == Decision.APPROVED || decision == Decision.REJECTED;
        boolean view = decision == Decision.FAVOURABLE || decision == Decision.UNFAVOURABLE;
        if (opinion ? !view : !verdict) {
            throw new RuleViolation("tandem.promotion.decisionNotFor", decision, step.getPurpose());
        }
        close(step, decision, by, comment, at);
        if (opinion) {
            open(route().stations().get(stationIndex(step) + 1), at);
            return false;
        }
        if (step.getPurpose() == StepPurpose.DECISION && route().dispute() == Routing.Dispute.DECISION_AGAINST_OPINION
                && opinion().map(o -> o.getDecision().isFor() != decision.isFor()).orElse(false)) {
            open(new Routing.Station(Approver.GENERAL_MANAGER, StepPurpose.ARBITRATION), at);
            return false;
        }
        status = decision.isFor() ? PromotionStatus.APPROVED : PromotionStatus.REJECTED;
        return decision.isFor();
    }

    /** Whether the sales manager may still contest a rejection (marketing's, in the separate-marketing stage). */
    public boolean isContestable() {
        return status == PromotionStatus.REJECTED && route().dispute() == Routing.Dispute.CONTESTED_REJECTION
                && steps.stream().noneMatch(s -> s.getPurpose() == StepPurpose.CONTEST);
    }

    /** The sales manager contests marketing's rejection: the general manager decides. */
    public void contest(String by, String comment, OffsetDateTime at) {
        if (!isContestable()) {
            throw new RuleViolation("tandem.promotion.notContestable", number);
        }
        PromotionStep contest = append(Approver.SALES_MANAGER, StepPurpose.CONTEST, at);
        contest.close(Decision.CONTESTED, by, Texts.blankToNull(comment), at);
        status = PromotionStatus.IN_APPROVAL;
        open(new Routing.Station(Approver.GENERAL_MANAGER, StepPurpose.ARBITRATION), at);
    }

    /**
     * Withdraws a request in approval, or cancels an approved one (its rules end, its unused budget goes back).
     *
     * @return true when the request had been approved
     */
    public boolean cancel(Approver as, String by, String comment, OffsetDateTime at) {
        IllegalMove.unless(status == PromotionStatus.IN_APPROVAL || status == PromotionStatus.APPROVED, number, status,
                "tandem.action.cancel");
        boolean wasApproved = status == PromotionStatus.APPROVED;
        openStep().ifPresent(open -> close(open, Decision.CANCELLED, by, null, at));
        PromotionStep cancel = append(as, StepPurpose.CANCEL, at);
        cancel.close(Decision.CANCELLED, by, Texts.blankToNull(comment), at);
        status = PromotionStatus.CANCELLED;
        cancelledOn = at.toLocalDate();
        return wasApproved;
    }

    /** Records the budget the approval committed. */
    public void committed(BigDecimal amount) {
        committed = amount;
    }

    /**
     * What a cancellation on {@code day} gives back: everything before the period starts, nothing after it ended,
     * and in between the share of the days still to come (the days already run have been paid for).
     */
    public BigDecimal unusedBudget(LocalDate day) {
        BigDecimal open = committed.subtract(released);
        if (open.signum() == 0 || !day.isAfter(fromDate)) {
            return open;
        }
        if (day.isAfter(thruDate)) {
            return BigDecimal.ZERO;
        }
        long days = ChronoUnit.DAYS.between(fromDate, thruDate) + 1;
        long left = ChronoUnit.DAYS.between(day, thruDate) + 1;
        BigDecimal share = open.multiply(BigDecimal.valueOf(left)).divide(BigDecimal.valueOf(days), 4, RoundingMode.HALF_UP);
        return Money.of(share, currency).getAmount();
    }

    public void released(BigDecimal amount) {
        released = released.add(amount);
    }

    /** An open step older than {@code hours} at {@code now}. */
    public boolean isOverdue(OffsetDateTime now, int hours) {
        return awaitingSince != null && awaitingSince.plusHours(hours).isBefore(now);
    }

    public BudgetCategory getCategory() {
        return kind.getCategory();
    }

    private Optional<PromotionStep> opinion() {
        return steps.stream().filter(s -> s.getPurpose() == StepPurpose.OPINION && !s.isOpen()).findFirst();
    }

    private int stationIndex(PromotionStep step) {
        return route().stations().indexOf(new Routing.Station(step.getApprover(), step.getPurpose()));
    }

    private void open(Routing.Station station, OffsetDateTime at) {
        append(station.approver(), station.purpose(), at);
        awaiting = station.approver();
        awaitingSince = at;
    }

    private PromotionStep append(Approver approver, StepPurpose purpose, OffsetDateTime at) {
        PromotionStep step = new PromotionStep(this, steps.size() + 1, approver, purpose, at);
        steps.add(step);
        return step;
    }

    private void close(PromotionStep step, Decision decision, String by, String comment, OffsetDateTime at) {
        step.close(decision, by, Texts.blankToNull(comment), at);
        awaiting = null;
        awaitingSince = null;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public PromotionKind getKind() {
        return kind;
    }

    public PromotionStatus getStatus() {
        return status;
    }

    public OrganisationStage getStage() {
        return stage;
    }

    public CostBand getCostBand() {
        return costBand;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Set<Customer> getCustomers() {
        return customers;
    }

    public Set<Product> getProducts() {
        return products;
    }

    public Brand getBrand() {
        return brand;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getThruDate() {
        return thruDate;
    }

    public BigDecimal getPercentOff() {
        return percentOff;
    }

    public BigDecimal getExpectedQuantity() {
        return expectedQuantity;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public String getCurrency() {
        return currency;
    }

    public String getReason() {
        return reason;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public OffsetDateTime getFiledAt() {
        return filedAt;
    }

    public Approver getAwaiting() {
        return awaiting;
    }

    public OffsetDateTime getAwaitingSince() {
        return awaitingSince;
    }

    public BigDecimal getCommitted() {
        return committed;
    }

    public BigDecimal getReleased() {
        return released;
    }

    public LocalDate getCancelledOn() {
        return cancelledOn;
    }

    public List<PromotionStep> getSteps() {
        return steps;
    }

    public long getVersion() {
        return version;
    }
}
