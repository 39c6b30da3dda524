package org.tandem.marketing.entity;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tandem.catalog.entity.Brand;
import org.tandem.catalog.entity.Product;
import org.tandem.organization.entity.UserAccount;
import org.tandem.segment.entity.Segment;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.IllegalMove;
import org.tandem.shared.entity.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Bringing products of a brand to market: which products, for which target segments, the milestones on the way
 * with their dates and owners, and where the plan stands. Its milestones change only through it, so the plan's
 * version covers them.
 */
@Entity
@Table(name = "launch_plan")
public class LaunchPlan {

    @Id
    @SequenceGenerator(name = "launch_plan_seq", sequenceName = "launch_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "launch_plan_seq")
    private Long id;

    @NotBlank
    @Size(max = 20)
    @Column(nullable = false, unique = true, updatable = false, length = 20)
    private String code;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "brand_id", nullable = false, updatable = false)
    private Brand brand;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LaunchStatus status = LaunchStatus.DRAFT;

    @Column(name = "launch_date", nullable = false)
    private LocalDate launchDate;

    @Size(max = 1000)
    @Column(length = 1000)
    private String note;

    @ManyToMany
    @JoinTable(name = "launch_plan_product", joinColumns = @JoinColumn(name = "launch_plan_id"),
            inverseJoinColumns = @JoinColumn(name = "product_id"))
    private Set<Product> products = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "launch_plan_segment", joinColumns = @JoinColumn(name = "launch_plan_id"),
            inverseJoinColumns = @JoinColumn(name = "segment_id"))
    private Set<Segment> segments = new HashSet<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueDate, id")
    private List<LaunchMilestone> milestones = new ArrayList<>();

    @Version
    private long version;

    protected LaunchPlan() {
    }

    public LaunchPlan(String code, String name, Brand brand, LocalDate launchDate) {
        this.code = Objects.requireNonNull(code);
        this.brand = Objects.requireNonNull(brand);
        describe(name, launchDate, null);
    }

    public final void describe(String newName, LocalDate newLaunchDate, String newNote) {
        requireChangeable();
        this.name = Objects.requireNonNull(newName).trim();
        this.launchDate = Objects.requireNonNull(newLaunchDate);
        this.note = Texts.blankToNull(newNote);
    }

    /** The products launched and the segments aimed at; every product must be of the plan's brand. */
    public void aim(Set<Product> newProducts, Set<Segment> newSegments) {
        requireChangeable();
        newProducts.stream().filter(p -> !p.getBrand().equals(brand)).findFirst().ifPresent(p -> {
            throw new RuleViolation("tandem.launch.productOfOtherBrand", p.getSku(), brand.getCode());
        });
        products.clear();
        products.addAll(newProducts);
        segments.clear();
        segments.addAll(newSegments);
    }

    public LaunchMilestone addMilestone(String title, LocalDate dueDate, UserAccount owner) {
        requireChangeable();
        LaunchMilestone milestone = new LaunchMilestone(this, title, dueDate, owner);
        milestones.add(milestone);
        return milestone;
    }

    /** Marks a milestone done (on {@code day}) or not done again; allowed until the plan is launched or cancelled. */
    public void markMilestone(long milestoneId, boolean done, LocalDate day) {
        requireChangeable();
        milestone(milestoneId).mark(done, day);
    }

    public void removeMilestone(long milestoneId) {
        requireChangeable();
        milestones.remove(milestone(milestoneId));
    }

    public void approve() {
        IllegalMove.unless(status == LaunchStatus.DRAFT, code, status, "tandem.action.approve");
        status = LaunchStatus.APPROVED;
    }

    /** Launched when every milestone is done. */
    public void launch() {
        IllegalMove.unless(status == LaunchStatus.APPROVED, code, status, "tandem.action.launch");
        long open = milestones.stream().filter(m -> !m.isDone()).count();
        if (open > 0) {
            throw new RuleViolation("tandem.launch.milestonesOpen", code, open);
        }
        status = LaunchStatus.LAUNCHED;
    }

    public void cancel() {
        IllegalMove.unless(status == LaunchStatus.DRAFT || status == LaunchStatus.APPROVED, code, status,
                "tandem.action.cancel");
        status = LaunchStatus.CANCELLED;
    }

    /** Milestones not done whose date has passed. */
    public long overdueOn(LocalDate day) {
        return milestones.stream().filter(m -> m.isOverdueOn(day)).count();
    }

    private LaunchMilestone milestone(long milestoneId) {
        return milestones.stream().filter(m -> m.getId() != null && m.getId() == milestoneId).findFirst()
                .orElseThrow(() -> new RuleViolation("tandem.launch.milestoneNotFound", milestoneId, code));
    }

    private void requireChangeable() {
        if (status == LaunchStatus.LAUNCHED || status == LaunchStatus.CANCELLED) {
            throw new RuleViolation("tandem.launch.closed", code, status);
        }
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

    public Brand getBrand() {
        return brand;
    }

    public LaunchStatus getStatus() {
        return status;
    }

    public LocalDate getLaunchDate() {
        return launchDate;
    }

    public String getNote() {
        return note;
    }

    public Set<Product> getProducts() {
        return Set.copyOf(products);
    }

    public List<Product> getProductList() {
        return products.stream().sorted(Comparator.comparing(Product::getSku)).toList();
    }

    public Set<Segment> getSegments() {
        return Set.copyOf(segments);
    }

    public List<Segment> getSegmentList() {
        return segments.stream().sorted(Comparator.comparing(Segment::getCode)).toList();
    }

    public List<LaunchMilestone> getMilestones() {
        return milestones.stream().sorted(Comparator.comparing(LaunchMilestone::getDueDate)
                .thenComparing(m -> m.getId() == null ? Long.MAX_VALUE : m.getId())).toList();
    }

    public long getVersion() {
        return version;
    }
}
