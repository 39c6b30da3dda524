package org.tandem.web.marketing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.campaign.boundary.CampaignDetails;
import org.tandem.campaign.boundary.CampaignPerformance;
import org.tandem.campaign.boundary.Campaigns;
import org.tandem.campaign.entity.BudgetCategory;
import org.tandem.campaign.entity.BudgetLine;
import org.tandem.campaign.entity.Campaign;
import org.tandem.campaign.entity.CampaignKind;
import org.tandem.campaign.entity.CampaignSpend;
import org.tandem.campaign.entity.CampaignStatus;
import org.tandem.organization.entity.Territory;
import org.tandem.segment.boundary.Segments;
import org.tandem.segment.entity.Segment;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One campaign: what, when and for whom, its budget per category beside what is committed and spent, the spend
 * ledger, and the uplift and return measured from the target customers' orders, with charts.
 */
@Named
@ViewScoped
public class CampaignView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Campaigns campaigns;

    @EJB
    Segments segments;

    @Inject
    Feedback feedback;

    private Long id;
    private Campaign campaign;
    private String refusal;
    private CampaignPerformance performance;
    private List<CampaignSpend> ledger = List.of();
    private List<Segment> allSegments;
    private List<Territory> allTerritories;

    private String name;
    private CampaignKind kind = CampaignKind.TRADE_PROMOTION;
    private LocalDate fromDate;
    private LocalDate thruDate;
    private String description;
    private List<Long> segmentIds = new ArrayList<>();
    private List<Long> territoryIds = new ArrayList<>();
    private final Map<BudgetCategory, BigDecimal> budget = new EnumMap<>(BudgetCategory.class);

    private BudgetCategory spendCategory = BudgetCategory.MEDIA;
    private BigDecimal spendAmount;
    private LocalDate spentOn = LocalDate.now();
    private String spendReference;
    private String spendNote;

    public void load() {
        allSegments = segments.all();
        allTerritories = segments.territories();
        if (id == null) {
            return;
        }
        try {
            show(campaigns.campaign(id));
        } catch (RuleViolation violation) {
            refusal = feedback.text(violation.getKey(), violation.getArguments());
        }
    }

    public void save() {
        CampaignDetails details = new CampaignDetails(name, kind, fromDate, thruDate, description,
                new HashSet<>(segmentIds), new HashSet<>(territoryIds), new EnumMap<>(budget));
        try {
            boolean created = campaign == null;
            show(created ? campaigns.create(details) : campaigns.update(campaign.getId(), campaign.getVersion(), details));
            feedback.info(created ? "campaign.created" : "campaign.saved", campaign.getCode());
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    public void start() {
        move(c -> campaigns.start(c.getId(), c.getVersion()));
    }

    public void close() {
        move(c -> campaigns.close(c.getId(), c.getVersion()));
    }

    public void cancel() {
        move(c -> campaigns.cancel(c.getId(), c.getVersion()));
    }

    public void recordSpend() {
        try {
            show(campaigns.recordSpend(campaign.getId(), spendCategory, spendAmount, spentOn, spendReference, spendNote));
            feedback.info("campaign.spend.recorded", campaign.getCode());
            spendAmount = null;
            spendReference = null;
            spendNote = null;
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    private void move(Function<Campaign, Campaign> step) {
        try {
            show(step.apply(campaign));
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    private void show(Campaign shown) {
        campaign = shown;
        id = shown.getId();
        name = shown.getName();
        kind = shown.getKind();
        fromDate = shown.getFromDate();
        thruDate = shown.getThruDate();
        description = shown.getDescription();
        segmentIds = new ArrayList<>(shown.getSegments().stream().map(Segment::getId).toList());
        territoryIds = new ArrayList<>(shown.getTerritories().stream().map(Territory::getId).toList());
        budget.clear();
        shown.getBudget().forEach((category, line) -> budget.put(category, line.getPlanned()));
        performance = campaigns.performance(shown.getId());
        ledger = campaigns.ledger(shown.getId());
    }

    /** Budget, committed and actual per category, as bars. */
    public String getBudgetChart() {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> planned = new ArrayList<>();
        List<BigDecimal> committed = new ArrayList<>();
        List<BigDecimal> actual = new ArrayList<>();
        for (BudgetCategory category : BudgetCategory.values()) {
            BudgetLine line = campaign.getBudget().get(category);
            labels.add(feedback.text("enum.BudgetCategory." + category));
            planned.add(line == null ? BigDecimal.ZERO : line.getPlanned());
            committed.add(line == null ? BigDecimal.ZERO : line.getCommitted());
            actual.add(line == null ? BigDecimal.ZERO : line.getActual());
        }
        return ChartJson.bar(labels, List.of(
                new ChartJson.Series(feedback.text("campaign.budget.planned"), "#74c0fc", planned),
                new ChartJson.Series(feedback.text("campaign.budget.committed"), "#ffa94d", committed),
                new ChartJson.Series(feedback.text("campaign.budget.actual"), "#e8590c", actual)));
    }

    /** Net order value week by week, campaign against baseline; weeks still to come are left out, not shown as 0. */
    public String getSalesChart() {
        List<String> labels = performance.weeks().stream()
                .map(w -> feedback.text("campaign.week", w.number())).toList();
        LocalDate today = LocalDate.now();
        List<BigDecimal> campaignWeeks = performance.weeks().stream()
                .map(w -> campaign.getFromDate().plusWeeks(w.number() - 1L).isAfter(today) ? null : w.campaign()).toList();
        return ChartJson.line(labels, List.of(
                new ChartJson.Series(feedback.text("campaign.sales.campaign"), "#1f6feb", campaignWeeks),
                new ChartJson.Series(feedback.text("campaign.sales.baseline"), "#adb5bd",
                        performance.weeks().stream().map(CampaignPerformance.Week::baseline).toList())));
    }

    public boolean isEditable() {
        return campaign == null || campaign.getStatus() == CampaignStatus.PLANNED || campaign.getStatus() == CampaignStatus.RUNNING;
    }

    public List<BudgetCategory> getCategories() {
        return Arrays.asList(BudgetCategory.values());
    }

    public BudgetLine line(BudgetCategory category) {
        return campaign == null ? null : campaign.getBudget().get(category);
    }

    public CampaignKind[] getKinds() {
        return CampaignKind.values();
    }

    public Map<BudgetCategory, BigDecimal> getBudget() {
        return budget;
    }

    public List<Segment> getAllSegments() {
        return allSegments;
    }

    public List<Territory> getAllTerritories() {
        return allTerritories;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public CampaignPerformance getPerformance() {
        return performance;
    }

    public List<CampaignSpend> getLedger() {
        return ledger;
    }

    public String getRefusal() {
        return refusal;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public void setKind(CampaignKind kind) {
        this.kind = kind;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getThruDate() {
        return thruDate;
    }

    public void setThruDate(LocalDate thruDate) {
        this.thruDate = thruDate;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Long> getSegmentIds() {
        return segmentIds;
    }

    public void setSegmentIds(List<Long> segmentIds) {
        this.segmentIds = segmentIds;
    }

    public List<Long> getTerritoryIds() {
        return territoryIds;
    }

    public void setTerritoryIds(List<Long> territoryIds) {
        this.territoryIds = territoryIds;
    }

    public BudgetCategory getSpendCategory() {
        return spendCategory;
    }

    public void setSpendCategory(BudgetCategory spendCategory) {
        this.spendCategory = spendCategory;
    }

    public BigDecimal getSpendAmount() {
        return spendAmount;
    }

    public void setSpendAmount(BigDecimal spendAmount) {
        this.spendAmount = spendAmount;
    }

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public void setSpentOn(LocalDate spentOn) {
        this.spentOn = spentOn;
    }

    public String getSpendReference() {
        return spendReference;
    }

    public void setSpendReference(String spendReference) {
        this.spendReference = spendReference;
    }

    public String getSpendNote() {
        return spendNote;
    }

    public void setSpendNote(String spendNote) {
        this.spendNote = spendNote;
    }
}
