package org.tandem.sampledata;

import jakarta.persistence.EntityManager;
import org.tandem.campaign.entity.BudgetCategory;
import org.tandem.campaign.entity.Campaign;
import org.tandem.campaign.entity.CampaignKind;
import org.tandem.campaign.entity.CampaignSpend;
import org.tandem.campaign.entity.SpendKind;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerStatus;
import org.tandem.organization.entity.Role;
import org.tandem.pricing.entity.PriceAction;
import org.tandem.pricing.entity.PriceRule;
import org.tandem.promotion.entity.Decision;
import org.tandem.promotion.entity.OrganisationSetting;
import org.tandem.promotion.entity.PromotionKind;
import org.tandem.promotion.entity.PromotionRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Two campaigns and three of the demo rep's promotion requests: a discount approved for the last four weeks (its
 * rule has ended, so today's prices are as they were, and its results read the sample orders), a store-entry
 * fee waiting for the sales manager for three days (overdue), and promoter staff the sales manager rejected.
 */
final class SamplePromotions {

    private static final String MARKETING = "marketing";

    private SamplePromotions() {
    }

    static void write(EntityManager em, OffsetDateTime now) {
        LocalDate today = now.toLocalDate();
        OffsetDateTime planned = now.minusDays(70);
        Campaign spring = new Campaign("春季终端推广", CampaignKind.TRADE_PROMOTION, today.minusDays(60), today.plusDays(90),
                "CNY", MARKETING, planned);
        spring.plan(BudgetCategory.DISCOUNTS, new BigDecimal("200000"));
        spring.plan(BudgetCategory.STORE_ENTRY_FEES, new BigDecimal("80000"));
        spring.plan(BudgetCategory.PROMOTER_STAFF, new BigDecimal("60000"));
        spring.plan(BudgetCategory.MATERIALS, new BigDecimal("30000"));
        spring.start();
        Campaign autumn = new Campaign("中秋旺季备货", CampaignKind.TRADE_PROMOTION, today.plusDays(100), today.plusDays(150),
                "CNY", MARKETING, planned);
        autumn.plan(BudgetCategory.DISCOUNTS, new BigDecimal("150000"));
        autumn.plan(BudgetCategory.MATERIALS, new BigDecimal("20000"));
        for (Campaign campaign : List.of(spring, autumn)) {
            em.persist(campaign);
            campaign.assignCode();
        }

        List<Customer> customers = em.createQuery("select c from Customer c where c.owner.username = :rep "
                        + "and c.status = :active order by c.code", Customer.class)
                .setParameter("rep", SampleOrganization.DEMO_REP).setParameter("active", CustomerStatus.ACTIVE)
                .setMaxResults(3).getResultList();
        List<Product> products = em.createQuery("select p from Product p order by p.sku", Product.class)
                .setMaxResults(3).getResultList();
        OrganisationSetting setting = em.find(OrganisationSetting.class, OrganisationSetting.ID);

        PromotionRequest discount = file(em, setting, PromotionKind.DISCOUNT, spring, customers.get(0),
                Set.copyOf(products), today.minusDays(28), today.minusDays(1), new BigDecimal("5"), "120", "8000",
                "竞品在浦东降价，四周内保住经销商的进货量", now.minusDays(30));
        discount.act(Decision.APPROVED, Role.Names.SALES_MANAGER::equals, SampleOrganization.DEMO_SALES_MANAGER,
                "在预算内，同意", now.minusDays(29));
        spring.commit(BudgetCategory.DISCOUNTS, discount.getCost());
        discount.committed(discount.getCost());
        em.persist(new CampaignSpend(spring, BudgetCategory.DISCOUNTS, SpendKind.COMMITTED, discount.getCost(),
                today.minusDays(29), discount.getNumber(), null, SampleOrganization.DEMO_SALES_MANAGER, now.minusDays(29)));
        for (Product product : products) {
            PriceRule rule = new PriceRule("促销 " + discount.getNumber(), 30, discount.getFromDate(),
                    PriceAction.PERCENT_OFF, discount.getPercentOff(), null);
            rule.rename(rule.getName(), 30, "promotion:" + discount.getNumber());
            rule.reschedule(discount.getFromDate(), discount.getThruDate(), true);
            rule.restrictTo(customers.get(0).getId(), null, null, null, product.getId(), null, null, null);
            em.persist(rule);
        }

        file(em, setting, PromotionKind.STORE_ENTRY_FEE, spring, customers.get(1), Set.of(products.get(0)),
                today.plusDays(7), today.plusDays(60), null, "300", "12000", "新开两家连锁门店，进场费一次性支付",
                now.minusDays(3));

        PromotionRequest staff = file(em, setting, PromotionKind.PROMOTER_STAFF, spring, customers.get(2),
                Set.of(products.get(1)), today.plusDays(3), today.plusDays(33), null, "200", "9000",
                "周末派驻两名促销员", now.minusDays(6));
        staff.act(Decision.REJECTED, Role.Names.SALES_MANAGER::equals, SampleOrganization.DEMO_SALES_MANAGER,
                "该客户上月已有促销员支持", now.minusDays(5));
    }

    private static PromotionRequest file(EntityManager em, OrganisationSetting setting, PromotionKind kind,
                                         Campaign campaign, Customer customer, Set<Product> products, LocalDate from,
                                         LocalDate thru, BigDecimal percent, String quantity, String cost, String reason,
                                         OffsetDateTime filedAt) {
        PromotionRequest request = new PromotionRequest(kind, campaign, Set.of(customer), products, null, from, thru,
                percent, new BigDecimal(quantity), new BigDecimal(cost), reason, SampleOrganization.DEMO_REP, filedAt,
                setting.getStage(), setting.getSalesAuthority(), setting.getEscalationLimit());
        em.persist(request);
        request.assignNumber();
        return request;
    }
}
