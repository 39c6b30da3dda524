package org.tandem.marketing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.control.CustomerScope;
import org.tandem.customer.entity.Customer;
import org.tandem.marketing.entity.Competitor;
import org.tandem.marketing.entity.CompetitorProduct;
import org.tandem.marketing.entity.PriceObservation;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.control.Queries;
import org.tandem.shared.control.Rows;
import org.tandem.shared.control.Versions;
import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Competitors, their products, and the prices and promotions seen in the field, with the average observed price
 * per territory and month. Reps record what they see in their own territories; marketing keeps the rest.
 * {@link #observe} is the door for other components (a survey's observed-price answers).
 */
@Stateless
@RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER})
public class CompetitorIntelligence {

    /** Prices are observed in the company's currency. */
    static final String CURRENCY = "CNY";

    private static final Map<String, String> SORTS = Map.of("observedOn", "observedOn", "territory", "territory.code",
            "product", "product.name", "competitor", "product.competitor.name", "price", "price.amount",
            "observedBy", "observedBy");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER,
            Role.Names.SALES_REP, Role.Names.SALES_MANAGER})
    public List<Competitor> competitors() {
        return em.createQuery("select c from Competitor c order by c.name", Competitor.class).getResultList();
    }

    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER,
            Role.Names.SALES_REP, Role.Names.SALES_MANAGER})
    public List<CompetitorProduct> products() {
        return em.createQuery("select p from CompetitorProduct p join fetch p.competitor c left join fetch p.ourProduct "
                + "order by c.name, p.name", CompetitorProduct.class).getResultList();
    }

    /** The territories the caller may record observations in: marketing anywhere, the sales force its own. */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.SALES_REP, Role.Names.SALES_MANAGER})
    public List<Territory> observationTerritories() {
        boolean field = !session.isCallerInRole(Role.Names.MARKETING) && !session.isCallerInRole(Role.Names.MARKETING_MANAGER);
        if (!field) {
            return em.createQuery("select t from Territory t where t.active = true order by t.code", Territory.class)
                    .getResultList();
        }
        return em.createQuery("select t from Territory t where t.id in :ids order by t.code", Territory.class)
                .setParameter("ids", CustomerScope.of(em, session).territoryIds()).getResultList();
    }

    /** Creates a competitor ({@code id} null) or changes the version the user saw. */
    public Competitor saveCompetitor(Long id, long expectedVersion, @NotBlank @Size(max = 100) String name,
                                     @Size(max = 500) String note) {
        List<Long> holders = em.createQuery("select c.id from Competitor c where c.name = :name", Long.class)
                .setParameter("name", name.trim()).getResultList();
        if (holders.stream().anyMatch(h -> !h.equals(id))) {
            throw new RuleViolation("tandem.competitor.nameTaken", name.trim());
        }
        Competitor competitor;
        if (id == null) {
            competitor = new Competitor(name, note);
            em.persist(competitor);
        } else {
            competitor = Rows.found(em, Competitor.class, id, "tandem.competitor.notFound");
            Versions.require(competitor.getVersion(), expectedVersion, competitor.getName());
            competitor.describe(name, note);
        }
        em.flush();
        return competitor;
    }

    /** Creates a competitor's product ({@code id} null) or changes it; {@code ourProductId} is what it competes with. */
    public CompetitorProduct saveProduct(Long id, long expectedVersion, long competitorId,
                                         @NotBlank @Size(max = 120) String name, Long ourProductId) {
        Product ours = ourProductId == null ? null : Rows.found(em, Product.class, ourProductId, "tandem.pricing.unknownProduct");
        CompetitorProduct product;
        if (id == null) {
            product = new CompetitorProduct(Rows.found(em, Competitor.class, competitorId, "tandem.competitor.notFound"), name, ours);
            em.persist(product);
        } else {
            product = Rows.found(em, CompetitorProduct.class, id, "tandem.competitor.productNotFound");
            Versions.require(product.getVersion(), expectedVersion, product.getName());
            product.describe(name, ours);
        }
        em.flush();
        return product;
    }

    /**
     * Records a price seen in the field. The sales force records only in territories (and at customers) it
     * sees; a territory or customer out of its sight is refused like one that does not exist.
     */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.SALES_REP, Role.Names.SALES_MANAGER})
    public PriceObservation observe(@NotNull @Valid ObservationEntry entry) {
        CompetitorProduct product = Rows.found(em, CompetitorProduct.class, entry.competitorProductId(),
                "tandem.competitor.productNotFound");
        Territory territory = em.find(Territory.class, entry.territoryId());
        boolean field = !session.isCallerInRole(Role.Names.MARKETING) && !session.isCallerInRole(Role.Names.MARKETING_MANAGER);
        CustomerScope scope = CustomerScope.of(em, session);
        if (territory == null || field && !scope.seesEverything() && !scope.territoryIds().contains(territory.getId())) {
            throw new RuleViolation("tandem.territory.notFound", entry.territoryId());
        }
        Customer customer = null;
        if (entry.customerId() != null) {
            customer = field ? scope.customer(entry.customerId())
                    : Rows.found(em, Customer.class, entry.customerId(), "tandem.customer.notVisible");
            if (!customer.getTerritory().equals(territory)) {
                throw new RuleViolation("tandem.observation.customerElsewhere", customer.getCode(), territory.getCode());
            }
        }
        PriceObservation observation = new PriceObservation(product, entry.observedOn(), territory, customer,
                entry.outlet(), Money.of(entry.price(), CURRENCY), entry.promotion(),
                session.getCallerPrincipal().getName(), OffsetDateTime.now());
        em.persist(observation);
        em.flush();
        return observation;
    }

    /**
     * Filters: {@code territoryId}, {@code competitorId}, {@code competitorProductId}, {@code from}, {@code thru}
     * (dates), {@code product} (name contains), {@code observedBy}.
     */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public Page<PriceObservation> findObservations(@NotNull PageRequest request) {
        return Queries.page(em, PriceObservation.class, request, (cb, o) -> {
            List<Predicate> all = new ArrayList<>(restrictions(cb, o, request));
            Predicate name = Queries.contains(cb, o.get("product").get("name"), request.text("product"));
            Predicate by = Queries.contains(cb, o.get("observedBy"), request.text("observedBy"));
            all.addAll(Queries.present(name, by));
            return all;
        }, SORTS, "observedOn", List.of("product", "product.competitor", "territory", "customer"));
    }

    /**
     * The average observed price per territory and month, oldest month first; the same filters as
     * {@link #findObservations} except the texts. Days are summed by the database, months folded here.
     */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public List<TrendPoint> trend(@NotNull PageRequest filters) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Object[].class);
        Root<PriceObservation> o = query.from(PriceObservation.class);
        var territory = o.join("territory");
        query.multiselect(territory.get("id"), territory.get("name"), o.get("observedOn"),
                        cb.sum(o.get("price").<BigDecimal>get("amount")), cb.count(o))
                .where(restrictions(cb, o, filters).toArray(Predicate[]::new))
                .groupBy(territory.get("id"), territory.get("name"), o.get("observedOn"));
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        Map<String, Object[]> keys = new TreeMap<>();
        for (Object[] row : em.createQuery(query).getResultList()) {
            YearMonth month = YearMonth.from((LocalDate) row[2]);
            String key = month + "|" + row[1] + "|" + row[0];
            keys.putIfAbsent(key, new Object[]{row[0], row[1], month});
            sums.merge(key, (BigDecimal) row[3], BigDecimal::add);
            counts.computeIfAbsent(key, k -> new long[1])[0] += ((Number) row[4]).longValue();
        }
        List<TrendPoint> points = new ArrayList<>();
        keys.forEach((key, k) -> points.add(new TrendPoint((Long) k[0], (String) k[1], (YearMonth) k[2],
                sums.get(key).divide(BigDecimal.valueOf(counts.get(key)[0]), 2, RoundingMode.HALF_UP), counts.get(key)[0])));
        return points;
    }

    private static List<Predicate> restrictions(CriteriaBuilder cb, Root<PriceObservation> o, PageRequest request) {
        return Queries.present(
                id(request, "territoryId") == null ? null : cb.equal(o.get("territory").get("id"), id(request, "territoryId")),
                id(request, "competitorId") == null ? null
                        : cb.equal(o.get("product").get("competitor").get("id"), id(request, "competitorId")),
                id(request, "competitorProductId") == null ? null
                        : cb.equal(o.get("product").get("id"), id(request, "competitorProductId")),
                request.text("from") == null ? null
                        : cb.greaterThanOrEqualTo(o.get("observedOn"), LocalDate.parse(request.text("from"))),
                request.text("thru") == null ? null
                        : cb.lessThanOrEqualTo(o.get("observedOn"), LocalDate.parse(request.text("thru"))));
    }

    private static Long id(PageRequest request, String key) {
        String text = request.text(key);
        return text == null ? null : Long.valueOf(text);
    }
}
