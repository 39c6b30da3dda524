package org.tandem.mapping;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.catalog.entity.Brand;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.TerritoryLevel;
import org.tandem.organization.entity.UserAccount;
import org.tandem.shared.entity.Money;
import org.tandem.testing.MigratedDatabase;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every entity is written to and read back from the schema the migrations build; EclipseLink creates nothing. */
class EntityMappingTest {

    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 1, 5, 9, 30, 0, 0, ZoneOffset.ofHours(8));

    private static MigratedDatabase db;

    @BeforeAll
    static void migrate() {
        db = MigratedDatabase.create("mapping");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static UserAccount user(String username, Role... roles) {
        return new UserAccount(username, "Name of " + username, "PBKDF2WithHmacSHA256:1024:c2FsdA==:aGFzaA==",
                Set.of(roles), CREATED);
    }

    private static <T> T persisted(T entity) {
        db.inTransaction(em -> em.persist(entity));
        return entity;
    }

    @Test
    void aUserComesBackWithRolesTimesAndLocale() {
        UserAccount written = user("chen.jie", Role.SALES_MANAGER, Role.FINANCE);
        written.rename("陈杰", "chen.jie@example.com");
        written.changeLocale("zh_TW");
        written.recordFailedLogin(CREATED.plusHours(1), 1, java.time.Duration.ofMinutes(15));
        long id = persisted(written).getId();

        UserAccount read = db.read(em -> em.find(UserAccount.class, id));

        assertEquals("chen.jie", read.getUsername());
        assertEquals("陈杰", read.getDisplayName());
        assertEquals("chen.jie@example.com", read.getEmail());
        assertEquals(Set.of(Role.SALES_MANAGER, Role.FINANCE), read.getRoles());
        assertEquals("zh_TW", read.getLocale());
        assertEquals(1, read.getFailedLogins());
        assertTrue(read.getCreatedAt().isEqual(CREATED), read.getCreatedAt() + " is not the instant written");
        assertTrue(read.getLockedUntil().isEqual(CREATED.plusHours(1).plusMinutes(15)));
        assertNull(read.getLastLoginAt());
        assertEquals(1, read.getVersion());
    }

    @Test
    void theTerritoryTreeAndItsMembersComeBack() {
        UserAccount rep = persisted(user("zhou.min", Role.SALES_REP));
        Territory north = persisted(new Territory("MAP-N", "华北", TerritoryLevel.REGION, null));
        Territory beijing = persisted(new Territory("MAP-N-BJ", "北京", TerritoryLevel.AREA, north));
        Territory chaoyang = new Territory("MAP-N-BJ-CY", "朝阳", TerritoryLevel.TERRITORY, beijing);
        chaoyang.assignMembers(Set.of(rep));
        long id = persisted(chaoyang).getId();

        Territory read = db.read(em -> em.find(Territory.class, id));

        assertEquals("华北 / 北京 / 朝阳", read.getPath());
        assertEquals(TerritoryLevel.TERRITORY, read.getLevel());
        assertEquals(Set.of("zhou.min"), read.getMembers().stream().map(UserAccount::getUsername).collect(java.util.stream.Collectors.toSet()));
        assertTrue(read.isActive());
    }

    @Test
    void aProductComesBackWithItsBrandAndTaxRate() {
        Brand brand = persisted(new Brand("MAP-B", "Map Baijiu", "Baijiu"));
        long id = persisted(new Product("MAP-B-500", "Map Baijiu 500 ml", brand, "case", 6, "6901234567892",
                new BigDecimal("0.13"))).getId();

        Product read = db.read(em -> em.find(Product.class, id));

        assertEquals("MAP-B", read.getBrand().getCode());
        assertEquals(new BigDecimal("0.1300"), read.getTaxRate());
        assertEquals(6, read.getPackSize());
        assertEquals("6901234567892", read.getBarcode());
        assertTrue(read.isActive());
    }

    @Test
    void aCustomerComesBackWithItsCreditLimitAtTheScaleOfItsCurrency() {
        UserAccount owner = persisted(user("sun.li", Role.SALES_REP));
        Territory east = persisted(new Territory("MAP-E", "华东", TerritoryLevel.REGION, null));
        Territory shanghai = persisted(new Territory("MAP-E-SH", "上海", TerritoryLevel.AREA, east));
        Territory pudong = persisted(new Territory("MAP-E-SH-PD", "浦东", TerritoryLevel.TERRITORY, shanghai));
        long id = persisted(new Customer("MAP-C1", "浦东糖酒批发", CustomerKind.WHOLESALER, pudong, owner, "浦东新区 1 号",
                Money.of("50000.005", "CNY"))).getId();

        Customer read = db.read(em -> em.find(Customer.class, id));

        assertEquals(Money.of("50000.01", "CNY"), read.getCreditLimit());
        assertEquals(new BigDecimal("50000.01"), read.getCreditLimit().getAmount(), "two decimals for yuan, as written");
        assertEquals(CustomerKind.WHOLESALER, read.getKind());
        assertEquals("MAP-E-SH-PD", read.getTerritory().getCode());
        assertEquals("sun.li", read.getOwner().getUsername());
    }

    @Test
    void eachSavedChangeRaisesTheVersion() {
        UserAccount user = persisted(user("he.yun", Role.MARKETING));
        assertEquals(1, user.getVersion());

        db.inTransaction(em -> em.find(UserAccount.class, user.getId()).rename("何云", null));
        db.inTransaction(em -> em.find(UserAccount.class, user.getId()).changeLocale("en"));

        assertEquals(3, db.read(em -> em.find(UserAccount.class, user.getId())).getVersion());
    }

    @Test
    void aChangeMadeOnAnOutdatedCopyIsRefused() {
        long id = persisted(user("lu.xin", Role.FINANCE)).getId();
        EntityManager first = db.emf().createEntityManager();
        try {
            first.getTransaction().begin();
            first.find(UserAccount.class, id).rename("First", null);

            db.inTransaction(em -> em.find(UserAccount.class, id).rename("Second", null));

            RollbackException refused = assertThrows(RollbackException.class, () -> first.getTransaction().commit());
            assertInstanceOf(OptimisticLockException.class, refused.getCause());
        } finally {
            first.close();
        }
        assertEquals("Second", db.read(em -> em.find(UserAccount.class, id)).getDisplayName());
    }

    @Test
    void theDatabaseRefusesASecondUserWithTheSameName() {
        persisted(user("ma.lan", Role.SALES_REP));

        RollbackException refused = assertThrows(RollbackException.class, () -> persisted(user("ma.lan", Role.FINANCE)));

        SQLException sql = cause(refused, SQLException.class);
        assertNotNull(sql, "no SQL error under " + refused);
        assertEquals("23505", sql.getSQLState(), "unique violation, the same state PostgreSQL reports");
    }

    private static <X extends Throwable> X cause(Throwable thrown, Class<X> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
