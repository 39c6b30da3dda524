package org.tandem.sampledata;

import jakarta.persistence.EntityManager;
import org.tandem.campaign.entity.BudgetCategory;
import org.tandem.campaign.entity.Campaign;
import org.tandem.campaign.entity.CampaignKind;
import org.tandem.campaign.entity.CampaignSpend;
import org.tandem.campaign.entity.SpendKind;
import org.tandem.catalog.entity.Brand;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.entity.Channel;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.customer.entity.CustomerStatus;
import org.tandem.marketing.entity.Competitor;
import org.tandem.marketing.entity.CompetitorProduct;
import org.tandem.marketing.entity.LaunchPlan;
import org.tandem.marketing.entity.PriceObservation;
import org.tandem.order.control.CreditCheck;
import org.tandem.order.entity.SalesOrder;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.UserAccount;
import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.pricing.boundary.PricedLine;
import org.tandem.pricing.control.PriceBook;
import org.tandem.pricing.entity.ChannelPolicy;
import org.tandem.pricing.entity.LinePrice;
import org.tandem.pricing.entity.PriceList;
import org.tandem.segment.entity.Positioning;
import org.tandem.segment.entity.Segment;
import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marketing's demo rows: channel policies, segments (two of them target), positioning statements, a launch plan
 * with an overdue milestone, a running campaign with spend whose uplift shows from orders of Hangzhou's customers
 * in and before its period, a planned one, and competitor prices seen over four months in two territories.
 * Hangzhou is chosen because no demo sales user works there, so the demo rep's and manager's lists stay as they were.
 */
final class SampleMarketing {

    private static final String PLANNER = "marketing";
    private static final String MANAGER = "marketingmanager";
    /** Ceilings at or above a rep's own 5 %, so the demo orders price as before; they cap managers' 15 %. */
    private static final Map<Channel, Object[]> POLICIES = Map.of(
            Channel.DISTRIBUTION, new Object[]{"10", 45}, Channel.WHOLESALE, new Object[]{"8", 30},
            Channel.MODERN_TRADE, new Object[]{"12", 60}, Channel.TRADITIONAL_TRADE, new Object[]{"6", 15},
            Channel.HORECA, new Object[]{"8", 30}, Channel.KEY_ACCOUNT, new Object[]{null, 60});

    private final EntityManager em;
    private final OffsetDateTime now;
    private final LocalDate today;

    private SampleMarketing(EntityManager em, OffsetDateTime now) {
        this.em = em;
        this.now = now;
        this.today = now.toLocalDate();
    }

    /** Writes marketing's rows inside the caller's transaction, after the sales documents. */
    static void write(EntityManager em, OffsetDateTime now) {
        new SampleMarketing(em, now).writeAll();
    }

    private void writeAll() {
        PriceList standard = one("select l from PriceList l where l.code = 'STD-CNY'", PriceList.class);
        POLICIES.forEach((channel, terms) -> {
            ChannelPolicy policy = new ChannelPolicy(channel);
            policy.set(standard, terms[0] == null ? null : new BigDecimal((String) terms[0]), (Integer) terms[1]);
            em.persist(policy);
        });

        Segment keyAccounts = segment("KA-EAST", "华东重点客户", CustomerKind.KEY_ACCOUNT, null, territory("EAST"), true);
        Segment hangzhouOutlets = segment("HZ-OUTLET", "杭州传统渠道门店", CustomerKind.RETAIL_OUTLET,
                Channel.TRADITIONAL_TRADE, territory("EAST-HZ"), true);
        Segment horeca = segment("HORECA", "餐饮渠道", null, Channel.HORECA, null, false);
        segment("DIST-SOUTH", "华南经销商", CustomerKind.DISTRIBUTOR, null, territory("SOUTH"), false);

        Brand baijiu = brand("BAIJIU");
        Brand beer = brand("BEER");
        em.persist(new Positioning(baijiu, keyAccounts, "商务宴请的首选酱香：稳定品质、体面包装、专属客户经理服务。", PLANNER));
        em.persist(new Positioning(baijiu, horeca, "餐桌上的高性价比酱香，一瓶也能送到店。", PLANNER));
        em.persist(new Positioning(beer, hangzhouOutlets, "夏日冰柜里最清爽的本地啤酒，门店动销有陈列与促销支持。", PLANNER));

        launchPlan(beer, hangzhouOutlets);
        campaigns(keyAccounts, hangzhouOutlets);
        competitors(baijiu, beer);
        em.flush();
    }

    private void launchPlan(Brand beer, Segment target) {
        List<Product> products = em.createQuery("select p from Product p where p.brand = :brand order by p.sku", Product.class)
                .setParameter("brand", beer).setMaxResults(3).getResultList();
        LaunchPlan plan = new LaunchPlan("LP-BEER-SUMMER", "海湾啤酒夏季新品上市", beer, today.plusDays(21));
        plan.aim(Set.copyOf(products), Set.of(target));
        UserAccount planner = user(PLANNER);
        UserAccount manager = user(MANAGER);
        plan.addMilestone("完成新品定价与价格表", today.minusDays(14), manager);
        plan.addMilestone("重点门店陈列协议签订", today.minusDays(3), planner);
        plan.addMilestone("经销商新品培训", today.plusDays(7), planner);
        plan.addMilestone("上市发布会", today.plusDays(21), manager);
        em.persist(plan);
        em.flush();
        plan.markMilestone(plan.getMilestones().get(0).getId(), true, today.minusDays(15));
        plan.approve();
    }

    private void campaigns(Segment keyAccounts, Segment hangzhouOutlets) {
        // running for three weeks, one more to go; its baseline is the four weeks before it
        Campaign running = new Campaign("杭州终端动销月", CampaignKind.TRADE_PROMOTION, today.minusDays(20),
                today.plusDays(7), SampleCustomers.CURRENCY, PLANNER, now.minusDays(30));
        running.target(Set.of(hangzhouOutlets), Set.of(territory("EAST-HZ")));
        running.plan(BudgetCategory.MEDIA, new BigDecimal("30000"));
        running.plan(BudgetCategory.MATERIALS, new BigDecimal("12000"));
        running.plan(BudgetCategory.PROMOTER_STAFF, new BigDecimal("24000"));
        running.plan(BudgetCategory.DISCOUNTS, new BigDecimal("20000"));
        em.persist(running);
        running.assignCode();
        running.start();
        spend(running, BudgetCategory.MEDIA, "8600.00", 18, "电台广告");
        spend(running, BudgetCategory.MATERIALS, "3150.00", 16, "陈列物料");
        spend(running, BudgetCategory.PROMOTER_STAFF, "6000.00", 5, "促销员两周");

        Campaign planned = new Campaign("金星酱香中秋品牌推广", CampaignKind.BRAND, today.plusDays(30), today.plusDays(60),
                SampleCustomers.CURRENCY, MANAGER, now);
        planned.target(Set.of(keyAccounts), Set.of());
        planned.plan(BudgetCategory.MEDIA, new BigDecimal("150000"));
        planned.plan(BudgetCategory.STORE_ENTRY_FEES, new BigDecimal("60000"));
        em.persist(planned);
        planned.assignCode();

        orders();
    }

    private void spend(Campaign campaign, BudgetCategory category, String amount, int daysAgo, String note) {
        campaign.spend(category, new BigDecimal(amount));
        em.persist(new CampaignSpend(campaign, category, SpendKind.ACTUAL, new BigDecimal(amount), today.minusDays(daysAgo),
                null, note, PLANNER, now.minusDays(daysAgo)));
    }

    /** Hangzhou's orders: a few in the baseline period, more in the campaign's, so its uplift shows. */
    private void orders() {
        List<Customer> customers = em.createQuery("select c from Customer c where c.territory.parent.code = 'EAST-HZ' "
                + "and c.status = :active order by c.code", Customer.class)
                .setParameter("active", CustomerStatus.ACTIVE).setMaxResults(8).getResultList();
        List<Product> products = em.createQuery("select p from Product p order by p.sku", Product.class)
                .setMaxResults(6).getResultList();
        int[] baselineDays = {46, 40, 33, 27, 23};
        int[] campaignDays = {19, 16, 13, 11, 8, 6, 4, 2};
        for (int i = 0; i < baselineDays.length; i++) {
            order(customers.get(i % customers.size()), products.get(i % products.size()), today.minusDays(baselineDays[i]), 6);
        }
        for (int i = 0; i < campaignDays.length; i++) {
            order(customers.get((i + 3) % customers.size()), products.get((i + 1) % products.size()),
                    today.minusDays(campaignDays[i]), 8 + (i % 3) * 2);
        }
    }

    private void order(Customer customer, Product product, LocalDate day, int quantity) {
        if (day.isBefore(SamplePricing.FROM)) {
            return;
        }
        List<PricedLine> priced = new PriceBook(em).price(PriceInquiry.forCustomer(customer, day,
                List.of(new PriceInquiry.Line(product.getId(), BigDecimal.valueOf(quantity), null))), BigDecimal.ZERO);
        SalesOrder order = new SalesOrder(customer, null, null, customer.getOwner() == null ? PLANNER
                : customer.getOwner().getUsername(), now, day, null, customer.getCreditLimit().getCurrency());
        em.persist(order);
        order.assignNumber();
        priced.forEach(line -> order.addLine(product, line.quantity(), LinePrice.of(line), null));
        em.flush();
        order.confirm(CreditCheck.of(em, customer).overLimitNote(order.getGrossTotal()));
    }

    private void competitors(Brand baijiu, Brand beer) {
        Product ourBaijiu = em.createQuery("select p from Product p where p.brand = :b order by p.sku", Product.class)
                .setParameter("b", baijiu).setMaxResults(1).getSingleResult();
        Product ourBeer = em.createQuery("select p from Product p where p.brand = :b order by p.sku", Product.class)
                .setParameter("b", beer).setMaxResults(1).getSingleResult();
        Competitor maotai = new Competitor("茅源酒业", "酱香型白酒，主攻商务宴请");
        Competitor bay = new Competitor("蓝湾啤酒", "区域啤酒品牌，夏季促销力度大");
        em.persist(maotai);
        em.persist(bay);
        CompetitorProduct rivalBaijiu = new CompetitorProduct(maotai, "茅源 53度 500ml", ourBaijiu);
        CompetitorProduct rivalBeer = new CompetitorProduct(bay, "蓝湾纯生 500ml×12", ourBeer);
        em.persist(rivalBaijiu);
        em.persist(rivalBeer);
        Territory pudong = territory("EAST-SH-PD");
        Territory tianhe = territory("SOUTH-GZ-TH");
        // four months back, twice a month per territory; Pudong's baijiu price drifts down, Tianhe's holds
        for (int month = 3; month >= 0; month--) {
            for (int visit = 0; visit < 2; visit++) {
                LocalDate day = today.minusMonths(month).withDayOfMonth(5 + visit * 12);
                if (day.isAfter(today)) {
                    continue;
                }
                observe(rivalBaijiu, day, pudong, 450 + month * 6 - visit * 2,
                        visit == 1 && month == 1 ? "买二送一" : null, "rep");
                observe(rivalBaijiu, day, tianhe, 455 + visit * 3, null, "rep05");
                observe(rivalBeer, day, pudong, 58 - (3 - month) + visit, month == 0 ? "第二箱半价" : null, "rep");
                observe(rivalBeer, day, tianhe, 55 + visit, null, "rep05");
            }
        }
    }

    private void observe(CompetitorProduct product, LocalDate day, Territory territory, int price, String promotion,
                         String by) {
        em.persist(new PriceObservation(product, day, territory, null, territory.getName() + "门店",
                Money.of(BigDecimal.valueOf(price), SampleCustomers.CURRENCY), promotion, by, now));
    }

    private Segment segment(String code, String name, CustomerKind kind, Channel channel, Territory territory, boolean target) {
        Segment segment = new Segment(code, name);
        segment.select(kind, channel, territory, null, null, null);
        segment.markTarget(target);
        em.persist(segment);
        return segment;
    }

    private Brand brand(String category) {
        return em.createQuery("select b from Brand b where b.category = :category order by b.code", Brand.class)
                .setParameter("category", category).setMaxResults(1).getSingleResult();
    }

    private Territory territory(String code) {
        return one("select t from Territory t where t.code = '" + code + "'", Territory.class);
    }

    private UserAccount user(String username) {
        return one("select u from UserAccount u where u.username = '" + username + "'", UserAccount.class);
    }

    private <T> T one(String query, Class<T> type) {
        return em.createQuery(query, type).getSingleResult();
    }
}
