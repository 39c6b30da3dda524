package org.tandem.sampledata;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.catalog.entity.Brand;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.entity.Channel;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerContact;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.customer.entity.CustomerStatus;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.TerritoryLevel;
import org.tandem.organization.entity.UserAccount;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleDataSetTest {

    private static final String HASH = "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==";
    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private static SampleDataSet data;

    @BeforeAll
    static void generate() {
        data = SampleDataSet.generate(HASH, CREATED);
    }

    @Test
    void theSameSeedGivesTheSameRows() {
        assertEquals(rows(data), rows(SampleDataSet.generate(HASH, CREATED)));
    }

    @Test
    void threeBrandsOneOfEachCategoryAndAboutFiftyProducts() {
        assertEquals(Set.of("BAIJIU", "WINE", "BEER"), data.brands().stream().map(Brand::getCategory).collect(Collectors.toSet()));
        assertEquals(3, data.brands().size());
        assertInRange(45, 55, data.products().size(), "products");
        for (Brand brand : data.brands()) {
            assertTrue(data.products().stream().filter(p -> p.getBrand() == brand).count() >= 10, brand.getName());
        }
        assertEquals(data.products().size(), data.products().stream().map(Product::getSku).distinct().count(), "distinct SKUs");
    }

    @Test
    void productsComeInBottlesCasesAndKegsAtThirteenPercentVat() {
        for (Product product : data.products()) {
            assertTrue(Set.of("瓶", "箱", "桶").contains(product.getUnit()), product.getName());
            assertTrue(Set.of(1, 6, 12, 24).contains(product.getPackSize()), product.getName());
            assertEquals(product.getUnit().equals("箱"), product.getPackSize() > 1, product.getName());
            assertEquals(new BigDecimal("0.1300"), product.getTaxRate());
        }
    }

    @Test
    void everyBarcodeIsAnEan13WithACorrectCheckDigit() {
        for (Product product : data.products()) {
            assertTrue(Ean13.isValid(product.getBarcode()), product.getSku() + " " + product.getBarcode());
        }
        assertEquals(data.products().size(), data.products().stream().map(Product::getBarcode).distinct().count(), "distinct barcodes");
    }

    @Test
    void theCheckDigitIsTheOneGs1Gives() {
        assertEquals("4006381333931", Ean13.withCheckDigit("400638133393"));
        assertEquals("6901234567892", Ean13.withCheckDigit("690123456789"));
        assertFalse(Ean13.isValid("4006381333932"));
        assertFalse(Ean13.isValid("400638133393"));
    }

    @Test
    void threeRegionsOfTwoAreasEachAndAboutTenTerritoriesBelow() {
        Map<TerritoryLevel, List<Territory>> byLevel = data.territories().stream().collect(Collectors.groupingBy(Territory::getLevel));
        assertEquals(List.of("EAST", "SOUTH", "NORTH"), byLevel.get(TerritoryLevel.REGION).stream().map(Territory::getCode).toList());
        for (Territory region : byLevel.get(TerritoryLevel.REGION)) {
            assertEquals(2, byLevel.get(TerritoryLevel.AREA).stream().filter(a -> a.getParent() == region).count(), region.getCode());
        }
        assertInRange(9, 12, byLevel.get(TerritoryLevel.TERRITORY).size(), "territories");
        for (Territory territory : data.territories()) {
            if (territory.getParent() != null) {
                assertTrue(territory.getCode().startsWith(territory.getParent().getCode() + "-"), territory.getCode());
                assertTrue(data.territories().indexOf(territory.getParent()) < data.territories().indexOf(territory), "parent written first");
            }
        }
    }

    @Test
    void oneDemoUserPerRoleAndTwentyRepsAllWithTheOneHash() {
        Map<String, UserAccount> users = data.users().stream().collect(Collectors.toMap(UserAccount::getUsername, Function.identity()));
        Map<String, Role> demo = Map.of("rep", Role.SALES_REP, "salesmanager", Role.SALES_MANAGER, "marketing", Role.MARKETING,
                "marketingmanager", Role.MARKETING_MANAGER, "finance", Role.FINANCE, "gm", Role.GENERAL_MANAGER,
                "admin", Role.ADMIN, "integration", Role.INTEGRATION);
        demo.forEach((username, role) -> assertEquals(Set.of(role), users.get(username).getRoles(), username));
        for (int i = 1; i <= 20; i++) {
            assertEquals(Set.of(Role.SALES_REP), users.get(String.format("rep%02d", i)).getRoles());
        }
        assertEquals(28, users.size());
        assertTrue(data.users().stream().allMatch(u -> u.getPasswordHash().equals(HASH)));
        assertEquals(28, data.users().stream().map(UserAccount::getDisplayName).distinct().count(), "distinct display names");
        assertTrue(data.users().stream().allMatch(u -> u.getDisplayName().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)));
    }

    @Test
    void onlyTheAdministratorAndTheIntegrationAccountUseEnglish() {
        for (UserAccount user : data.users()) {
            boolean english = user.getUsername().equals("admin") || user.getUsername().equals("integration");
            assertEquals(english ? "en" : "zh_CN", user.getLocale(), user.getUsername());
        }
    }

    @Test
    void everyTerritoryHasOneToThreeRepsAndTheDemoRepWorksInOnlyPudong() {
        for (Territory territory : data.territories()) {
            if (territory.getLevel() == TerritoryLevel.TERRITORY) {
                assertInRange(1, 3, territory.getMembers().size(), territory.getCode());
                assertTrue(territory.getMembers().stream().allMatch(u -> u.hasRole(Role.SALES_REP)), territory.getCode());
            }
        }
        assertEquals(List.of("EAST-SH-PD"), territoriesOf("rep"));
        assertEquals(List.of("EAST-SH"), territoriesOf("salesmanager"));
        for (UserAccount user : data.users()) {
            if (user.getUsername().startsWith("rep")) {
                assertEquals(1, territoriesOf(user.getUsername()).size(), user.getUsername());
            }
        }
    }

    @Test
    void aboutFiveHundredCustomersInTheStatedSharesOfKind() {
        int total = data.customers().size();
        assertInRange(450, 550, total, "customers");
        Map<CustomerKind, Long> byKind = data.customers().stream().collect(Collectors.groupingBy(Customer::getKind, Collectors.counting()));
        assertInRange(4, 6, 100.0 * byKind.get(CustomerKind.DISTRIBUTOR) / total, "% distributors");
        assertInRange(13, 17, 100.0 * byKind.get(CustomerKind.WHOLESALER) / total, "% wholesalers");
        assertInRange(74, 80, 100.0 * byKind.get(CustomerKind.RETAIL_OUTLET) / total, "% outlets");
        assertInRange(2, 4, 100.0 * byKind.get(CustomerKind.KEY_ACCOUNT) / total, "% key accounts");
        assertEquals("C00001", data.customers().get(0).getCode());
        assertEquals(total, data.customers().stream().map(Customer::getCode).distinct().count(), "distinct codes");
        assertEquals(total, data.customers().stream().map(Customer::getName).distinct().count(), "distinct names");
    }

    @Test
    void everyCustomerIsOwnedByARepOfItsTerritory() {
        for (Customer customer : data.customers()) {
            assertEquals(TerritoryLevel.TERRITORY, customer.getTerritory().getLevel());
            assertTrue(customer.getTerritory().getMembers().contains(customer.getOwner()), customer.getCode());
        }
        long ownedByDemoRep = data.customers().stream().filter(c -> c.getOwner().getUsername().equals("rep")).count();
        assertTrue(ownedByDemoRep > 0, "the demo rep has customers");
        assertEquals(data.users().stream().filter(u -> u.hasRole(Role.SALES_REP)).count(),
                data.customers().stream().map(Customer::getOwner).distinct().count(), "every rep owns customers");
    }

    @Test
    void creditLimitsAreWholeHundredsOfYuanSizedByKind() {
        Map<CustomerKind, long[]> ranges = Map.of(CustomerKind.DISTRIBUTOR, new long[]{500_000, 2_000_000},
                CustomerKind.RETAIL_OUTLET, new long[]{5_000, 50_000});
        for (Customer customer : data.customers()) {
            BigDecimal limit = customer.getCreditLimit().getAmount();
            assertEquals("CNY", customer.getCreditLimit().getCurrency());
            assertEquals(0, limit.remainder(BigDecimal.valueOf(100)).signum(), customer.getCode() + " " + limit);
            long[] range = ranges.get(customer.getKind());
            if (range != null) {
                assertInRange(range[0], range[1], limit.doubleValue(), customer.getCode());
            }
        }
        BigDecimal smallestDistributor = min(CustomerKind.DISTRIBUTOR);
        assertTrue(smallestDistributor.compareTo(max(CustomerKind.RETAIL_OUTLET)) > 0);
        assertTrue(min(CustomerKind.WHOLESALER).compareTo(max(CustomerKind.RETAIL_OUTLET)) > 0);
    }

    @Test
    void groupChannelAndPaymentTermsFollowTheKindOfBusiness() {
        Map<CustomerKind, Integer> terms = Map.of(CustomerKind.DISTRIBUTOR, 60, CustomerKind.WHOLESALER, 30,
                CustomerKind.KEY_ACCOUNT, 90, CustomerKind.RETAIL_OUTLET, 0);
        for (Customer customer : data.customers()) {
            assertEquals(terms.get(customer.getKind()), customer.getPaymentTermsDays(), customer.getCode());
            assertTrue(customer.getCustomerGroup().matches("(DIST|WHS|KA|OUTLET)-[AB]"), customer.getCustomerGroup());
            if (customer.getKind() != CustomerKind.RETAIL_OUTLET) {
                assertEquals(Channel.usualFor(customer.getKind()), customer.getChannel(), customer.getCode());
            }
        }
        assertEquals(Channel.HORECA, data.customers().stream().filter(c -> c.getName().endsWith("火锅店")).findFirst().orElseThrow().getChannel());
        assertEquals(Channel.MODERN_TRADE, data.customers().stream().filter(c -> c.getName().endsWith("便利店")).findFirst().orElseThrow().getChannel());
        Map<CustomerStatus, Long> byStatus = data.customers().stream().collect(Collectors.groupingBy(Customer::getStatus, Collectors.counting()));
        assertEquals(Set.of(CustomerStatus.values()), byStatus.keySet(), "every status appears");
        assertTrue(byStatus.get(CustomerStatus.ACTIVE) > 0.9 * data.customers().size(), "most customers are active");
    }

    @Test
    void everyCustomerHasOnePrimaryContactAndBusinessesHaveTwo() {
        for (Customer customer : data.customers()) {
            int expected = customer.getKind() == CustomerKind.RETAIL_OUTLET ? 1 : 2;
            assertEquals(expected, customer.getContacts().size(), customer.getCode());
            assertEquals(1, customer.getContacts().stream().filter(CustomerContact::isPrimary).count(), customer.getCode());
            assertTrue(customer.getContacts().get(0).isPrimary(), "the primary contact comes first");
            assertTrue(customer.getPhone().matches("0\\d{2,3}-\\d{8}"), customer.getPhone());
            customer.getContacts().forEach(c -> assertTrue(c.getPhone().matches("(13\\d{9})|(0\\d{2,3}-\\d{8})"), c.getPhone()));
        }
    }

    @Test
    void customersHaveChineseAddressesInTheirDistrict() {
        for (Customer customer : data.customers()) {
            assertTrue(customer.getAddress().contains(customer.getTerritory().getName()), customer.getAddress());
            assertTrue(customer.getAddress().endsWith("号"), customer.getAddress());
        }
    }

    @Test
    void everyEntityPassesBeanValidationAsItWouldOnPersist() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            List<String> violations = new ArrayList<>();
            data.inWritingOrder().stream().flatMap(List::stream).forEach(entity -> {
                for (ConstraintViolation<Object> v : factory.getValidator().validate(entity)) {
                    violations.add(entity + " " + v.getPropertyPath() + ": " + v.getMessage());
                }
            });
            assertEquals(List.of(), violations);
        }
    }

    @Test
    void theWritingOrderHoldsEveryEntityOnce() {
        assertEquals(List.of(data.brands(), data.products(), data.users(), data.territories(), data.customers(),
                data.priceLists(), data.priceListEntries(), data.priceRules()), data.inWritingOrder());
    }

    private static List<String> territoriesOf(String username) {
        return data.territories().stream()
                .filter(t -> t.getMembers().stream().anyMatch(u -> u.getUsername().equals(username)))
                .map(Territory::getCode).toList();
    }

    private static BigDecimal min(CustomerKind kind) {
        return limits(kind).min(BigDecimal::compareTo).orElseThrow();
    }

    private static BigDecimal max(CustomerKind kind) {
        return limits(kind).max(BigDecimal::compareTo).orElseThrow();
    }

    private static Stream<BigDecimal> limits(CustomerKind kind) {
        return data.customers().stream().filter(c -> c.getKind() == kind).map(c -> c.getCreditLimit().getAmount());
    }

    private static void assertInRange(double low, double high, double actual, String what) {
        assertTrue(actual >= low && actual <= high, what + ": " + actual + " not in " + low + "–" + high);
    }

    @Test
    void everyProductHasOnePriceOnTheOneListAndTheQuantityBreaksFormOneFamily() {
        assertEquals(1, data.priceLists().size());
        assertEquals(data.products(), data.priceListEntries().stream().map(e -> e.getProduct()).toList());
        assertTrue(data.priceListEntries().stream().allMatch(e -> e.getPriceList() == data.priceLists().get(0)
                && e.getUnitPrice().signum() > 0));
        // a case costs its pieces: 五星 500ml at 128.00 a bottle is 768.00 a case of 6
        assertEquals(new BigDecimal("768.0000"), data.priceListEntries().stream()
                .filter(e -> e.getProduct().getSku().equals("JX-008")).findFirst().orElseThrow().getUnitPrice());
        assertEquals(List.of("10.0000", "50.0000", "100.0000"), data.priceRules().stream()
                .filter(r -> SamplePricing.QUANTITY_BREAK.equals(r.getFamily()))
                .map(r -> r.getMinQuantity().setScale(4).toPlainString()).toList());
        assertEquals(Set.of("WHOLESALE", "DISTRIBUTION"), data.priceRules().stream()
                .map(r -> r.getChannel()).filter(c -> c != null).collect(Collectors.toSet()));
    }

    /** Everything a row would hold, so two data sets compare field by field. */
    private static List<String> rows(SampleDataSet set) {
        List<String> rows = new ArrayList<>();
        set.brands().forEach(b -> rows.add(String.join("|", b.getCode(), b.getName(), b.getCategory())));
        set.products().forEach(p -> rows.add(String.join("|", p.getSku(), p.getName(), p.getBrand().getCode(), p.getUnit(),
                String.valueOf(p.getPackSize()), p.getBarcode(), p.getTaxRate().toPlainString())));
        set.users().forEach(u -> rows.add(String.join("|", u.getUsername(), u.getDisplayName(), u.getEmail(), u.getLocale(),
                EnumSet.copyOf(u.getRoles()).toString())));
        set.territories().forEach(t -> rows.add(String.join("|", t.getCode(), t.getPath(), t.getLevel().name(), t.getMembers().toString())));
        set.customers().forEach(c -> rows.add(String.join("|", c.getCode(), c.getName(), c.getKind().name(), c.getTerritory().getCode(),
                c.getOwner().getUsername(), c.getAddress(), c.getCreditLimit().toString(), c.getPhone(), c.getCustomerGroup(),
                c.getChannel().name(), String.valueOf(c.getPaymentTermsDays()), c.getStatus().name(),
                c.getContacts().stream().map(k -> k.getName() + "/" + k.getPosition() + "/" + k.getPhone() + "/" + k.getEmail()
                        + "/" + k.isPrimary()).toList().toString())));
        set.priceListEntries().forEach(e -> rows.add(String.join("|", e.getPriceList().getCode(), e.getProduct().getSku(),
                e.getUnitPrice().toPlainString())));
        set.priceRules().forEach(r -> rows.add(String.join("|", r.getName(), String.valueOf(r.getSequence()),
                String.valueOf(r.getChannel()), String.valueOf(r.getMinQuantity()), String.valueOf(r.getFamily()),
                r.getActionValue().toPlainString())));
        return rows;
    }
}
