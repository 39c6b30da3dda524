package org.tandem.promotion.boundary;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.campaign.boundary.CampaignBudgets;
import org.tandem.campaign.entity.BudgetCategory;
import org.tandem.campaign.entity.Campaign;
import org.tandem.campaign.entity.CampaignKind;
import org.tandem.catalog.entity.Brand;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.order.boundary.OrderProcessing;
import org.tandem.order.entity.SalesOrder;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.UserAccount;
import org.tandem.pricing.boundary.Adjustment;
import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.pricing.boundary.PromotionPrices;
import org.tandem.pricing.control.DiscountAuthority;
import org.tandem.pricing.entity.PriceList;
import org.tandem.pricing.entity.PriceListEntry;
import org.tandem.pricing.entity.PriceRule;
import org.tandem.promotion.entity.Approver;
import org.tandem.promotion.entity.Decision;
import org.tandem.promotion.entity.OrganisationStage;
import org.tandem.promotion.entity.PromotionKind;
import org.tandem.promotion.entity.PromotionRequest;
import org.tandem.promotion.entity.PromotionStatus;
import org.tandem.promotion.entity.PromotionStep;
import org.tandem.promotion.entity.StepPurpose;
import org.tandem.quotation.boundary.Quotations;
import org.tandem.quotation.entity.Quotation;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.Money;
import org.tandem.testing.Beans;
import org.tandem.testing.Callers;
import org.tandem.testing.MigratedDatabase;
import org.tandem.testing.ShanghaiTeam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Promotion requests through the session beans on H2 migrated by the real migrations: filed, routed by the stage
 * the general manager sets, decided, paid from the campaign budget, priced into the next quotation, cancelled,
 * and measured. Each call is its own transaction as the role that makes it.
 */
class PromotionRequestsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final SessionContext REP = Callers.as("wei", Role.Names.SALES_REP);
    private static final SessionContext OTHER_REP = Callers.as("fang", Role.Names.SALES_REP);
    private static final SessionContext MANAGER = Callers.as("lina", Role.Names.SALES_MANAGER);
    private static final SessionContext MARKETING = Callers.as("mei", Role.Names.MARKETING);
    private static final SessionContext GM = Callers.as("zhou", Role.Names.GENERAL_MANAGER);

    private static MigratedDatabase db;
    private static Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private static long customerId;
    private static long otherCustomerId;
    private static long productA;
    private static long productB;
    private static long brandId;
    private static long campaignId;

    @BeforeAll
    static void customersProductsAndACampaign() {
        db = MigratedDatabase.create("promotions");
        db.inTransaction(em -> {
            OffsetDateTime created = ShanghaiTeam.CREATED;
            ShanghaiTeam team = ShanghaiTeam.persist(em);
            Territory pudong = team.pudong();
            Territory minhang = team.minhang();
            UserAccount wei = team.wei();
            UserAccount fang = team.fang();
            Customer customer = new Customer("PD1", "浦东鑫盛酒业", CustomerKind.DISTRIBUTOR, pudong, wei, null,
                    Money.of("500000", "CNY"));
            Customer other = new Customer("MH1", "闵行百货", CustomerKind.RETAIL_OUTLET, minhang, fang, null,
                    Money.of("500000", "CNY"));
            em.persist(customer);
            em.persist(other);
            Brand brand = new Brand("HX", "红星", "BAIJIU");
            em.persist(brand);
            BigDecimal vat = new BigDecimal("0.13");
            Product a = new Product("HX-500", "红星 500ml", brand, "BTL", 6, null, vat);
            a.costs(new BigDecimal("40"));
            Product b = new Product("HX-250", "红星 250ml", brand, "BTL", 12, null, vat);
            em.persist(a);
            em.persist(b);
            PriceList list = new PriceList("BASE", "Base", "CNY", LocalDate.of(2026, 1, 1));
            em.persist(list);
            em.persist(new PriceListEntry(list, a, new BigDecimal("100.00"), null, null));
            em.persist(new PriceListEntry(list, b, new BigDecimal("50.00"), null, null));
            Campaign campaign = new Campaign("春季终端推广", CampaignKind.TRADE_PROMOTION, LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 5, 31), "CNY", "mei", created);
            campaign.plan(BudgetCategory.DISCOUNTS, new BigDecimal("60000"));
            campaign.plan(BudgetCategory.STORE_ENTRY_FEES, new BigDecimal("1000"));
            em.persist(campaign);
            campaign.assignCode();
            em.flush();
            customerId = customer.getId();
            otherCustomerId = other.getId();
            productA = a.getId();
            productB = b.getId();
            brandId = brand.getId();
            campaignId = campaign.getId();
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void withinSalesAuthorityTheSalesManagerDecidesAndEveryStepIsKept() {
        stage(OrganisationStage.SIMPLE_SALES);
        PromotionRequest filed = file(discount("5", "1000"));
        assertTrue(filed.getNumber().matches("PR-2026-\\d{6}"), filed.getNumber());
        assertEquals(Approver.SALES_MANAGER, filed.getAwaiting());
        assertEquals(1L, as(MANAGER, new PromotionRequests(), r -> r.awaitingMe(page(Map.of()))).rows().stream()
                .filter(p -> p.getId().equals(filed.getId())).count());
        assertEquals(0, as(MARKETING, new PromotionRequests(), r -> r.awaitingMe(page(Map.of()))).rows().stream()
                .filter(p -> p.getId().equals(filed.getId())).count());

        RuleViolation notMarketings = assertThrows(RuleViolation.class, () -> as(MARKETING, new PromotionRequests(),
                r -> r.approve(filed.getId(), filed.getVersion(), null)));
        assertEquals("tandem.promotion.notYourStep", notMarketings.getKey());

        BigDecimal committed = budget().getCommitted();
        PromotionRequest rejected = as(MANAGER, new PromotionRequests(),
                r -> r.reject(filed.getId(), filed.getVersion(), "价格体系不允许"));
        assertEquals(PromotionStatus.REJECTED, rejected.getStatus());
        PromotionStep step = rejected.getSteps().get(0);
        assertEquals(Decision.REJECTED, step.getDecision());
        assertEquals("lina", step.getDecidedBy());
        assertEquals("价格体系不允许", step.getComment());
        assertEquals(committed, budget().getCommitted());
    }

    @Test
    void inTheSeparateMarketingStageMarketingDecidesAndTheNextQuotationIsPricedWithTheDiscount() {
        stage(OrganisationStage.SEPARATE_MARKETING);
        Quotation before = quotation(productA);
        assertEquals(new BigDecimal("100.0000"), before.getLines().get(0).getPrice().getUnitPrice());

        PromotionRequest filed = file(discount("10", "30000"));
        assertEquals(Approver.MARKETING, filed.getAwaiting());
        BigDecimal committedBefore = budget().getCommitted();
        PromotionRequest approved = as(MARKETING, new PromotionRequests(),
                r -> r.approve(filed.getId(), filed.getVersion(), "符合春季计划"));
        assertEquals(PromotionStatus.APPROVED, approved.getStatus());
        assertEquals(0, committedBefore.add(new BigDecimal("30000")).compareTo(budget().getCommitted()));

        Quotation after = quotation(productA);
        assertEquals(new BigDecimal("90.0000"), after.getLines().get(0).getPrice().getUnitPrice());
        Adjustment adjustment = after.getLines().get(0).getPrice().getAdjustments().get(0);
        assertEquals("促销 " + approved.getNumber(), adjustment.getSource());
        // the quotation written before keeps its price; another customer's gets none of it
        Quotation reread = as(REP, new Quotations(), q -> q.quotation(before.getId()));
        assertEquals(new BigDecimal("100.0000"), reread.getLines().get(0).getPrice().getUnitPrice());
        Quotation othersQuotation = as(OTHER_REP, new Quotations(), q -> q.create(otherCustomerId,
                TODAY.plusDays(30), null, List.of(new PriceInquiry.Line(productA, BigDecimal.ONE, null))));
        assertEquals(new BigDecimal("100.0000"), othersQuotation.getLines().get(0).getPrice().getUnitPrice());
    }

    @Test
    void anApprovalBeyondTheBudgetIsRefusedAndTheRequestWaits() {
        stage(OrganisationStage.SIMPLE_SALES);
        PromotionRequest filed = file(new PromotionTerms(PromotionKind.STORE_ENTRY_FEE, campaignId, Set.of(customerId),
                Set.of(), brandId, TODAY, TODAY.plusDays(20), null, new BigDecimal("50"), new BigDecimal("1500"),
                "新店进场费"));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> as(MANAGER, new PromotionRequests(),
                r -> r.approve(filed.getId(), filed.getVersion(), null)));
        assertEquals("tandem.campaign.budget.exceeded", refused.getKey());
        PromotionRequest still = as(MANAGER, new PromotionRequests(), r -> r.request(filed.getId()));
        assertEquals(PromotionStatus.IN_APPROVAL, still.getStatus());
        assertTrue(still.getSteps().get(0).isOpen());
    }

    @Test
    void whenTheSalesManagerDecidesAgainstMarketingsOpinionTheGeneralManagerArbitrates() {
        stage(OrganisationStage.SALES_WITH_MARKETING);
        PromotionRequest filed = file(discount("3", "25000"));
        assertEquals(Approver.MARKETING, filed.getAwaiting());
        RuleViolation noVerdict = assertThrows(RuleViolation.class, () -> as(MARKETING, new PromotionRequests(),
                r -> r.approve(filed.getId(), filed.getVersion(), null)));
        assertEquals("tandem.promotion.decisionNotFor", noVerdict.getKey());
        PromotionRequest opined = as(MARKETING, new PromotionRequests(),
                r -> r.giveOpinion(filed.getId(), filed.getVersion(), false, "与品牌定位不符"));
        assertEquals(Approver.SALES_MANAGER, opined.getAwaiting());
        PromotionRequest decided = as(MANAGER, new PromotionRequests(),
                r -> r.approve(filed.getId(), opined.getVersion(), "竞品在降价"));
        assertEquals(PromotionStatus.IN_APPROVAL, decided.getStatus());
        assertEquals(Approver.GENERAL_MANAGER, decided.getAwaiting());
        assertEquals(StepPurpose.ARBITRATION, decided.getSteps().get(2).getPurpose());
        PromotionRequest arbitrated = as(GM, new PromotionRequests(),
                r -> r.reject(filed.getId(), decided.getVersion(), "按营销意见"));
        assertEquals(PromotionStatus.REJECTED, arbitrated.getStatus());
        assertEquals(3, arbitrated.getSteps().size());
    }

    @Test
    void theSalesManagerMayContestMarketingsRejectionOnceAndTheGeneralManagerDecides() {
        stage(OrganisationStage.SEPARATE_MARKETING);
        PromotionRequest filed = file(discount("2", "21000"));
        PromotionRequest rejected = as(MARKETING, new PromotionRequests(),
                r -> r.reject(filed.getId(), filed.getVersion(), "预算另有安排"));
        assertTrue(rejected.isContestable());
        PromotionRequest contested = as(MANAGER, new PromotionRequests(),
                r -> r.contest(filed.getId(), rejected.getVersion(), "大客户流失风险"));
        assertEquals(Approver.GENERAL_MANAGER, contested.getAwaiting());
        assertFalse(contested.isContestable());
        PromotionRequest approved = as(GM, new PromotionRequests(),
                r -> r.approve(filed.getId(), contested.getVersion(), null));
        assertEquals(PromotionStatus.APPROVED, approved.getStatus());
        assertEquals(List.of(StepPurpose.DECISION, StepPurpose.CONTEST, StepPurpose.ARBITRATION),
                approved.getSteps().stream().map(PromotionStep::getPurpose).toList());
    }

    @Test
    void cancellingAnApprovedDiscountEndsItsRulesFromTodayAndGivesBackTheDaysToCome() {
        stage(OrganisationStage.SIMPLE_SALES);
        // 10 days, 4 of them run before today: 6 of 10 come back
        PromotionRequest filed = file(new PromotionTerms(PromotionKind.DISCOUNT, campaignId, Set.of(customerId),
                Set.of(productB), null, TODAY.minusDays(4), TODAY.plusDays(5), new BigDecimal("8"),
                new BigDecimal("100"), new BigDecimal("1000"), "清库存"));
        PromotionRequest approved = as(MANAGER, new PromotionRequests(), r -> r.approve(filed.getId(), filed.getVersion(), null));
        BigDecimal committed = budget().getCommitted();
        RuleViolation notTheRep = assertThrows(RuleViolation.class, () -> as(REP, new PromotionRequests(),
                r -> r.cancel(filed.getId(), approved.getVersion(), null)));
        assertEquals("tandem.promotion.cancelNotYours", notTheRep.getKey());

        PromotionRequest cancelled = as(MANAGER, new PromotionRequests(),
                r -> r.cancel(filed.getId(), approved.getVersion(), "客户暂停进货"));
        assertEquals(PromotionStatus.CANCELLED, cancelled.getStatus());
        assertEquals(0, new BigDecimal("600").compareTo(cancelled.getReleased()));
        assertEquals(0, committed.subtract(new BigDecimal("600")).compareTo(budget().getCommitted()));
        List<PriceRule> rules = db.read(em -> em.createQuery("select r from PriceRule r where r.source = :s", PriceRule.class)
                .setParameter("s", "promotion:" + filed.getNumber()).getResultList());
        assertEquals(1, rules.size());
        assertEquals(TODAY.minusDays(1), rules.get(0).getThruDate());
        assertEquals(new BigDecimal("50.0000"), quotation(productB).getLines().get(0).getPrice().getUnitPrice());
    }

    @Test
    void aRepWithdrawsOwnRequestsOnlyAndSeesNoOneElses() {
        stage(OrganisationStage.SIMPLE_SALES);
        PromotionRequest filed = file(discount("1", "10"));
        RuleViolation hidden = assertThrows(RuleViolation.class,
                () -> as(OTHER_REP, new PromotionRequests(), r -> r.request(filed.getId())));
        assertEquals("tandem.promotion.notFound", hidden.getKey());
        assertTrue(as(OTHER_REP, new PromotionRequests(), r -> r.find(page(Map.of()))).rows().stream()
                .noneMatch(p -> p.getId().equals(filed.getId())));
        RuleViolation notVisible = assertThrows(RuleViolation.class, () -> as(OTHER_REP, new PromotionRequests(),
                r -> r.file(new PromotionTerms(PromotionKind.DISCOUNT, campaignId, Set.of(customerId), Set.of(productA),
                        null, TODAY, TODAY.plusDays(5), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, "x"))));
        assertEquals("tandem.customer.notVisible", notVisible.getKey());
        PromotionRequest withdrawn = as(REP, new PromotionRequests(), r -> r.cancel(filed.getId(), filed.getVersion(), "写错了"));
        assertEquals(PromotionStatus.CANCELLED, withdrawn.getStatus());
        assertEquals(Decision.CANCELLED, withdrawn.getSteps().get(0).getDecision());
    }

    @Test
    void aStepOlderThanTheSettingAllowsIsOverdue() {
        stage(OrganisationStage.SIMPLE_SALES);
        PromotionRequest filed = file(discount("1", "20"));
        Map<String, Object> overdue = Map.of("overdue", "true");
        assertTrue(as(MANAGER, new PromotionRequests(), r -> r.find(page(overdue))).rows().stream()
                .noneMatch(p -> p.getId().equals(filed.getId())));
        Clock today = clock;
        clock = Clock.offset(today, java.time.Duration.ofHours(49));
        try {
            assertTrue(as(MANAGER, new PromotionRequests(), r -> r.find(page(overdue))).rows().stream()
                    .anyMatch(p -> p.getId().equals(filed.getId())));
        } finally {
            clock = today;
        }
    }

    @Test
    void theResultsCountConfirmedOrdersOfThoseCustomersAndProductsInThePeriod() {
        stage(OrganisationStage.SIMPLE_SALES);
        PromotionRequest filed = file(new PromotionTerms(PromotionKind.SHORT_TERM_PROMOTION, campaignId,
                Set.of(customerId), Set.of(productA), null, TODAY, TODAY.plusDays(10), null, new BigDecimal("40"),
                new BigDecimal("0"), "品鉴会"));
        as(MANAGER, new PromotionRequests(), r -> r.approve(filed.getId(), filed.getVersion(), null));
        PromotionResult before = as(REP, new PromotionResults(), r -> r.forRequest(filed.getId()));
        SalesOrder order = as(REP, new OrderProcessing(), o -> o.create(customerId, null, null,
                List.of(new PriceInquiry.Line(productA, new BigDecimal("12"), null),
                        new PriceInquiry.Line(productB, new BigDecimal("5"), null))));
        as(REP, new OrderProcessing(), o -> o.confirm(order.getId(), order.getVersion()));
        as(REP, new OrderProcessing(), o -> o.create(customerId, null, null,
                List.of(new PriceInquiry.Line(productA, new BigDecimal("7"), null))));  // a draft: not sold
        PromotionResult after = as(REP, new PromotionResults(), r -> r.forRequest(filed.getId()));
        assertEquals(0, new BigDecimal("12").compareTo(after.actualQuantity().subtract(before.actualQuantity())));
        assertEquals(0, new BigDecimal("480").compareTo(after.costOfGoods().subtract(before.costOfGoods())));
        assertTrue(after.isCostsKnown());
        assertFalse(after.isPeriodOver());
        PromotionResult campaign = as(MARKETING, new PromotionResults(), r -> r.forCampaign(campaignId));
        assertTrue(campaign.getRequests() >= 1);
        assertTrue(campaign.actualQuantity().compareTo(after.actualQuantity()) >= 0);
    }

    @Test
    void theGeneralManagersSettingIsCheckedAndItsHistoryKept() {
        RuleViolation reversed = assertThrows(RuleViolation.class, () -> as(GM, new OrganisationSettings(),
                s -> s.change(s.current().getVersion(), OrganisationStage.MODERN_MARKETING, new BigDecimal("5000"),
                        new BigDecimal("5000"), 24)));
        assertEquals("tandem.organisation.limits", reversed.getKey());
        stage(OrganisationStage.MODERN_MARKETING);
        assertEquals(OrganisationStage.MODERN_MARKETING, as(GM, new OrganisationSettings(), OrganisationSettings::current).getStage());
        assertEquals("zhou", as(GM, new OrganisationSettings(), OrganisationSettings::history).get(0).getChangedBy());
    }

    // ---- helpers ----

    private static PromotionTerms discount(String percent, String cost) {
        return new PromotionTerms(PromotionKind.DISCOUNT, campaignId, Set.of(customerId), Set.of(productA), null,
                TODAY, TODAY.plusDays(30), new BigDecimal(percent), new BigDecimal("200"), new BigDecimal(cost), "春季冲量");
    }

    private static PromotionRequest file(PromotionTerms terms) {
        return as(REP, new PromotionRequests(), r -> r.file(terms));
    }

    private static void stage(OrganisationStage stage) {
        as(GM, new OrganisationSettings(), s -> s.change(s.current().getVersion(), stage, new BigDecimal("20000"),
                new BigDecimal("100000"), 48));
    }

    private static Quotation quotation(long productId) {
        return as(REP, new Quotations(), q -> q.create(customerId, TODAY.plusDays(30), null,
                List.of(new PriceInquiry.Line(productId, BigDecimal.ONE, null))));
    }

    private static org.tandem.campaign.entity.BudgetLine budget() {
        return db.read(em -> em.find(Campaign.class, campaignId).getBudget().get(BudgetCategory.DISCOUNTS));
    }

    private static PageRequest page(Map<String, Object> filters) {
        return new PageRequest(0, 100, null, true, filters);
    }

    private static <B, T> T as(SessionContext caller, B bean, Function<B, T> call) {
        return db.fromTransaction(em -> call.apply(wire(bean, em, caller)));
    }

    private static <B> B wire(B bean, EntityManager em, SessionContext caller) {
        Beans.wire(bean, em, caller, clock);
        if (bean instanceof PromotionRequests requests) {
            Beans.with(requests, "budgets", Beans.wire(new CampaignBudgets(), em, caller, clock));
            PromotionPrices prices = new PromotionPrices();
            Beans.with(prices, "em", em);
            Beans.with(requests, "prices", prices);
        }
        if (bean instanceof Quotations || bean instanceof OrderProcessing) {
            Beans.with(bean, "authority", new DiscountAuthority() {
                @Override
                public BigDecimal of(Predicate<String> callerInRole) {
                    return new BigDecimal("5");
                }
            });
        }
        return bean;
    }
}
