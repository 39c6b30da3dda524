package org.tandem.campaign.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.organization.entity.Territory;
import org.tandem.segment.entity.Segment;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.DocumentNumbers;
import org.tandem.shared.entity.IllegalMove;
import org.tandem.shared.entity.Money;
import org.tandem.shared.entity.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A marketing campaign: its kind, period, targets and a budget split by category. Approved promotion requests
 * commit budget; money spent is recorded against it. The budget is checked here, so that no caller can commit
 * beyond what is planned.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    public static final String PREFIX = "CMP";

    @Id
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 24)
    private String code;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CampaignStatus status = CampaignStatus.PLANNED;

    @NotNull
    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @NotNull
    @Column(name = "thru_date", nullable = false)
    private LocalDate thruDate;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Size(max = 1000)
    @Column(length = 1000)
    private String description;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "campaign_budget", joinColumns = @JoinColumn(name = "campaign_id"))
    @MapKeyColumn(name = "category", length = 20)
    @MapKeyEnumerated(EnumType.STRING)
    private Map<BudgetCategory, BudgetLine> budget = new EnumMap<>(BudgetCategory.class);

    @ManyToMany
    @JoinTable(name = "campaign_territory", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "territory_id"))
    private Set<Territory> territories = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "campaign_segment", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "segment_id"))
    private Set<Segment> segments = new HashSet<>();

    @Version
    private long version;

    protected Campaign() {
    }

    public Campaign(String name, CampaignKind kind, LocalDate fromDate, LocalDate thruDate, String currency,
                    String createdBy, OffsetDateTime createdAt) {
        this.currency = Objects.requireNonNull(currency);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        describe(name, kind, null);
        reschedule(fromDate, thruDate);
    }

    /** Called once the id is drawn (at persist): the code reads e.g. CMP-2026-000051. */
    public void assignCode() {
        if (code == null) {
            code = DocumentNumbers.format(PREFIX, fromDate, id);
        }
    }

    public final void describe(String name, CampaignKind kind, String description) {
        this.name = name;
        this.kind = kind;
        this.description = Texts.blankToNull(description);
    }

    public final void reschedule(LocalDate from, LocalDate thru) {
        if (from == null || thru == null || thru.isBefore(from)) {
            throw new RuleViolation("tandem.campaign.period", from, thru);
        }
        this.fromDate = from;
        this.thruDate = thru;
    }

    /** Sets the planned amount of a category; it cannot fall below what is already committed. */
    public void plan(BudgetCategory category, BigDecimal amount) {
        BigDecimal planned = round(amount);
        if (planned.signum() < 0) {
            throw new RuleViolation("tandem.campaign.budget.negative", category);
        }
        BudgetLine line = budget.get(category);
        if (line != null && planned.compareTo(line.getCommitted()) < 0) {
            throw new RuleViolation("tandem.campaign.budget.belowCommitted", category, money(line.getCommitted()));
        }
        budget.put(category, line == null ? BudgetLine.planned(planned) : line.replan(planned));
    }

    /**
     * Commits budget of one category, or refuses when committed + this amount would exceed what is planned.
     * Callers hold a write lock on the campaign, so that two commitments never both see the same remainder.
     */
    public void commit(BudgetCategory category, BigDecimal amount) {
        requireOpen();
        BigDecimal value = round(amount);
        BudgetLine line = budget.getOrDefault(category, BudgetLine.planned(BigDecimal.ZERO));
        if (line.getCommitted().add(value).compareTo(line.getPlanned()) > 0) {
            throw new RuleViolation("tandem.campaign.budget.exceeded", code, category, money(line.getPlanned()),
                    money(line.getCommitted()), money(value));
        }
        budget.put(category, line.commit(value));
    }

    /** Gives back (part of) a commitment, e.g. when a promotion is cancelled before it has cost anything. */
    public void release(BudgetCategory category, BigDecimal amount) {
        BudgetLine line = budget.get(category);
        BigDecimal value = round(amount);
        if (line == null || value.compareTo(line.getCommitted()) > 0) {
            throw new RuleViolation("tandem.campaign.budget.releaseTooMuch", code, category, money(value));
        }
        budget.put(category, line.commit(value.negate()));
    }

    /** Aims the campaign at these segments and territories (both empty: at every customer). */
    public void target(Set<Segment> newSegments, Set<Territory> newTerritories) {
        segments.clear();
        segments.addAll(newSegments);
        territories.clear();
        territories.addAll(newTerritories);
    }

    /** Records money spent; a cancelled campaign spends nothing more. */
    public void spend(BudgetCategory category, BigDecimal amount) {
        if (status == CampaignStatus.CANCELLED) {
            throw new RuleViolation("tandem.campaign.notOpen", code, status);
        }
        if (amount == null || amount.signum() <= 0) {
            throw new RuleViolation("tandem.campaign.spend.notPositive", amount);
        }
        BudgetLine line = budget.getOrDefault(category, BudgetLine.planned(BigDecimal.ZERO));
        budget.put(category, line.spend(round(amount)));
    }

    public void start() {
        IllegalMove.unless(status == CampaignStatus.PLANNED, code, status, "tandem.action.start");
        status = CampaignStatus.RUNNING;
    }

    public void close() {
        IllegalMove.unless(status == CampaignStatus.RUNNING, code, status, "tandem.action.close");
        status = CampaignStatus.CLOSED;
    }

    public void cancel() {
        IllegalMove.unless(status == CampaignStatus.PLANNED || status == CampaignStatus.RUNNING, code, status,
                "tandem.action.cancel");
        status = CampaignStatus.CANCELLED;
    }

    private void requireOpen() {
        if (status == CampaignStatus.CLOSED || status == CampaignStatus.CANCELLED) {
            throw new RuleViolation("tandem.campaign.notOpen", code, status);
        }
    }

    /** The baseline period that uplift is measured against: as long as the campaign, just before it. */
    public LocalDate getBaselineFrom() {
        return fromDate.minusDays(ChronoUnit.DAYS.between(fromDate, thruDate) + 1);
    }

    public LocalDate getBaselineThru() {
        return fromDate.minusDays(1);
    }

    public BigDecimal total(Function<BudgetLine, BigDecimal> figure) {
        return budget.values().stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal round(BigDecimal amount) {
        return Money.of(Objects.requireNonNull(amount, "amount"), currency).getAmount();
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, currency);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getThruDate() {
        return thruDate;
    }

    public String getCurrency() {
        return currency;
    }

    public String getDescription() {
        return description;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public Map<BudgetCategory, BudgetLine> getBudget() {
        return budget;
    }

    public Set<Territory> getTerritories() {
        return territories;
    }

    public Set<Segment> getSegments() {
        return segments;
    }

    public long getVersion() {
        return version;
    }
}
