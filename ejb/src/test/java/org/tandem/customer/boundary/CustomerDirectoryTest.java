package org.tandem.customer.boundary;

import jakarta.ejb.SessionContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.customer.entity.Channel;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerContact;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.customer.entity.CustomerStatus;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.TerritoryLevel;
import org.tandem.organization.entity.UserAccount;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.Money;
import org.tandem.testing.Callers;
import org.tandem.testing.MigratedDatabase;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who sees which customers, answered by the real queries on H2 migrated by the real migrations. Shanghai has
 * two districts with one rep each and a manager over the city; Guangzhou's Tianhe has a rep of its own.
 */
class CustomerDirectoryTest {

    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private static final SessionContext WEI = Callers.as("wei", Role.Names.SALES_REP);
    private static final SessionContext FANG = Callers.as("fang", Role.Names.SALES_REP);
    private static final SessionContext LINA = Callers.as("lina", Role.Names.SALES_MANAGER);
    private static final SessionContext GM = Callers.as("gm", Role.Names.GENERAL_MANAGER);
    private static final SessionContext JUN = Callers.as("jun", Role.Names.SALES_REP);
    private static final SessionContext QIANG = Callers.as("qiang", Role.Names.SALES_MANAGER);

    private static MigratedDatabase db;
    private static Map<String, Long> ids;

    @BeforeAll
    static void twoCitiesOfCustomers() {
        db = MigratedDatabase.create("customers");
        ids = db.fromTransaction(em -> {
            UserAccount wei = user("wei", Role.SALES_REP);
            UserAccount fang = user("fang", Role.SALES_REP);
            UserAccount ming = user("ming", Role.SALES_REP);
            UserAccount lina = user("lina", Role.SALES_MANAGER);
            UserAccount jun = user("jun", Role.SALES_REP);
            UserAccount qiang = user("qiang", Role.SALES_MANAGER);
            List.of(wei, fang, ming, lina, jun, qiang, user("gm", Role.GENERAL_MANAGER)).forEach(em::persist);
            Territory east = new Territory("EAST", "华东", TerritoryLevel.REGION, null);
            Territory shanghai = new Territory("EAST-SH", "上海", TerritoryLevel.AREA, east);
            shanghai.assignMembers(Set.of(lina));
            Territory pudong = new Territory("EAST-SH-PD", "浦东", TerritoryLevel.TERRITORY, shanghai);
            pudong.assignMembers(Set.of(wei));
            Territory minhang = new Territory("EAST-SH-MH", "闵行", TerritoryLevel.TERRITORY, shanghai);
            minhang.assignMembers(Set.of(fang));
            Territory south = new Territory("SOUTH", "华南", TerritoryLevel.REGION, null);
            Territory guangzhou = new Territory("SOUTH-GZ", "广州", TerritoryLevel.AREA, south);
            Territory tianhe = new Territory("SOUTH-GZ-TH", "天河", TerritoryLevel.TERRITORY, guangzhou);
            tianhe.assignMembers(Set.of(ming));
            // the tests that create customers work up north, out of sight of the others
            Territory north = new Territory("NORTH", "华北", TerritoryLevel.REGION, null);
            Territory beijing = new Territory("NORTH-BJ", "北京", TerritoryLevel.AREA, north);
            beijing.assignMembers(Set.of(qiang));
            Territory chaoyang = new Territory("NORTH-BJ-CY", "朝阳", TerritoryLevel.TERRITORY, beijing);
            chaoyang.assignMembers(Set.of(jun));
            List.of(east, shanghai, pudong, minhang, south, guangzhou, tianhe, north, beijing, chaoyang).forEach(em::persist);
            List<Customer> customers = List.of(
                    customer("PD1", "浦东鑫盛酒业", CustomerKind.DISTRIBUTOR, pudong, wei, "900000"),
                    customer("PD2", "浦东恒源烟酒店", CustomerKind.RETAIL_OUTLET, pudong, wei, "20000"),
                    customer("PD3", "浦东万家超市", CustomerKind.KEY_ACCOUNT, pudong, wei, "500000"),
                    customer("MH1", "闵行宏达商贸", CustomerKind.WHOLESALER, minhang, fang, "300000"),
                    customer("MH2", "闵行永兴便利店", CustomerKind.RETAIL_OUTLET, minhang, fang, "10000"),
                    customer("TH1", "天河金泰酒业", CustomerKind.DISTRIBUTOR, tianhe, ming, "1200000"),
                    customer("TH2", "天河瑞丰酒家", CustomerKind.RETAIL_OUTLET, tianhe, ming, "8000"));
            customers.forEach(em::persist);
            em.flush();
            Map<String, Long> byCode = new java.util.HashMap<>();
            customers.forEach(c -> byCode.put(c.getCode(), c.getId()));
            List.of(wei, fang, ming, lina, jun).forEach(u -> byCode.put(u.getUsername(), u.getId()));
            List.of(pudong, minhang, tianhe, chaoyang).forEach(t -> byCode.put(t.getCode(), t.getId()));
            return byCode;
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static UserAccount user(String username, Role role) {
        return new UserAccount(username, username, "hash", Set.of(role), CREATED);
    }

    private static Customer customer(String code, String name, CustomerKind kind, Territory territory, UserAccount owner,
                                     String limit) {
        return new Customer(code, name, kind, territory, owner, null, Money.of(limit, "CNY"));
    }

    /** Runs {@code work} on the directory as {@code caller}, in a transaction that commits unless it throws. */
    private static <T> T as(SessionContext caller, Function<CustomerDirectory, T> work) {
        return db.fromTransaction(em -> {
            CustomerDirectory directory = new CustomerDirectory();
            directory.em = em;
            directory.session = caller;
            return work.apply(directory);
        });
    }

    private static List<String> codes(SessionContext caller, PageRequest request) {
        return as(caller, d -> d.findCustomers(request)).rows().stream().map(Customer::getCode).toList();
    }

    private static PageRequest all() {
        return new PageRequest(0, 50, null, true, Map.of());
    }

    private static CustomerDetails details(Customer c, String territory, String owner, String limit) {
        return new CustomerDetails(c.getName(), c.getKind(), ids.get(territory), ids.get(owner), c.getAddress(), c.getPhone(),
                c.getCustomerGroup(), c.getChannel(), c.getPaymentTermsDays(), c.getStatus(), new BigDecimal(limit));
    }

    private static CustomerDetails newOutlet(String territory, String owner, String limit) {
        return new CustomerDetails("新开便利店", CustomerKind.RETAIL_OUTLET, ids.get(territory), ids.get(owner), "某路 1 号",
                "021-55550000", "outlet-b", Channel.MODERN_TRADE, 15, CustomerStatus.ACTIVE, new BigDecimal(limit));
    }

    private static String refusal(SessionContext caller, Function<CustomerDirectory, ?> work) {
        return assertThrows(RuleViolation.class, () -> as(caller, work)).getKey();
    }

    @Test
    void aRepSeesExactlyTheCustomersOfTheirTerritory() {
        assertEquals(List.of("PD1", "PD2", "PD3"), codes(WEI, all()));
        assertEquals(List.of("MH1", "MH2"), codes(FANG, all()));
        assertEquals(3, as(WEI, d -> d.visibleCustomersByKind()).stream().mapToLong(CustomerCount::count).sum());
    }

    @Test
    void aManagerOfAnAreaSeesEveryTerritoryBelowItAndNoOther() {
        assertEquals(List.of("MH1", "MH2", "PD1", "PD2", "PD3"), codes(LINA, all()));
    }

    @Test
    void theGeneralManagerSeesEveryCustomer() {
        long all = db.read(em -> em.createQuery("select count(c) from Customer c", Long.class).getSingleResult());
        assertEquals(all, as(GM, d -> d.findCustomers(all())).total());
        assertTrue(codes(GM, all()).containsAll(List.of("MH1", "MH2", "PD1", "PD2", "PD3", "TH1", "TH2")));
    }

    @Test
    void aCustomerOfAnotherTerritoryIsRefusedExactlyLikeOneThatDoesNotExist() {
        long tianhe = ids.get("TH1");
        RuleViolation hidden = assertThrows(RuleViolation.class, () -> as(WEI, d -> d.customer(tianhe)));
        RuleViolation missing = assertThrows(RuleViolation.class, () -> as(WEI, d -> d.customer(987_654_321L)));
        assertEquals("tandem.customer.notVisible", hidden.getKey());
        assertEquals(missing.getKey(), hidden.getKey());
        assertEquals("tandem.customer.notVisible", refusal(LINA, d -> d.customer(tianhe)));
        assertEquals("TH1", as(GM, d -> d.customer(tianhe)).getCode());
        assertEquals("PD1", as(LINA, d -> d.customer(ids.get("PD1"))).getCode());
    }

    @Test
    void theListFiltersByTerritoryKindAndNameAndSortsByCreditLimit() {
        assertEquals(List.of("MH1", "MH2"), codes(LINA, new PageRequest(0, 10, null, true, Map.of("territory", "mh"))));
        assertEquals(List.of("MH2", "PD2"), codes(LINA, new PageRequest(0, 10, null, true, Map.of("kind", "RETAIL_OUTLET"))));
        assertEquals(List.of("PD3"), codes(LINA, new PageRequest(0, 10, null, true, Map.of("name", "万家"))));
        assertEquals(List.of(), codes(WEI, new PageRequest(0, 10, null, true, Map.of("territory", "天河"))));
        Page<Customer> richest = as(LINA, d -> d.findCustomers(new PageRequest(0, 2, "creditLimit", false, Map.of())));
        assertEquals(List.of("PD1", "PD3"), richest.rows().stream().map(Customer::getCode).toList());
        assertEquals(5, richest.total());
    }

    @Test
    void aRepMayPlaceACustomerOnlyInATerritoryTheySeeWithAnOwnerWhoWorksThere() {
        assertEquals("tandem.customer.territoryNotVisible", refusal(WEI, d -> d.create("N1", newOutlet("SOUTH-GZ-TH", "ming", "0"))));
        assertEquals("tandem.customer.ownerNotMember", refusal(WEI, d -> d.create("N1", newOutlet("EAST-SH-PD", "fang", "0"))));
        assertEquals("tandem.customer.ownerNotMember", refusal(LINA, d -> d.create("N1", newOutlet("EAST-SH-MH", "wei", "0"))));
        assertEquals(0L, (long) db.read(em -> em.createQuery("select count(c) from Customer c where c.code = 'N1'", Long.class).getSingleResult()));
        assertEquals("tandem.customer.territoryNotVisible",
                refusal(WEI, d -> d.update(ids.get("PD2"), 1, details(d.customer(ids.get("PD2")), "EAST-SH-MH", "fang", "20000"))));
    }

    @Test
    void aRepCreatesACustomerWithoutCreditAndOnlyAManagerGrantsIt() {
        assertEquals("tandem.customer.creditLimit.managersOnly", refusal(JUN, d -> d.create("N2", newOutlet("NORTH-BJ-CY", "jun", "5000"))));
        Customer created = as(JUN, d -> d.create(" n2 ", newOutlet("NORTH-BJ-CY", "jun", "0")));
        assertEquals("N2", created.getCode());
        assertEquals("OUTLET-B", created.getCustomerGroup());
        assertEquals(Channel.MODERN_TRADE, created.getChannel());
        assertEquals(Money.zero("CNY"), created.getCreditLimit());
        assertEquals("tandem.customer.code.taken", refusal(QIANG, d -> d.create("N2", newOutlet("NORTH-BJ-CY", "jun", "0"))));

        long id = created.getId();
        assertEquals("tandem.customer.creditLimit.managersOnly",
                refusal(JUN, d -> d.update(id, created.getVersion(), details(created, "NORTH-BJ-CY", "jun", "5000"))));
        assertEquals("tandem.customer.creditLimit.negative",
                refusal(QIANG, d -> d.update(id, created.getVersion(), details(created, "NORTH-BJ-CY", "jun", "-1"))));
        Customer granted = as(QIANG, d -> d.update(id, created.getVersion(), details(created, "NORTH-BJ-CY", "jun", "5000")));
        assertEquals(Money.of("5000", "CNY"), granted.getCreditLimit());
        assertEquals(created.getVersion() + 1, granted.getVersion());

        // the rep may change everything else, as long as the limit stays what it is
        Customer moved = as(JUN, d -> d.update(id, granted.getVersion(), details(granted, "NORTH-BJ-CY", "jun", "5000.00")));
        assertEquals(Money.of("5000", "CNY"), moved.getCreditLimit());
    }

    @Test
    void aChangeToAnOlderVersionIsRefused() {
        long id = ids.get("MH1");
        Customer seen = as(FANG, d -> d.customer(id));
        CustomerDetails changed = details(seen, "EAST-SH-MH", "fang", "300000");
        as(FANG, d -> d.update(id, seen.getVersion(), new CustomerDetails(changed.name(), changed.kind(), changed.territoryId(),
                changed.ownerId(), changed.address(), "021-64000000", changed.customerGroup(), changed.channel(),
                changed.paymentTermsDays(), changed.status(), changed.creditLimit())));
        assertEquals("tandem.concurrentChange", refusal(FANG, d -> d.update(id, seen.getVersion(), details(seen, "EAST-SH-MH", "fang", "300000"))));
        assertEquals("tandem.concurrentChange", refusal(FANG, d -> d.addContact(id, seen.getVersion(),
                new ContactDetails("王芳", null, null, null, false))));
    }

    @Test
    void contactsChangeTheCustomersVersionAndKeepOnePrimary() {
        long id = ids.get("PD3");
        Customer before = as(WEI, d -> d.customer(id));
        Customer one = as(WEI, d -> d.addContact(id, before.getVersion(), new ContactDetails("张伟", "采购经理", "13800000000", null, false)));
        assertEquals(before.getVersion() + 1, one.getVersion());
        assertTrue(one.getContacts().get(0).isPrimary(), "the first contact is the primary one");

        Customer two = as(WEI, d -> d.addContact(id, one.getVersion(), new ContactDetails("李娜", "财务", null, "li.na@example.com", true)));
        Customer read = as(WEI, d -> d.customer(id));
        assertEquals(two.getVersion(), read.getVersion());
        assertEquals(List.of("李娜", "张伟"), read.getContacts().stream().map(CustomerContact::getName).toList());
        assertEquals(List.of(true, false), read.getContacts().stream().map(CustomerContact::isPrimary).toList());

        long lina = read.getContacts().get(0).getId();
        long zhang = read.getContacts().get(1).getId();
        assertEquals("tandem.customer.contactNotFound", refusal(FANG, d -> d.removeContact(ids.get("MH2"), 1, zhang)));
        assertEquals("tandem.customer.notVisible", refusal(FANG, d -> d.removeContact(id, read.getVersion(), zhang)));
        Customer renamed = as(WEI, d -> d.updateContact(id, read.getVersion(), zhang, new ContactDetails("张伟", "经理", null, null, false)));
        Customer left = as(WEI, d -> d.removeContact(id, renamed.getVersion(), lina));
        Customer after = as(WEI, d -> d.customer(id));
        assertEquals(left.getVersion(), after.getVersion());
        assertEquals(1, after.getContacts().size());
        assertEquals("经理", after.getContacts().get(0).getPosition());
        assertTrue(after.getContacts().get(0).isPrimary(), "the one left takes the primary mark");
        assertFalse(as(WEI, d -> d.placeableTerritories()).stream().anyMatch(t -> t.getCode().startsWith("SOUTH")));
    }
}
