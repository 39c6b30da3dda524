package org.tandem.campaign.boundary;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.campaign.entity.BudgetCategory;
import org.tandem.campaign.entity.BudgetLine;
import org.tandem.campaign.entity.Campaign;
import org.tandem.campaign.entity.CampaignKind;
import org.tandem.campaign.entity.CampaignSpend;
import org.tandem.campaign.entity.CampaignStatus;
import org.tandem.campaign.entity.SpendKind;
import org.tandem.customer.entity.Channel;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.order.boundary.OrderProcessing;
import org.tandem.order.entity.SalesOrder;
import org.tandem.organization.entity.Role;
import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.pricing.control.DiscountAuthority;
import org.tandem.segment.boundary.SegmentTerms;
import org.tandem.segment.boundary.Segments;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A campaign's uplift and return are measured from real sales orders (created, confirmed and cancelled through
 * order processing at 100.00 a bottle): the target customers' net order value in 2026-03-01…14 against the
 * baseline 2026-02-15…28. Targets: the segment "distributors in EAST" and the territory MH.
 */
class CampaignUpliftTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final SessionContext MARKETING = Callers.as("mei", Role.Names.MARKETING);
    private static final SessionContext REP = Callers.as("wei", Role.Names.SALES_REP);
    private static final SessionContext MANAGER = Callers.as("lina", Role.Names.SALES_MANAGER);

    private static MigratedDatabase db;
    private static Market market;
    private static long distributor;
    private static long wholesaler;
    private static long outsider;
    private static long segmentId;

    @BeforeAll
    static void market() {
        db = MigratedDatabase.create("campaign-uplift");
        db.inTransaction(em -> {
            market = Market.build(em);
            market.chaoyang.assignMembers(Set.of(market.rep));
            market.minhang.assignMembers(Set.of(market.rep));
            distributor = market.customer("T1", CustomerKind.DISTRIBUTOR, market.pudong, Channel.DISTRIBUTION, null).getId();
            wholesaler = market.customer("T2", CustomerKind.WHOLESALER, market.minhang, Channel.WHOLESALE, null).getId();
            outsider = market.customer("X1", CustomerKind.DISTRIBUTOR, market.chaoyang, Channel.DISTRIBUTION, null).getId();
        });
        segmentId = db.fromTransaction(em -> segments(em, MARKETING).create(new SegmentTerms("EAST-DIST", "Distributors, east",
                CustomerKind.DISTRIBUTOR, null, market.east.getId(), null, null, null, true))).getId();

        confirmed(distributor, "2026-02-10", 11);   // before the baseline
        confirmed(distributor, "2026-02-16", 4);    // baseline 400.00
        confirmed(wholesaler, "2026-02-27", 6);     // baseline 600.00
        confirmed(distributor, "2026-03-02", 7);    // campaign 700.00
        confirmed(wholesaler, "2026-03-10", 9);     // campaign 900.00
        confirmed(outsider, "2026-03-05", 50);      // not a target
        confirmed(distributor, "2026-03-15", 13);   // after the campaign
        order(distributor, "2026-03-03", 20);       // a draft counts for nothing
        SalesOrder cancelled = confirmed(wholesaler, "2026-03-04", 30);
        as(REP, "2026-03-04", new OrderProcessing(), o -> o.cancel(cancelled.getId(), cancelled.getVersion(), "wrong"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void upliftAndReturnAreMeasuredFromTheTargetCustomersOrders() {
        Campaign campaign = campaign("Spring push");
        as(MARKETING, "2026-03-01", new Campaigns(), c -> c.start(campaign.getId(), campaign.getVersion()));
        as(MARKETING, "2026-03-05", new Campaigns(), c -> c.recordSpend(campaign.getId(), BudgetCategory.MEDIA,
                new BigDecimal("200.00"), LocalDate.of(2026, 3, 5), "Radio", null));
        as(MARKETING, "2026-03-06", new Campaigns(), c -> c.recordSpend(campaign.getId(), BudgetCategory.MATERIALS,
                new BigDecimal("100"), LocalDate.of(2026, 3, 6), null, "Shelf talkers"));

        CampaignPerformance performance = as(MARKETING, "2026-03-20", new Campaigns(), c -> c.performance(campaign.getId()));

        assertEquals(new BigDecimal("1000.00"), performance.baselineSales());
        assertEquals(new BigDecimal("1600.00"), performance.campaignSales());
        assertEquals(new BigDecimal("600.00"), performance.uplift());
        assertEquals(new BigDecimal("300.00"), performance.actualSpend());
        assertEquals(new BigDecimal("2.00"), performance.returnOnSpend());
        assertEquals(List.of(new CampaignPerformance.Week(1, new BigDecimal("700.00"), new BigDecimal("400.00")),
                new CampaignPerformance.Week(2, new BigDecimal("900.00"), new BigDecimal("600.00"))), performance.weeks());
    }

    @Test
    void spendIsRecordedAgainstItsCategoryBesideWhatIsCommitted() {
        Campaign campaign = campaign("Budget check");
        db.inTransaction(em -> Beans.wire(new CampaignBudgets(), em, MANAGER, null)
                .commit(campaign.getId(), BudgetCategory.MEDIA, new BigDecimal("150.00"), "PR-1"));
        Campaign spent = as(MARKETING, "2026-03-05", new Campaigns(), c -> c.recordSpend(campaign.getId(),
                BudgetCategory.MEDIA, new BigDecimal("120.005"), LocalDate.of(2026, 3, 5), null, null));

        BudgetLine media = spent.getBudget().get(BudgetCategory.MEDIA);
        assertEquals(new BigDecimal("250.00"), media.getPlanned().setScale(2));
        assertEquals(new BigDecimal("150.00"), media.getCommitted().setScale(2));
        assertEquals(new BigDecimal("120.01"), media.getActual().setScale(2));
        List<CampaignSpend> ledger = as(MARKETING, "2026-03-05", new Campaigns(), c -> c.ledger(campaign.getId()));
        assertEquals(List.of(SpendKind.ACTUAL, SpendKind.COMMITTED), ledger.stream().map(CampaignSpend::getKind).toList());
        // nothing spent yet: no return to speak of
        Campaign fresh = campaign("Nothing spent");
        assertNull(as(MARKETING, "2026-03-20", new Campaigns(), c -> c.performance(fresh.getId())).returnOnSpend());
        assertEquals("tandem.campaign.spend.notPositive", assertThrows(RuleViolation.class, () -> as(MARKETING,
                "2026-03-05", new Campaigns(), c -> c.recordSpend(campaign.getId(), BudgetCategory.MEDIA,
                        BigDecimal.ZERO, LocalDate.of(2026, 3, 5), null, null))).getKey());
    }

    @Test
    void campaignsAreListedByFiltersAndMoveThroughTheirStatuses() {
        Campaign campaign = campaign("Listed once");
        assertEquals(1, as(REP, "2026-03-01", new Campaigns(), c -> c.find(new PageRequest(0, 10, null, true,
                Map.of("name", "listed once")))).total());
        Campaign running = as(MARKETING, "2026-03-01", new Campaigns(), c -> c.start(campaign.getId(), campaign.getVersion()));
        Campaign closed = as(MARKETING, "2026-03-15", new Campaigns(), c -> c.close(campaign.getId(), running.getVersion()));
        assertEquals(CampaignStatus.CLOSED, closed.getStatus());
        assertEquals("tandem.concurrentChange", assertThrows(RuleViolation.class, () -> as(MARKETING, "2026-03-15",
                new Campaigns(), c -> c.cancel(campaign.getId(), running.getVersion()))).getKey());
    }

    private static Campaign campaign(String name) {
        Map<BudgetCategory, BigDecimal> budget = new EnumMap<>(BudgetCategory.class);
        budget.put(BudgetCategory.MEDIA, new BigDecimal("250"));
        budget.put(BudgetCategory.MATERIALS, new BigDecimal("100"));
        return as(MARKETING, "2026-02-20", new Campaigns(), c -> c.create(new CampaignDetails(name,
                CampaignKind.TRADE_PROMOTION, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14), null,
                Set.of(segmentId), Set.of(market.minhang.getId()), budget)));
    }

    private static SalesOrder confirmed(long customerId, String day, int bottles) {
        SalesOrder draft = order(customerId, day, bottles);
        return as(REP, day, new OrderProcessing(), o -> o.confirm(draft.getId(), draft.getVersion()));
    }

    private static SalesOrder order(long customerId, String day, int bottles) {
        return as(REP, day, new OrderProcessing(), o -> o.create(customerId, null, null,
                List.of(new PriceInquiry.Line(market.product.getId(), BigDecimal.valueOf(bottles), null))));
    }

    private static Segments segments(EntityManager em, SessionContext caller) {
        return Beans.wire(new Segments(), em, caller, Clock.systemDefaultZone());
    }

    private static <B, T> T as(SessionContext caller, String day, B bean, Function<B, T> call) {
        Clock clock = Clock.fixed(LocalDate.parse(day).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
        return db.fromTransaction(em -> {
            Beans.wire(bean, em, caller, clock);
            if (bean instanceof Campaigns campaigns) {
                Beans.with(campaigns, "segments", Beans.wire(new Segments(), em, caller, clock));
            }
            if (bean instanceof OrderProcessing) {
                Beans.with(bean, "authority", new DiscountAuthority() {
                    @Override
                    public BigDecimal of(Predicate<String> callerInRole) {
                        return new BigDecimal("5");
                    }
                });
            }
            return call.apply(bean);
        });
    }
}
