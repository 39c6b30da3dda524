package org.tandem.marketing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.catalog.entity.Brand;
import org.tandem.catalog.entity.Product;
import org.tandem.marketing.entity.LaunchPlan;
import org.tandem.marketing.entity.LaunchStatus;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.UserAccount;
import org.tandem.segment.entity.Segment;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.control.Queries;
import org.tandem.shared.control.Rows;
import org.tandem.shared.control.Versions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Launch plans of brands: products, target segments, milestones with dates and owners, and their status. */
@Stateless
@RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER})
public class LaunchPlans {

    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name", "brand", "brand.code",
            "status", "status", "launchDate", "launchDate");

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

    /** Filters: {@code code}, {@code name} (contains), {@code status}, {@code brandId}. */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public Page<LaunchPlan> find(@NotNull PageRequest request) {
        LaunchStatus status = Arrays.stream(LaunchStatus.values()).filter(s -> s.name().equals(request.text("status")))
                .findFirst().orElse(null);
        return Queries.page(em, LaunchPlan.class, request, (cb, p) -> Queries.present(
                Queries.contains(cb, p.get("code"), request.text("code")),
                Queries.contains(cb, p.get("name"), request.text("name")),
                status == null ? null : cb.equal(p.get("status"), status),
                request.text("brandId") == null ? null
                        : cb.equal(p.get("brand").get("id"), Long.valueOf(request.text("brandId")))),
                SORTS, "launchDate", List.of("brand"));
    }

    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public LaunchPlan plan(long id) {
        LaunchPlan plan = Rows.found(em, LaunchPlan.class, id, "tandem.launch.notFound");
        // read here, while the transaction is open: the screen shows all of them
        plan.getMilestones().forEach(m -> m.getOwner().getUsername());
        plan.getProductList();
        plan.getSegmentList();
        return plan;
    }

    public LaunchPlan create(@NotNull @Valid LaunchPlanTerms terms) {
        String code = terms.code().trim().toUpperCase();
        if (!em.createQuery("select p.id from LaunchPlan p where p.code = :code", Long.class)
                .setParameter("code", code).getResultList().isEmpty()) {
            throw new RuleViolation("tandem.launch.codeTaken", code);
        }
        LaunchPlan plan = new LaunchPlan(code, terms.name(), Rows.found(em, Brand.class, terms.brandId(), "tandem.brand.notFound"),
                terms.launchDate());
        apply(plan, terms);
        em.persist(plan);
        em.flush();
        return plan;
    }

    public LaunchPlan update(long id, long expectedVersion, @NotNull @Valid LaunchPlanTerms terms) {
        LaunchPlan plan = version(id, expectedVersion);
        plan.describe(terms.name(), terms.launchDate(), terms.note());
        apply(plan, terms);
        return flushed(plan);
    }

    public LaunchPlan addMilestone(long id, long expectedVersion, @NotBlank @Size(max = 200) String title,
                                   @NotNull LocalDate dueDate, long ownerId) {
        LaunchPlan plan = version(id, expectedVersion);
        plan.addMilestone(title, dueDate, Rows.found(em, UserAccount.class, ownerId, "tandem.user.notFound"));
        return flushed(plan);
    }

    public LaunchPlan markMilestone(long id, long expectedVersion, long milestoneId, boolean done) {
        LaunchPlan plan = version(id, expectedVersion);
        plan.markMilestone(milestoneId, done, LocalDate.now(clock));
        return flushed(plan);
    }

    public LaunchPlan removeMilestone(long id, long expectedVersion, long milestoneId) {
        LaunchPlan plan = version(id, expectedVersion);
        plan.removeMilestone(milestoneId);
        return flushed(plan);
    }

    public LaunchPlan approve(long id, long expectedVersion) {
        LaunchPlan plan = version(id, expectedVersion);
        plan.approve();
        return flushed(plan);
    }

    public LaunchPlan launch(long id, long expectedVersion) {
        LaunchPlan plan = version(id, expectedVersion);
        plan.launch();
        return flushed(plan);
    }

    public LaunchPlan cancel(long id, long expectedVersion) {
        LaunchPlan plan = version(id, expectedVersion);
        plan.cancel();
        return flushed(plan);
    }

    /** Milestones of open plans (draft or approved) not done by their date. */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public long overdueMilestones() {
        return em.createQuery("select count(m) from LaunchMilestone m join m.plan p where m.done = false "
                        + "and m.dueDate < :today and p.status in :open", Long.class)
                .setParameter("today", LocalDate.now(clock))
                .setParameter("open", List.of(LaunchStatus.DRAFT, LaunchStatus.APPROVED))
                .getSingleResult();
    }

    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public List<Brand> brands() {
        return em.createQuery("select b from Brand b order by b.code", Brand.class).getResultList();
    }

    /** The active products of a brand, the ones a plan may launch. */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public List<Product> productsOf(long brandId) {
        return em.createQuery("select p from Product p where p.brand.id = :brand and p.active = true order by p.sku",
                Product.class).setParameter("brand", brandId).getResultList();
    }

    /** Who may own a milestone: enabled users, by name. */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public List<UserAccount> possibleOwners() {
        return em.createQuery("select u from UserAccount u where u.enabled = true order by u.username", UserAccount.class)
                .getResultList();
    }

    private void apply(LaunchPlan plan, LaunchPlanTerms terms) {
        Set<Product> products = new HashSet<>();
        terms.productIds().forEach(pid -> products.add(Rows.found(em, Product.class, pid, "tandem.pricing.unknownProduct")));
        Set<Segment> segments = new HashSet<>();
        terms.segmentIds().forEach(sid -> segments.add(Rows.found(em, Segment.class, sid, "tandem.segment.notFound")));
        plan.aim(products, segments);
        plan.describe(terms.name(), terms.launchDate(), terms.note());
    }

    private LaunchPlan version(long id, long expectedVersion) {
        LaunchPlan plan = Rows.found(em, LaunchPlan.class, id, "tandem.launch.notFound");
        Versions.require(plan.getVersion(), expectedVersion, plan.getCode());
        return plan;
    }

    private LaunchPlan flushed(LaunchPlan plan) {
        // a change to a milestone alone leaves the plan's row as it was; its version must still move
        em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return plan(plan.getId());
    }
}
