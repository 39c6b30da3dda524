package org.tandem.testing;

import jakarta.persistence.EntityManager;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.TerritoryLevel;
import org.tandem.organization.entity.UserAccount;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sales team the tests on H2 sell with: rep wei (and any further reps) in Pudong, rep fang in Minhang, and
 * their sales manager lina over Shanghai, in the East region.
 */
public record ShanghaiTeam(UserAccount wei, UserAccount fang, UserAccount lina,
                           Territory east, Territory shanghai, Territory pudong, Territory minhang) {

    public static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    public static UserAccount user(String username, Role role) {
        return new UserAccount(username, username, "hash", Set.of(role), CREATED);
    }

    /** Persists the team; further Pudong reps must be persisted by the caller. */
    public static ShanghaiTeam persist(EntityManager em, UserAccount... furtherPudongReps) {
        UserAccount wei = user("wei", Role.SALES_REP);
        UserAccount fang = user("fang", Role.SALES_REP);
        UserAccount lina = user("lina", Role.SALES_MANAGER);
        List.of(wei, fang, lina).forEach(em::persist);
        Territory east = new Territory("EAST", "华东", TerritoryLevel.REGION, null);
        Territory shanghai = new Territory("EAST-SH", "上海", TerritoryLevel.AREA, east);
        shanghai.assignMembers(Set.of(lina));
        Territory pudong = new Territory("EAST-SH-PD", "浦东", TerritoryLevel.TERRITORY, shanghai);
        Set<UserAccount> pudongReps = new HashSet<>(List.of(furtherPudongReps));
        pudongReps.add(wei);
        pudong.assignMembers(pudongReps);
        Territory minhang = new Territory("EAST-SH-MH", "闵行", TerritoryLevel.TERRITORY, shanghai);
        minhang.assignMembers(Set.of(fang));
        List.of(east, shanghai, pudong, minhang).forEach(em::persist);
        return new ShanghaiTeam(wei, fang, lina, east, shanghai, pudong, minhang);
    }
}
