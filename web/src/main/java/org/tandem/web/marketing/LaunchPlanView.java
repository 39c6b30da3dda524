package org.tandem.web.marketing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.catalog.entity.Brand;
import org.tandem.catalog.entity.Product;
import org.tandem.marketing.boundary.LaunchPlanTerms;
import org.tandem.marketing.boundary.LaunchPlans;
import org.tandem.marketing.entity.LaunchMilestone;
import org.tandem.marketing.entity.LaunchPlan;
import org.tandem.marketing.entity.LaunchStatus;
import org.tandem.organization.entity.UserAccount;
import org.tandem.segment.boundary.Segments;
import org.tandem.segment.entity.Segment;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

/** One launch plan: products, target segments, milestones with owners (overdue ones flagged) and its status. */
@Named
@ViewScoped
public class LaunchPlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LaunchPlans launches;

    @EJB
    Segments segments;

    @Inject
    Feedback feedback;

    private Long id;
    private Long brandId;
    private LaunchPlan plan;
    private String refusal;
    private List<Brand> brands;
    private List<Product> products = List.of();
    private List<Segment> allSegments;
    private List<UserAccount> owners;

    private String code;
    private String name;
    private LocalDate launchDate;
    private String note;
    private List<Long> productIds = new ArrayList<>();
    private List<Long> segmentIds = new ArrayList<>();

    private String milestoneTitle;
    private LocalDate milestoneDue;
    private Long milestoneOwnerId;

    public void load() {
        brands = launches.brands();
        allSegments = segments.all();
        owners = launches.possibleOwners();
        try {
            if (id != null) {
                show(launches.plan(id));
            } else {
                brandChosen();
            }
        } catch (RuleViolation violation) {
            refusal = feedback.text(violation.getKey(), violation.getArguments());
        }
    }

    public void brandChosen() {
        products = brandId == null ? List.of() : launches.productsOf(brandId);
    }

    public void save() {
        LaunchPlanTerms terms = new LaunchPlanTerms(code, name, brandId, launchDate, note, new HashSet<>(productIds),
                new HashSet<>(segmentIds));
        try {
            boolean created = plan == null;
            show(created ? launches.create(terms) : launches.update(plan.getId(), plan.getVersion(), terms));
            feedback.info(created ? "launch.created" : "launch.saved", plan.getCode());
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    public void addMilestone() {
        if (step(p -> launches.addMilestone(p.getId(), p.getVersion(), milestoneTitle, milestoneDue, milestoneOwnerId))) {
            milestoneTitle = null;
            milestoneDue = null;
        }
    }

    public void toggle(LaunchMilestone milestone) {
        step(p -> launches.markMilestone(p.getId(), p.getVersion(), milestone.getId(), !milestone.isDone()));
    }

    public void remove(LaunchMilestone milestone) {
        step(p -> launches.removeMilestone(p.getId(), p.getVersion(), milestone.getId()));
    }

    public void approve() {
        step(p -> launches.approve(p.getId(), p.getVersion()));
    }

    public void launch() {
        step(p -> launches.launch(p.getId(), p.getVersion()));
    }

    public void cancel() {
        step(p -> launches.cancel(p.getId(), p.getVersion()));
    }

    private boolean step(Function<LaunchPlan, LaunchPlan> change) {
        try {
            show(change.apply(plan));
            return true;
        } catch (RuleViolation violation) {
            feedback.refused(violation);
            return false;
        }
    }

    private void show(LaunchPlan shown) {
        plan = shown;
        id = shown.getId();
        brandId = shown.getBrand().getId();
        code = shown.getCode();
        name = shown.getName();
        launchDate = shown.getLaunchDate();
        note = shown.getNote();
        productIds = new ArrayList<>(shown.getProductList().stream().map(Product::getId).toList());
        segmentIds = new ArrayList<>(shown.getSegmentList().stream().map(Segment::getId).toList());
        brandChosen();
    }

    public boolean overdue(LaunchMilestone milestone) {
        return milestone.isOverdueOn(LocalDate.now());
    }

    public boolean isChangeable() {
        return plan == null || plan.getStatus() == LaunchStatus.DRAFT || plan.getStatus() == LaunchStatus.APPROVED;
    }

    public LaunchPlan getPlan() {
        return plan;
    }

    public String getRefusal() {
        return refusal;
    }

    public List<Brand> getBrands() {
        return brands;
    }

    public List<Product> getProducts() {
        return products;
    }

    public List<Segment> getAllSegments() {
        return allSegments;
    }

    public List<UserAccount> getOwners() {
        return owners;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getBrandId() {
        return brandId;
    }

    public void setBrandId(Long brandId) {
        this.brandId = brandId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getLaunchDate() {
        return launchDate;
    }

    public void setLaunchDate(LocalDate launchDate) {
        this.launchDate = launchDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<Long> getProductIds() {
        return productIds;
    }

    public void setProductIds(List<Long> productIds) {
        this.productIds = productIds;
    }

    public List<Long> getSegmentIds() {
        return segmentIds;
    }

    public void setSegmentIds(List<Long> segmentIds) {
        this.segmentIds = segmentIds;
    }

    public String getMilestoneTitle() {
        return milestoneTitle;
    }

    public void setMilestoneTitle(String milestoneTitle) {
        this.milestoneTitle = milestoneTitle;
    }

    public LocalDate getMilestoneDue() {
        return milestoneDue;
    }

    public void setMilestoneDue(LocalDate milestoneDue) {
        this.milestoneDue = milestoneDue;
    }

    public Long getMilestoneOwnerId() {
        return milestoneOwnerId;
    }

    public void setMilestoneOwnerId(Long milestoneOwnerId) {
        this.milestoneOwnerId = milestoneOwnerId;
    }
}
