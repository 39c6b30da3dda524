package org.tandem.web.promotion;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.organization.entity.Role;
import org.tandem.promotion.boundary.Choice;
import org.tandem.promotion.boundary.PromotionRequests;
import org.tandem.promotion.boundary.PromotionResult;
import org.tandem.promotion.boundary.PromotionResults;
import org.tandem.promotion.boundary.PromotionTerms;
import org.tandem.promotion.entity.PromotionKind;
import org.tandem.promotion.entity.PromotionRequest;
import org.tandem.promotion.entity.PromotionStatus;
import org.tandem.promotion.entity.PromotionStep;
import org.tandem.promotion.entity.StepPurpose;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.pricing.ProductChoice;
import org.tandem.web.sales.CustomerChoice;
import org.tandem.web.sales.SalesDesk;
import org.tandem.web.shell.Feedback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One promotion request ({@code request.xhtml?id=…}): its facts, its steps with how long each took, the moves the
 * user may make, and expected against actual; without an id, the form a rep files a new one with.
 */
@Named
@ViewScoped
public class PromotionRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PromotionRequests requests;

    @EJB
    PromotionResults results;

    @Inject
    Feedback feedback;

    @Inject
    SalesDesk desk;

    private Long id;
    private PromotionRequest request;
    private PromotionResult result;
    private RuleViolation refusal;
    private String comment;

    // the form of a new request
    private PromotionKind kind = PromotionKind.DISCOUNT;
    private Long campaignId;
    private List<CustomerChoice> customers = new ArrayList<>();
    private List<ProductChoice> products = new ArrayList<>();
    private Long brandId;
    private LocalDate fromDate = LocalDate.now();
    private LocalDate thruDate = LocalDate.now().plusDays(30);
    private BigDecimal percentOff;
    private BigDecimal expectedQuantity;
    private BigDecimal cost;
    private String reason;
    private List<Choice> campaigns;
    private List<Choice> brands;

    public void load() {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            show(requests.request(id));
        } catch (RuleViolation violation) {
            refusal = violation;
        }
    }

    private void show(PromotionRequest shown) {
        request = shown;
        comment = null;
        result = shown.getCommitted().signum() > 0 || shown.getStatus() == PromotionStatus.APPROVED
                ? results.forRequest(shown.getId()) : null;
    }

    public void file() {
        try {
            PromotionRequest filed = requests.file(new PromotionTerms(kind, campaignId,
                    customers.stream().map(CustomerChoice::id).collect(Collectors.toSet()),
                    products.stream().map(ProductChoice::id).collect(Collectors.toSet()), brandId, fromDate, thruDate,
                    kind == PromotionKind.DISCOUNT ? percentOff : null, expectedQuantity, cost, reason));
            feedback.info("promotion.filed", filed.getNumber());
            desk.open("/promotion/request", filed.getId());
        } catch (RuleViolation violation) {
            desk.refused(violation);
        }
    }

    public void approve() {
        move(() -> requests.approve(request.getId(), request.getVersion(), comment), "promotion.approvedNow");
    }

    public void reject() {
        move(() -> requests.reject(request.getId(), request.getVersion(), comment), "promotion.rejectedNow");
    }

    public void favour() {
        move(() -> requests.giveOpinion(request.getId(), request.getVersion(), true, comment), "promotion.opinionGiven");
    }

    public void disfavour() {
        move(() -> requests.giveOpinion(request.getId(), request.getVersion(), false, comment), "promotion.opinionGiven");
    }

    public void contest() {
        move(() -> requests.contest(request.getId(), request.getVersion(), comment), "promotion.contestedNow");
    }

    public void cancel() {
        move(() -> requests.cancel(request.getId(), request.getVersion(), comment), "promotion.cancelledNow");
    }

    private void move(Supplier<PromotionRequest> change, String done) {
        try {
            show(change.get());
            feedback.info(done, request.getNumber());
        } catch (RuleViolation violation) {
            if (desk.refused(violation)) {
                show(requests.request(request.getId()));
            }
        }
    }

    // ---- what the user may do ----

    private boolean inRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    private boolean openPurpose(StepPurpose... purposes) {
        return request != null && requests.mayAct(request) && request.openStep()
                .map(step -> List.of(purposes).contains(step.getPurpose())).orElse(false);
    }

    public boolean isMayDecide() {
        return openPurpose(StepPurpose.DECISION, StepPurpose.ARBITRATION);
    }

    public boolean isMayGiveOpinion() {
        return openPurpose(StepPurpose.OPINION);
    }

    public boolean isMayContest() {
        return request != null && request.isContestable() && inRole(Role.Names.SALES_MANAGER);
    }

    public boolean isMayCancel() {
        if (request == null) {
            return false;
        }
        boolean approver = inRole(Role.Names.SALES_MANAGER) || inRole(Role.Names.MARKETING)
                || inRole(Role.Names.MARKETING_MANAGER) || inRole(Role.Names.GENERAL_MANAGER);
        return request.getStatus() == PromotionStatus.APPROVED && approver
                || request.getStatus() == PromotionStatus.IN_APPROVAL
                && (approver || request.getFiledBy().equals(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()));
    }

    public boolean isMayFile() {
        return inRole(Role.Names.SALES_REP) || inRole(Role.Names.SALES_MANAGER);
    }

    public boolean isDiscount() {
        return kind == PromotionKind.DISCOUNT;
    }

    public boolean overdue() {
        return request.isOverdue(OffsetDateTime.now(), requests.overdueHours());
    }

    /** How long a step took (or has been open): "2 d 3 h", "45 min". */
    public String took(PromotionStep step) {
        Duration took = step.took(OffsetDateTime.now());
        long days = took.toDays();
        long hours = took.toHoursPart();
        if (days > 0) {
            return feedback.text("promotion.took.days", days, hours);
        }
        return hours > 0 ? feedback.text("promotion.took.hours", hours, took.toMinutesPart())
                : feedback.text("promotion.took.minutes", Math.max(0, took.toMinutesPart()));
    }

    public String customerNames() {
        return request.getCustomers().stream().sorted(Comparator.comparing(c -> c.getCode()))
                .map(c -> c.getCode() + " · " + c.getName()).collect(Collectors.joining(", "));
    }

    public String productNames() {
        String products = request.getProducts().stream().sorted(Comparator.comparing(p -> p.getSku()))
                .map(p -> p.getSku() + " · " + p.getName()).collect(Collectors.joining(", "));
        String brand = request.getBrand() == null ? "" : feedback.text("promotion.wholeBrand", request.getBrand().getName());
        return products.isEmpty() ? brand : brand.isEmpty() ? products : products + "; " + brand;
    }

    /** A Chart.js bar chart of expected against actual volume. */
    public String getChart() {
        String expected = feedback.text("promotion.expectedQuantity").replace("\"", "'");
        String actual = feedback.text("promotion.results.actualQuantity").replace("\"", "'");
        return "{\"type\":\"bar\",\"data\":{\"labels\":[\"" + expected + "\",\"" + actual + "\"],"
                + "\"datasets\":[{\"data\":[" + result.getExpectedQuantity().toPlainString() + ","
                + result.getActualQuantity().toPlainString() + "],\"backgroundColor\":[\"#90a4ae\",\"#2e7d32\"]}]},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
                + "\"indexAxis\":\"y\",\"plugins\":{\"legend\":{\"display\":false}},"
                + "\"scales\":{\"x\":{\"beginAtZero\":true}}}}";
    }

    public List<Choice> getCampaigns() {
        if (campaigns == null) {
            campaigns = requests.openCampaigns();
        }
        return campaigns;
    }

    public List<Choice> getBrands() {
        if (brands == null) {
            brands = requests.brands();
        }
        return brands;
    }

    public PromotionKind[] getKinds() {
        return PromotionKind.values();
    }

    // ---- getters and setters ----

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PromotionRequest getRequest() {
        return request;
    }

    public PromotionResult getResult() {
        return result;
    }

    public RuleViolation getRefusal() {
        return refusal;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public PromotionKind getKind() {
        return kind;
    }

    public void setKind(PromotionKind kind) {
        this.kind = kind;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public List<CustomerChoice> getCustomers() {
        return customers;
    }

    public void setCustomers(List<CustomerChoice> customers) {
        this.customers = customers;
    }

    public List<ProductChoice> getProducts() {
        return products;
    }

    public void setProducts(List<ProductChoice> products) {
        this.products = products;
    }

    public Long getBrandId() {
        return brandId;
    }

    public void setBrandId(Long brandId) {
        this.brandId = brandId;
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

    public BigDecimal getPercentOff() {
        return percentOff;
    }

    public void setPercentOff(BigDecimal percentOff) {
        this.percentOff = percentOff;
    }

    public BigDecimal getExpectedQuantity() {
        return expectedQuantity;
    }

    public void setExpectedQuantity(BigDecimal expectedQuantity) {
        this.expectedQuantity = expectedQuantity;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
