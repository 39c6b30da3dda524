package org.tandem.pricing.control;

import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.logging.DefaultSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.eclipse.persistence.sessions.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.catalog.entity.Brand;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.TerritoryLevel;
import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.pricing.boundary.PricedLine;
import org.tandem.pricing.entity.PriceAction;
import org.tandem.pricing.entity.PriceList;
import org.tandem.pricing.entity.PriceListEntry;
import org.tandem.pricing.entity.PriceRule;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.Money;
import org.tandem.testing.MigratedDatabase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The pricing migration and the queries that read what a batch of lines needs, on H2 migrated like production. */
class PriceBookTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 16);
    private static final int UNRELATED_RULES = 300;

    private static MigratedDatabase db;
    private static long region;
    private static long customer;
    private static long baijiu;
    private static long beer;
    private static long lager;

    @BeforeAll
    static void aCatalogWithPricesAndManyRules() {
        db = MigratedDatabase.create("pricebook");
        db.inTransaction(em -> {
            Territory east = new Territory("EAST", "华东", TerritoryLevel.REGION, null);
            Territory shanghai = new Territory("EAST-SH", "上海", TerritoryLevel.AREA, east);
            Territory pudong = new Territory("EAST-SH-PD", "浦东", TerritoryLevel.TERRITORY, shanghai);
            Territory west = new Territory("WEST", "西部", TerritoryLevel.REGION, null);
            List.of(east, shanghai, pudong, west).forEach(em::persist);
            Customer shop = new Customer("C-1", "浦东烟酒店", CustomerKind.RETAIL_OUTLET, pudong, null, null,
                    Money.of("50000", "CNY"));
            em.persist(shop);
            Brand moutai = new Brand("MT", "Moutai", "BAIJIU");
            Brand tsingtao = new Brand("TT", "Tsingtao", "BEER");
            Brand unsold = new Brand("XX", "Not in any inquiry", "WINE");
            em.persist(moutai);
            em.persist(tsingtao);
            em.persist(unsold);
            Product bottle = new Product("MT-500", "Moutai 500 ml", moutai, "BOT", 6, null, new BigDecimal("0.13"));
            Product lagerCan = new Product("TT-330", "Tsingtao 330 ml", tsingtao, "CAS", 24, null, new BigDecimal("0.13"));
            em.persist(bottle);
            em.persist(lagerCan);

            PriceList standard = new PriceList("STD-2026", "Standard 2026", "CNY", LocalDate.of(2026, 1, 1));
            PriceList retail = new PriceList("RETAIL", "Retail (VAT incl.)", "CNY", LocalDate.of(2026, 1, 1));
            retail.revise("Retail (VAT incl.)", "RETAIL", null, LocalDate.of(2026, 1, 1), null, true, true);
            PriceList old = new PriceList("STD-2025", "Standard 2025", "CNY", LocalDate.of(2025, 1, 1));
            old.revise("Standard 2025", null, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), false, true);
            PriceList switchedOff = new PriceList("OFF", "Switched off", "CNY", LocalDate.of(2026, 1, 1));
            switchedOff.revise("Switched off", null, null, LocalDate.of(2026, 1, 1), null, false, false);
            List.of(standard, retail, old, switchedOff).forEach(em::persist);
            em.persist(new PriceListEntry(standard, bottle, new BigDecimal("1499.0000"), null, null));
            em.persist(new PriceListEntry(standard, lagerCan, new BigDecimal("72.5000"), null, null));
            em.persist(new PriceListEntry(retail, bottle, new BigDecimal("1699.0000"), null, null));
            em.persist(new PriceListEntry(old, bottle, new BigDecimal("1399.0000"), null, null));
            em.persist(new PriceListEntry(switchedOff, bottle, new BigDecimal("1.0000"), null, null));

            PriceRule eastDiscount = new PriceRule("East region", 10, LocalDate.of(2026, 1, 1), PriceAction.PERCENT_OFF,
                    new BigDecimal("5"), null);
            eastDiscount.restrictTo(null, null, null, east.getId(), null, null, null, null);
            em.persist(eastDiscount);
            PriceRule westDiscount = new PriceRule("West region", 10, LocalDate.of(2026, 1, 1), PriceAction.PERCENT_OFF,
                    new BigDecimal("50"), null);
            westDiscount.restrictTo(null, null, null, west.getId(), null, null, null, null);
            em.persist(westDiscount);
            PriceRule caseBreak = new PriceRule("Beer 10 cases", 20, LocalDate.of(2026, 1, 1), PriceAction.AMOUNT_OFF,
                    new BigDecimal("2.5"), "CNY");
            caseBreak.restrictTo(null, null, null, null, null, tsingtao.getId(), new BigDecimal("10"), "beer-cases");
            em.persist(caseBreak);
            for (int i = 0; i < UNRELATED_RULES; i++) {
                // for another customer group, ended last year, or for a brand nobody asks for: none applies here
                PriceRule other = new PriceRule("Other " + i, 30 + i, LocalDate.of(2025, 1, 1), PriceAction.PERCENT_OFF,
                        new BigDecimal("1"), null);
                other.restrictTo(null, i % 3 == 0 ? "KA" : null, null, null, null, i % 3 == 2 ? unsold.getId() : null,
                        null, null);
                other.reschedule(LocalDate.of(2025, 1, 1), i % 3 == 1 ? LocalDate.of(2025, 12, 31) : null, true);
                em.persist(other);
            }
            em.flush();
            region = east.getId();
            customer = shop.getId();
            baijiu = bottle.getId();
            beer = lagerCan.getId();
        });
        lager = beer;
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static PriceInquiry inquiry(String channel, LocalDate day, PriceInquiry.Line... lines) {
        return new PriceInquiry(customer, null, channel, day, "CNY", List.of(lines));
    }

    private static PriceInquiry.Line line(long product, String quantity) {
        return new PriceInquiry.Line(product, new BigDecimal(quantity), null);
    }

    private static List<PricedLine> priced(PriceInquiry inquiry) {
        return db.read(em -> new PriceBook(em).price(inquiry, BigDecimal.valueOf(5)));
    }

    /** Counts the SELECTs EclipseLink sends while {@code work} runs. */
    private static <T> int selectsDuring(Supplier<T> work) {
        Server server = JpaHelper.getServerSession(db.emf());
        SessionLog before = server.getSessionLog();
        AtomicInteger selects = new AtomicInteger();
        DefaultSessionLog counting = new DefaultSessionLog() {
            @Override
            public synchronized void log(SessionLogEntry entry) {
                if (SessionLog.SQL.equals(entry.getNameSpace()) && entry.getMessage().trim().toUpperCase().startsWith("SELECT")) {
                    selects.incrementAndGet();
                }
            }
        };
        counting.setLevel(SessionLog.FINE, SessionLog.SQL);
        server.setSessionLog(counting);
        try {
            work.get();
        } finally {
            server.setSessionLog(before);
        }
        return selects.get();
    }

    @Test
    void aBatchOfLinesIsReadInFourQueriesHoweverManyRulesThereAre() {
        PriceInquiry inquiry = inquiry(null, DAY, line(baijiu, "2"), line(lager, "12"), line(baijiu, "1"));

        assertEquals(4, selectsDuring(() -> priced(inquiry)));
    }

    @Test
    void onlyRulesThatMayApplyAreRead() {
        List<CandidateRule> rules = db.read(em -> {
            PriceBook book = new PriceBook(em);
            PriceInquiry inquiry = inquiry(null, DAY, line(baijiu, "1"));
            return book.rules(book.customer(inquiry), book.products(List.of(baijiu)).values(), DAY, "CNY");
        });

        assertEquals(List.of("East region"), rules.stream().map(CandidateRule::name).toList());
    }

    @Test
    void aCustomerInARegionGetsTheRegionsRuleAndTheStandardList() {
        List<PricedLine> lines = priced(inquiry(null, DAY, line(baijiu, "2"), line(lager, "12")));

        PricedLine bottle = lines.get(0);
        assertEquals("STD-2026", bottle.priceListCode());
        assertEquals(new BigDecimal("1499.0000"), bottle.basePrice());
        assertEquals(List.of("East region"), bottle.adjustments().stream().map(a -> a.source()).toList());
        assertEquals(new BigDecimal("1424.0500"), bottle.unitPrice());
        assertEquals(Money.of("2848.10", "CNY"), bottle.lineNet());
        assertEquals(Money.of("3218.35", "CNY"), bottle.lineGross());

        PricedLine cases = lines.get(1);
        assertEquals(List.of("East region", "Beer 10 cases"), cases.adjustments().stream().map(a -> a.source()).toList());
        assertEquals(new BigDecimal("66.3750"), cases.unitPrice());
        assertEquals(Money.of("796.50", "CNY"), cases.lineNet());
    }

    @Test
    void theRetailChannelGetsItsOwnListWithVatIncluded() {
        PricedLine bottle = priced(inquiry("RETAIL", DAY, line(baijiu, "1"))).get(0);

        assertEquals("RETAIL", bottle.priceListCode());
        assertEquals(Money.of("1614.05", "CNY"), bottle.lineGross());
        assertEquals(Money.of("1428.36", "CNY"), bottle.lineNet());
    }

    @Test
    void lastYearsListPricesLastYear() {
        assertEquals("STD-2025", priced(inquiry(null, LocalDate.of(2025, 12, 31), line(baijiu, "1"))).get(0).priceListCode());
    }

    @Test
    void aDayBeforeEveryListHasNoPrice() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> priced(inquiry(null, LocalDate.of(2024, 12, 31), line(baijiu, "1"))));
        assertEquals("tandem.pricing.noPrice", refused.getKey());
        assertEquals(List.of("MT-500", LocalDate.of(2024, 12, 31)), List.of(refused.getArguments()));
    }

    @Test
    void anUnknownProductOrCustomerIsRefused() {
        RuleViolation product = assertThrows(RuleViolation.class, () -> priced(inquiry(null, DAY, line(-5, "1"))));
        assertEquals("tandem.pricing.unknownProduct", product.getKey());

        RuleViolation stranger = assertThrows(RuleViolation.class, () -> priced(
                new PriceInquiry(-7L, null, null, DAY, "CNY", List.of(line(baijiu, "1")))));
        assertEquals("tandem.pricing.unknownCustomer", stranger.getKey());
    }

    @Test
    void theCustomersTerritoryChainReachesItsRegion() {
        PricingRequest.CustomerFacts facts = db.read(em -> new PriceBook(em).customer(inquiry(null, DAY, line(baijiu, "1"))));

        assertEquals(3, facts.territoryIds().size());
        assertEquals(true, facts.territoryIds().contains(region));
    }
}
