package org.tandem.organization.boundary;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.TerritoryLevel;
import org.tandem.organization.entity.UserAccount;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.testing.MigratedDatabase;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The administrator's user and territory lists, paged, sorted and filtered by the database. */
class AdministrationListsTest {

    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private static MigratedDatabase db;

    @BeforeAll
    static void aSmallSalesForce() {
        db = MigratedDatabase.create("lists");
        db.inTransaction(em -> {
            em.persist(user("anna", "Anna Li", Role.MARKETING));
            em.persist(user("bo_wen", "Bo Wen", Role.SALES_REP));
            em.persist(user("bowen", "Bowen Zhang", Role.SALES_REP));
            em.persist(user("li.na", "Lina 100%", Role.SALES_MANAGER, Role.FINANCE));
            em.persist(user("lina", "Lina Wu", Role.SALES_MANAGER));
            UserAccount gone = user("zhou", "Zhou Qiang", Role.FINANCE);
            gone.disable();
            em.persist(gone);
            Territory east = new Territory("EAST", "华东", TerritoryLevel.REGION, null);
            Territory shanghai = new Territory("EAST-SH", "上海", TerritoryLevel.AREA, east);
            em.persist(east);
            em.persist(shanghai);
            em.persist(new Territory("EAST-SH-PD", "浦东", TerritoryLevel.TERRITORY, shanghai));
            em.persist(new Territory("EAST-SH-PX", "浦西", TerritoryLevel.TERRITORY, shanghai));
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static UserAccount user(String username, String displayName, Role... roles) {
        return new UserAccount(username, displayName, "hash", Set.of(roles), CREATED);
    }

    private static Page<UserAccount> users(PageRequest request) {
        return db.read(em -> {
            UserAdministration administration = new UserAdministration();
            administration.em = em;
            return administration.findUsers(request);
        });
    }

    private static Page<Territory> territories(PageRequest request) {
        return db.read(em -> {
            TerritoryAdministration administration = new TerritoryAdministration();
            administration.em = em;
            return administration.findTerritories(request);
        });
    }

    private static PageRequest filtered(Map<String, Object> filters) {
        return new PageRequest(0, 50, null, true, filters);
    }

    private static List<String> names(Page<UserAccount> page) {
        return page.rows().stream().map(UserAccount::getUsername).toList();
    }

    @Test
    void anUnderscoreInTheFilterIsAnUnderscore() {
        assertEquals(List.of("bo_wen"), names(users(filtered(Map.of("username", "_")))));
    }

    @Test
    void aPercentSignInTheFilterIsAPercentSign() {
        assertEquals(List.of("li.na"), names(users(filtered(Map.of("displayName", "%")))));
    }

    @Test
    void theNameFilterIgnoresCaseAndMatchesAnywhere() {
        assertEquals(List.of("bo_wen", "bowen"), names(users(filtered(Map.of("username", "BO")))));
        assertEquals(List.of("li.na", "lina"), names(users(filtered(Map.of("displayName", "lina")))));
    }

    @Test
    void usersAreFoundByRoleAndByWhetherTheyAreEnabled() {
        assertEquals(List.of("li.na", "lina"), names(users(filtered(Map.of("role", "SALES_MANAGER")))));
        assertEquals(List.of("zhou"), names(users(filtered(Map.of("enabled", "false")))));
        assertEquals(List.of("li.na"), names(users(filtered(Map.of("role", Role.FINANCE, "enabled", "true")))));
    }

    @Test
    void pagesFollowTheChosenSortAndCountEveryMatch() {
        Page<UserAccount> first = users(new PageRequest(0, 4, "displayName", false, Map.of()));
        Page<UserAccount> second = users(new PageRequest(4, 4, "displayName", false, Map.of()));

        assertEquals(List.of("zhou", "lina", "li.na", "bowen"), names(first));
        assertEquals(List.of("bo_wen", "anna"), names(second));
        assertEquals(6, first.total());
        assertEquals(6, second.total());
    }

    @Test
    void anUnknownSortFieldSortsByUserName() {
        Page<UserAccount> page = users(new PageRequest(0, 3, "passwordHash", true, Map.of()));
        assertEquals(List.of("anna", "bo_wen", "bowen"), names(page));
    }

    @Test
    void territoriesAreFoundByLevelAndName() {
        Page<Territory> page = territories(filtered(Map.of("level", "TERRITORY", "name", "浦")));
        assertEquals(List.of("EAST-SH-PD", "EAST-SH-PX"), page.rows().stream().map(Territory::getCode).toList());
        assertEquals(1, territories(filtered(Map.of("code", "-sh-px"))).total());
    }
}
