package org.tandem.marketing;

import jakarta.ejb.SessionContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.entity.Channel;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.marketing.boundary.CompetitorIntelligence;
import org.tandem.marketing.boundary.LaunchPlanTerms;
import org.tandem.marketing.boundary.LaunchPlans;
import org.tandem.marketing.boundary.ObservationEntry;
import org.tandem.marketing.boundary.TrendPoint;
import org.tandem.marketing.entity.CompetitorProduct;
import org.tandem.marketing.entity.LaunchPlan;
import org.tandem.marketing.entity.LaunchStatus;
import org.tandem.organization.entity.Role;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.testing.Beans;
import org.tandem.testing.Callers;
import org.tandem.testing.Market;
import org.tandem.testing.MigratedDatabase;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Launch plans with milestones (overdue flagged, launch only when all are done) and the competitor price trend. */
class LaunchPlanAndCompetitorTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock MARCH_10 = Clock.fixed(LocalDate.of(2026, 3, 10).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private static final SessionContext MARKETING = Callers.as("mei", Role.Names.MARKETING);
    private static final SessionContext REP = Callers.as("wei", Role.Names.SALES_REP);

    private static MigratedDatabase db;
    private static Market market;
    private static Customer pudongShop;
    private static Customer beijingShop;
    private static Product otherBrandsProduct;

    @BeforeAll
    static void market() {
        db = MigratedDatabase.create("launch-competitors");
        db.inTransaction(em -> {
            market = Market.build(em);
            pudongShop = market.customer("PD-S1", CustomerKind.RETAIL_OUTLET, market.pudong, Channel.TRADITIONAL_TRADE, null);
            beijingShop = market.customer("CY-S1", CustomerKind.RETAIL_OUTLET, market.chaoyang, Channel.TRADITIONAL_TRADE, null);
            org.tandem.catalog.entity.Brand beer = new org.tandem.catalog.entity.Brand("HW", "海湾", "BEER");
            em.persist(beer);
            otherBrandsProduct = new Product("HW-330", "海湾 330ml", beer, "CAN", 24, null, new BigDecimal("0.13"));
            em.persist(otherBrandsProduct);
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aLaunchPlanFlagsOverdueMilestonesAndLaunchesOnlyWhenAllAreDone() {
        LaunchPlan plan = launches(l -> l.create(new LaunchPlanTerms("L-2026", "Red star 500 relaunch",
                market.brand.getId(), LocalDate.of(2026, 4, 1), null, Set.of(market.product.getId()), Set.of())));
        LaunchPlan one = launches(l -> l.addMilestone(plan.getId(), plan.getVersion(), "Listing at key accounts",
                LocalDate.of(2026, 3, 1), market.planner.getId()));
        LaunchPlan two = launches(l -> l.addMilestone(plan.getId(), one.getVersion(), "Launch event",
                LocalDate.of(2026, 3, 31), market.planner.getId()));
        assertEquals(1L, two.overdueOn(LocalDate.of(2026, 3, 10)));
        assertEquals(1L, (long) launches(LaunchPlans::overdueMilestones));

        LaunchPlan approved = launches(l -> l.approve(plan.getId(), two.getVersion()));
        assertEquals("tandem.launch.milestonesOpen", assertThrows(RuleViolation.class,
                () -> launches(l -> l.launch(plan.getId(), approved.getVersion()))).getKey());
        LaunchPlan done = approved;
        for (long milestoneId : approved.getMilestones().stream().map(m -> m.getId()).toList()) {
            long version = done.getVersion();
            done = launches(l -> l.markMilestone(plan.getId(), version, milestoneId, true));
        }
        assertEquals(0L, (long) launches(LaunchPlans::overdueMilestones));
        long version = done.getVersion();
        assertEquals(LaunchStatus.LAUNCHED, launches(l -> l.launch(plan.getId(), version)).getStatus());
        assertEquals(LocalDate.of(2026, 3, 10), done.getMilestones().get(0).getDoneOn());
    }

    @Test
    void aLaunchPlanTakesOnlyProductsOfItsBrand() {
        assertEquals("tandem.launch.productOfOtherBrand", assertThrows(RuleViolation.class, () -> launches(l -> l.create(
                new LaunchPlanTerms("L-BAD", "Wrong", market.brand.getId(), LocalDate.of(2026, 5, 1), null,
                        Set.of(otherBrandsProduct.getId()), Set.of())))).getKey());
    }

    @Test
    void theTrendAveragesObservedPricesPerTerritoryAndMonth() {
        long competitor = intelligence(MARKETING, c -> c.saveCompetitor(null, 0, "Golden Bay", null)).getId();
        CompetitorProduct rival = intelligence(MARKETING, c -> c.saveProduct(null, 0, competitor, "Golden Bay 500ml",
                market.product.getId()));
        // Pudong: January 98.00 and 101.00 → 99.50; February 95.00. Chaoyang: January 120.00
        observe(MARKETING, rival, "2026-01-05", market.pudong.getId(), pudongShop.getId(), "98.00");
        observe(REP, rival, "2026-01-28", market.pudong.getId(), null, "101");
        observe(MARKETING, rival, "2026-02-14", market.pudong.getId(), pudongShop.getId(), "95.00");
        observe(MARKETING, rival, "2026-01-20", market.chaoyang.getId(), beijingShop.getId(), "120.00");

        List<TrendPoint> trend = intelligence(MARKETING, c -> c.trend(new PageRequest(0, 1, null, true,
                Map.of("competitorId", competitor))));
        assertEquals(List.of("2026-01 CY 120.00 1", "2026-01 PD 99.50 2", "2026-02 PD 95.00 1"),
                trend.stream().map(p -> p.getMonth() + " " + p.territory() + " " + p.averagePrice() + " " + p.observations())
                        .toList());
        List<TrendPoint> pudongOnly = intelligence(MARKETING, c -> c.trend(new PageRequest(0, 1, null, true,
                Map.of("territoryId", market.pudong.getId(), "from", "2026-02-01", "competitorId", competitor))));
        assertEquals(1, pudongOnly.size());
        assertEquals(new BigDecimal("95.00"), pudongOnly.get(0).averagePrice());
        assertEquals(4, intelligence(MARKETING, c -> c.findObservations(new PageRequest(0, 10, "price", true,
                Map.of("competitorId", competitor)))).total());
    }

    @Test
    void aRepRecordsObservationsOnlyInTheirOwnTerritories() {
        long competitor = intelligence(MARKETING, c -> c.saveCompetitor(null, 0, "Northern Star", null)).getId();
        CompetitorProduct rival = intelligence(MARKETING, c -> c.saveProduct(null, 0, competitor, "Northern 330ml", null));
        assertEquals("tandem.territory.notFound", assertThrows(RuleViolation.class,
                () -> observe(REP, rival, "2026-03-01", market.chaoyang.getId(), null, "10")).getKey());
        assertEquals("tandem.observation.customerElsewhere", assertThrows(RuleViolation.class,
                () -> observe(MARKETING, rival, "2026-03-01", market.pudong.getId(), beijingShop.getId(), "10")).getKey());
        assertEquals("wei", observe(REP, rival, "2026-03-01", market.pudong.getId(), pudongShop.getId(), "10")
                .getObservedBy());
    }

    private static org.tandem.marketing.entity.PriceObservation observe(SessionContext caller, CompetitorProduct product,
                                                                        String day, long territoryId, Long customerId,
                                                                        String price) {
        return intelligence(caller, c -> c.observe(new ObservationEntry(product.getId(), LocalDate.parse(day), territoryId,
                customerId, null, new BigDecimal(price), null)));
    }

    private static <T> T launches(Function<LaunchPlans, T> call) {
        return db.fromTransaction(em -> call.apply(Beans.with(Beans.with(new LaunchPlans(), "em", em),
                "clock", MARCH_10)));
    }

    private static <T> T intelligence(SessionContext caller, Function<CompetitorIntelligence, T> call) {
        return db.fromTransaction(em -> call.apply(Beans.wire(new CompetitorIntelligence(), em, caller, MARCH_10)));
    }
}
