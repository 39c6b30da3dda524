package org.tandem.organization.entity;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerritoryTest {

    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private final Territory east = new Territory("east", "华东", TerritoryLevel.REGION, null);
    private final Territory shanghai = new Territory("EAST-SH", "上海", TerritoryLevel.AREA, east);
    private final Territory pudong = new Territory("EAST-SH-PD", "浦东", TerritoryLevel.TERRITORY, shanghai);

    private static UserAccount user(String name, Role role) {
        return new UserAccount(name, name, "hash", Set.of(role), CREATED);
    }

    @Test
    void thePathRunsFromTheRegionDownToTheNode() {
        assertEquals("华东 / 上海 / 浦东", pudong.getPath());
        assertEquals("华东", east.getPath());
    }

    @Test
    void codesAreKeptInUpperCase() {
        assertEquals("EAST", east.getCode());
    }

    @Test
    void aRegionHasNoParent() {
        assertThrows(IllegalArgumentException.class, () -> new Territory("NORTH", "华北", TerritoryLevel.REGION, east));
    }

    @Test
    void anAreaBelongsToARegion() {
        assertThrows(IllegalArgumentException.class, () -> new Territory("EAST-NJ", "南京", TerritoryLevel.AREA, null));
        assertThrows(IllegalArgumentException.class, () -> new Territory("EAST-NJ", "南京", TerritoryLevel.AREA, shanghai));
    }

    @Test
    void aTerritoryBelongsToAnArea() {
        assertThrows(IllegalArgumentException.class, () -> new Territory("EAST-PX", "浦西", TerritoryLevel.TERRITORY, null));
        assertThrows(IllegalArgumentException.class, () -> new Territory("EAST-PX", "浦西", TerritoryLevel.TERRITORY, east));
        assertThrows(IllegalArgumentException.class, () -> new Territory("EAST-PX", "浦西", TerritoryLevel.TERRITORY, pudong));
    }

    @Test
    void aTerritoryCannotBeMovedUnderTheWrongLevel() {
        Territory north = new Territory("NORTH", "华北", TerritoryLevel.REGION, null);
        assertThrows(IllegalArgumentException.class, () -> pudong.moveUnder(north));
        assertEquals(shanghai, pudong.getParent(), "a refused move leaves the territory where it was");

        Territory beijing = new Territory("NORTH-BJ", "北京", TerritoryLevel.AREA, north);
        pudong.moveUnder(beijing);
        assertEquals("华北 / 北京 / 浦东", pudong.getPath());
    }

    @Test
    void salesRepsAndSalesManagersWorkInTerritories() {
        UserAccount rep = user("rep", Role.SALES_REP);
        UserAccount manager = user("manager", Role.SALES_MANAGER);

        pudong.assignMembers(Set.of(rep, manager));

        assertEquals(Set.of(rep, manager), pudong.getMembers());
    }

    @Test
    void nobodyElseIsAssignedToATerritory() {
        UserAccount rep = user("rep", Role.SALES_REP);
        pudong.assignMembers(Set.of(rep));
        for (Role role : Set.of(Role.MARKETING, Role.MARKETING_MANAGER, Role.FINANCE, Role.GENERAL_MANAGER, Role.ADMIN,
                Role.INTEGRATION)) {
            UserAccount outsider = user("outsider", role);
            assertThrows(IllegalArgumentException.class, () -> pudong.assignMembers(Set.of(rep, outsider)), role.name());
        }
        assertEquals(Set.of(rep), pudong.getMembers(), "a refused assignment keeps the members as they were");
    }

    @Test
    void aManagerWhoIsAlsoInFinanceMayStillBeAssigned() {
        UserAccount both = new UserAccount("zhao", "Zhao", "hash", Set.of(Role.SALES_MANAGER, Role.FINANCE), CREATED);
        shanghai.assignMembers(Set.of(both));
        assertTrue(shanghai.getMembers().contains(both));
    }
}
