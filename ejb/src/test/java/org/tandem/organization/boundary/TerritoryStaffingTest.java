package org.tandem.organization.boundary;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.TerritoryLevel;
import org.tandem.organization.entity.UserAccount;
import org.tandem.testing.MigratedDatabase;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who works where, as the territory list counts it and the territory form preselects it. */
class TerritoryStaffingTest {

    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private static MigratedDatabase db;
    private static Map<String, Long> ids;

    @BeforeAll
    static void twoTerritoriesOneStaffed() {
        db = MigratedDatabase.create("staffing");
        ids = db.fromTransaction(em -> {
            UserAccount wang = new UserAccount("wang", "Wang Lei", "hash", Set.of(Role.SALES_REP), CREATED);
            UserAccount chen = new UserAccount("chen", "Chen Jing", "hash", Set.of(Role.SALES_REP), CREATED);
            chen.disable();
            em.persist(wang);
            em.persist(chen);
            Territory east = new Territory("EAST", "华东", TerritoryLevel.REGION, null);
            Territory shanghai = new Territory("EAST-SH", "上海", TerritoryLevel.AREA, east);
            Territory pudong = new Territory("EAST-SH-PD", "浦东", TerritoryLevel.TERRITORY, shanghai);
            em.persist(east);
            em.persist(shanghai);
            em.persist(pudong);
            pudong.assignMembers(Set.of(wang, chen));
            em.flush();
            return Map.of("EAST-SH", shanghai.getId(), "EAST-SH-PD", pudong.getId());
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static <T> T asAdministrator(Function<TerritoryAdministration, T> work) {
        return db.read(em -> {
            TerritoryAdministration administration = new TerritoryAdministration();
            administration.em = em;
            return work.apply(administration);
        });
    }

    @Test
    void aTerritoryWithoutPeopleCountsNoneRatherThanBeingLeftOut() {
        Map<Long, Long> counts = asAdministrator(a -> a.memberCounts(List.of(ids.get("EAST-SH"), ids.get("EAST-SH-PD"))));

        assertEquals(Map.of(ids.get("EAST-SH"), 0L, ids.get("EAST-SH-PD"), 2L), counts);
    }

    @Test
    void theMembersOfATerritoryIncludeDisabledUsersSoThatSavingTheFormDoesNotDropThem() {
        List<String> members = asAdministrator(a -> a.members(ids.get("EAST-SH-PD")))
                .stream().map(UserAccount::getUsername).toList();

        assertEquals(List.of("chen", "wang"), members);
    }

    @Test
    void countingNoTerritoriesAsksNothing() {
        assertEquals(Map.of(), asAdministrator(a -> a.memberCounts(List.of())));
    }
}
