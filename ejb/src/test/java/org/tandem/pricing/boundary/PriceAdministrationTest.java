package org.tandem.pricing.boundary;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.catalog.entity.Brand;
import org.tandem.catalog.entity.Product;
import org.tandem.pricing.entity.PriceAction;
import org.tandem.pricing.entity.PriceList;
import org.tandem.pricing.entity.PriceListEntry;
import org.tandem.pricing.entity.PriceRule;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.testing.MigratedDatabase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Marketing's price lists, entries and rules written through the session bean's checks and read back. */
class PriceAdministrationTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private static MigratedDatabase db;
    private static long product;

    @BeforeAll
    static void aProduct() {
        db = MigratedDatabase.create("priceadmin");
        product = db.fromTransaction(em -> {
            Brand brand = new Brand("FJ", "Fenjiu", "BAIJIU");
            em.persist(brand);
            Product bottle = new Product("FJ-475", "Fenjiu 475 ml", brand, "BOT", 6, null, new BigDecimal("0.13"));
            em.persist(bottle);
            em.flush();
            return bottle.getId();
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static <T> T administering(Function<PriceAdministration, T> work) {
        return db.fromTransaction(em -> {
            PriceAdministration administration = new PriceAdministration();
            administration.em = em;
            return work.apply(administration);
        });
    }

    private static String refusal(Function<PriceAdministration, ?> work) {
        return assertThrows(RuleViolation.class, () -> administering(work)).getKey();
    }

    private static PriceListTerms list(String code, LocalDate from, LocalDate thru) {
        return new PriceListTerms(code, "List " + code, null, null, "CNY", from, thru, false, true);
    }

    private static PriceRuleTerms percentRule(String name, String percent) {
        return new PriceRuleTerms(name, 10, JAN_1, null, true, null, null, "RETAIL", null, null, null, null, null,
                PriceAction.PERCENT_OFF, new BigDecimal(percent), null, true, "Promotion P-1");
    }

    @Test
    void aPriceListIsCreatedOnceByCodeAndChangedOnlyAtTheVersionSeen() {
        PriceList created = administering(a -> a.createPriceList(list("WS-2026", JAN_1, null)));
        assertEquals(1, created.getVersion());

        assertEquals("tandem.pricing.priceList.codeTaken", refusal(a -> a.createPriceList(list("WS-2026", JAN_1, null))));

        PriceListTerms renamed = new PriceListTerms("ignored", "Wholesale 2026", "WHOLESALE", "A", "USD", JAN_1,
                LocalDate.of(2026, 12, 31), true, true);
        administering(a -> a.updatePriceList(created.getId(), 1, renamed));
        assertEquals("tandem.concurrentChange", refusal(a -> a.updatePriceList(created.getId(), 1, renamed)));

        PriceList read = db.read(em -> em.find(PriceList.class, created.getId()));
        assertEquals("WS-2026", read.getCode());
        assertEquals("CNY", read.getCurrency());
        assertEquals("WHOLESALE", read.getChannel());
        assertEquals(LocalDate.of(2026, 12, 31), read.getThruDate());
        assertEquals(true, read.isPricesIncludeTax());
        assertEquals(2, read.getVersion());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertEquals("tandem.pricing.periodReversed",
                refusal(a -> a.createPriceList(list("BACKWARDS", JAN_1, LocalDate.of(2025, 12, 31)))));
    }

    @Test
    void aListHasOnePriceForAProductOnAnyDay() {
        long listId = administering(a -> a.createPriceList(list("ENTRIES", JAN_1, null))).getId();
        PriceListEntry first = administering(a -> a.addEntry(listId,
                new PriceEntryTerms(product, new BigDecimal("268.5"), null, LocalDate.of(2026, 6, 30))));

        assertEquals("tandem.pricing.entry.overlaps", refusal(a -> a.addEntry(listId,
                new PriceEntryTerms(product, new BigDecimal("279"), LocalDate.of(2026, 6, 30), null))));
        administering(a -> a.addEntry(listId,
                new PriceEntryTerms(product, new BigDecimal("279"), LocalDate.of(2026, 7, 1), null)));
        // moving its own dates does not collide with itself
        administering(a -> a.updateEntry(first.getId(), 1,
                new PriceEntryTerms(product, new BigDecimal("265"), null, LocalDate.of(2026, 6, 15))));

        Page<PriceListEntry> entries = db.read(em -> {
            PriceAdministration administration = new PriceAdministration();
            administration.em = em;
            return administration.findEntries(listId, new PageRequest(0, 10, "unitPrice", true, Map.of("sku", "fj")));
        });
        assertEquals(2, entries.total());
        assertEquals(List.of(new BigDecimal("265.0000"), new BigDecimal("279.0000")),
                entries.rows().stream().map(PriceListEntry::getUnitPrice).toList());
    }

    @Test
    void aRuleIsWrittenWithItsConditionsAndItsSource() {
        long id = administering(a -> a.createRule(percentRule("Retail spring", "7.5"))).getId();

        PriceRule read = db.read(em -> em.find(PriceRule.class, id));
        assertEquals("RETAIL", read.getChannel());
        assertEquals(new BigDecimal("7.5000"), read.getActionValue());
        assertEquals("Promotion P-1", read.getSource());
        assertEquals(null, read.getCurrency());
    }

    @Test
    void aRuleThatCannotWorkIsRefused() {
        assertEquals("tandem.pricing.rule.percentOutOfRange", refusal(a -> a.createRule(percentRule("Too much", "120"))));
        PriceRuleTerms amountWithoutCurrency = new PriceRuleTerms("No currency", 10, JAN_1, null, true, null, null, null,
                null, null, null, null, null, PriceAction.AMOUNT_OFF, BigDecimal.ONE, null, true, null);
        assertEquals("tandem.pricing.rule.currencyRequired", refusal(a -> a.createRule(amountWithoutCurrency)));
        PriceRuleTerms unknownProduct = new PriceRuleTerms("Ghost", 10, JAN_1, null, true, null, null, null,
                null, -3L, null, null, null, PriceAction.PERCENT_OFF, BigDecimal.ONE, null, true, null);
        assertEquals("tandem.pricing.unknownProduct", refusal(a -> a.createRule(unknownProduct)));
    }

    @Test
    void rulesAreListedBySequenceAndFoundByTheirSource() {
        administering(a -> a.createRule(percentRule("Listed A", "1")));
        administering(a -> a.createRule(percentRule("Listed B", "2")));

        Page<PriceRule> page = db.read(em -> {
            PriceAdministration administration = new PriceAdministration();
            administration.em = em;
            return administration.findRules(new PageRequest(0, 50, "name", false, Map.of("name", "listed", "source", "p-1")));
        });
        assertEquals(List.of("Listed B", "Listed A"), page.rows().stream().map(PriceRule::getName).toList());
    }
}
