package org.tandem.segment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.catalog.entity.Brand;
import org.tandem.customer.entity.Customer;
import org.tandem.order.entity.OrderStatus;
import org.tandem.order.entity.SalesOrder;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.segment.control.SegmentCriteria;
import org.tandem.segment.entity.Positioning;
import org.tandem.segment.entity.Segment;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.control.Queries;
import org.tandem.shared.control.Rows;
import org.tandem.shared.control.Versions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Marketing's segments: criteria over customers whose members are counted and listed live by the database, the
 * target mark, positioning statements per brand and segment, and the sales of an audience (for campaigns).
 * Marketing sees every customer here: segments describe the market, not a rep's book.
 */
@Stateless
@RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER})
public class Segments {

    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name", "target", "target",
            "customerKind", "customerKind", "channel", "channel", "territory", "territory.code");
    private static final Map<String, String> MEMBER_SORTS = Map.of("code", "code", "name", "name", "kind", "kind",
            "channel", "channel", "territory", "territory.code", "customerGroup", "customerGroup");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    /** Filters: {@code code}, {@code name} (contains), {@code target} (true/false). */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public Page<Segment> find(@NotNull PageRequest request) {
        return Queries.page(em, Segment.class, request, (cb, s) -> Queries.present(
                Queries.contains(cb, s.get("code"), request.text("code")),
                Queries.contains(cb, s.get("name"), request.text("name")),
                request.text("target") == null ? null : cb.equal(s.get("target"), Boolean.valueOf(request.text("target")))),
                SORTS, "code");
    }

    /** The segments marketing aims at; the sales force reads them to see whom campaigns and promotions are for. */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER,
            Role.Names.SALES_REP, Role.Names.SALES_MANAGER})
    public List<Segment> targets() {
        return em.createQuery("select s from Segment s where s.target = true order by s.code", Segment.class)
                .getResultList();
    }

    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public List<Segment> all() {
        return em.createQuery("select s from Segment s order by s.code", Segment.class).getResultList();
    }

    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public Segment segment(long id) {
        return Rows.found(em, Segment.class, id, "tandem.segment.notFound");
    }

    public Segment create(@NotNull @Valid SegmentTerms terms) {
        requireFreeCode(terms.code(), null);
        Segment segment = new Segment(terms.code().trim().toUpperCase(), terms.name().trim());
        describe(segment, terms);
        em.persist(segment);
        em.flush();
        return segment;
    }

    public Segment update(long id, long expectedVersion, @NotNull @Valid SegmentTerms terms) {
        Segment segment = segment(id);
        Versions.require(segment.getVersion(), expectedVersion, segment.getCode());
        requireFreeCode(terms.code(), id);
        segment.rename(terms.code().trim().toUpperCase(), terms.name().trim());
        describe(segment, terms);
        em.flush();
        return segment;
    }

    /** The customers who meet the segment's criteria today. Filters: {@code code}, {@code name} (contains). */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public Page<Customer> members(long segmentId, @NotNull PageRequest request) {
        Segment segment = segment(segmentId);
        LocalDate today = LocalDate.now(clock);
        return Queries.page(em, Customer.class, request, (Queries.SubqueryFilters<Customer>) (cb, query, c) -> {
            List<Predicate> all = new ArrayList<>(Queries.present(
                    Queries.contains(cb, c.get("code"), request.text("code")),
                    Queries.contains(cb, c.get("name"), request.text("name"))));
            all.add(SegmentCriteria.member(cb, query, c, segment, today));
            return all;
        }, MEMBER_SORTS, "code");
    }

    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public long memberCount(long segmentId) {
        return members(segmentId, PageRequest.firstPage(1)).total();
    }

    /** The territories a segment or a campaign may name, by code. */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public List<Territory> territories() {
        return em.createQuery("select t from Territory t where t.active = true order by t.code", Territory.class)
                .getResultList();
    }

    // ---- positioning ----

    /** The statements written for a brand, one per segment that has one. */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public List<Positioning> positioning(long brandId) {
        return em.createQuery("select p from Positioning p join fetch p.segment s where p.brand.id = :brand "
                + "order by s.code", Positioning.class).setParameter("brand", brandId).getResultList();
    }

    /**
     * Writes the brand's statement for a segment: a new one, or a new version of the one the user saw
     * ({@code expectedVersion}, ignored when there is none yet).
     */
    public Positioning position(long brandId, long segmentId, long expectedVersion,
                                @NotBlank @Size(max = 2000) String statement) {
        Brand brand = Rows.found(em, Brand.class, brandId, "tandem.brand.notFound");
        Segment segment = segment(segmentId);
        Positioning existing = em.createQuery("select p from Positioning p where p.brand = :brand and p.segment = :segment",
                        Positioning.class).setParameter("brand", brand).setParameter("segment", segment)
                .getResultStream().findFirst().orElse(null);
        String author = session.getCallerPrincipal().getName();
        if (existing == null) {
            existing = new Positioning(brand, segment, statement, author);
            em.persist(existing);
        } else {
            Versions.require(existing.getVersion(), expectedVersion, brand.getCode() + " / " + segment.getCode());
            existing.rewrite(statement, author);
        }
        em.flush();
        return existing;
    }

    // ---- sales of an audience ----

    /**
     * Net order value per day of the audience's orders dated {@code from}–{@code thru} (both included) in one
     * currency: orders that went beyond a draft and were not cancelled, whatever happened to them since.
     */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public List<DailySales> salesByDay(@NotNull Audience audience, @NotNull LocalDate from, @NotNull LocalDate thru,
                                       @NotNull String currency) {
        LocalDate today = LocalDate.now(clock);
        List<Segment> segments = audience.segmentIds().stream().map(this::segment).toList();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<DailySales> query = cb.createQuery(DailySales.class);
        Root<SalesOrder> order = query.from(SalesOrder.class);
        Join<SalesOrder, Customer> customer = order.join("customer");
        Path<LocalDate> day = order.get("orderedOn");
        List<Predicate> where = new ArrayList<>(List.of(
                cb.not(order.get("status").in(OrderStatus.DRAFT, OrderStatus.CANCELLED)),
                cb.between(day, from, thru),
                cb.equal(order.get("currency"), currency)));
        if (!audience.isEveryone()) {
            List<Predicate> anyOf = new ArrayList<>();
            segments.forEach(s -> anyOf.add(SegmentCriteria.member(cb, query, customer, s, today)));
            audience.territoryIds().forEach(t -> anyOf.add(SegmentCriteria.inTerritory(cb, query, customer, t)));
            where.add(cb.or(anyOf.toArray(Predicate[]::new)));
        }
        query.select(cb.construct(DailySales.class, day, cb.sum(order.<BigDecimal>get("netTotal"))))
                .where(where.toArray(Predicate[]::new)).groupBy(day).orderBy(cb.asc(day));
        return em.createQuery(query).getResultList();
    }

    private void describe(Segment segment, SegmentTerms terms) {
        if (terms.minRevenue() != null && terms.maxRevenue() != null
                && terms.maxRevenue().compareTo(terms.minRevenue()) < 0) {
            throw new RuleViolation("tandem.segment.revenueReversed", terms.minRevenue(), terms.maxRevenue());
        }
        Territory territory = null;
        if (terms.territoryId() != null) {
            territory = em.find(Territory.class, terms.territoryId());
            if (territory == null) {
                throw new RuleViolation("tandem.territory.notFound", terms.territoryId());
            }
        }
        String group = terms.customerGroup() == null || terms.customerGroup().isBlank() ? null
                : terms.customerGroup().trim().toUpperCase();
        segment.select(terms.customerKind(), terms.channel(), territory, group, terms.minRevenue(), terms.maxRevenue());
        segment.markTarget(terms.target());
    }

    private void requireFreeCode(String code, Long self) {
        List<Long> holders = em.createQuery("select s.id from Segment s where s.code = :code", Long.class)
                .setParameter("code", code.trim().toUpperCase()).getResultList();
        if (holders.stream().anyMatch(id -> !id.equals(self))) {
            throw new RuleViolation("tandem.segment.codeTaken", code);
        }
    }
}
