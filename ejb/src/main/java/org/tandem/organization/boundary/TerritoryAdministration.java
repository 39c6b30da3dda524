package org.tandem.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.TerritoryLevel;
import org.tandem.organization.entity.UserAccount;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.control.Queries;
import org.tandem.shared.control.Versions;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Keeps the sales map: regions, their areas, the areas' territories, and who works in each. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class TerritoryAdministration {

    private static final Map<String, String> SORTS = Map.of(
            "code", "code", "name", "name", "level", "level", "active", "active");

    @PersistenceContext
    EntityManager em;

    /** Filters: {@code code}, {@code name} (contains), {@code level} (a {@link TerritoryLevel}), {@code active}. */
    public Page<Territory> findTerritories(@NotNull PageRequest request) {
        return Queries.page(em, Territory.class, request, (cb, t) -> {
            Object level = request.filters().get("level");
            Object active = request.filters().get("active");
            return Queries.present(
                    Queries.contains(cb, t.get("code"), request.text("code")),
                    Queries.contains(cb, t.get("name"), request.text("name")),
                    level == null || level.toString().isBlank() ? null
                            : cb.equal(t.get("level"), TerritoryLevel.valueOf(level.toString())),
                    active == null || active.toString().isBlank() ? null
                            : cb.equal(t.get("active"), Boolean.valueOf(active.toString())));
        }, SORTS, "code");
    }

    public Territory territory(long id) {
        Territory territory = em.find(Territory.class, id);
        if (territory == null) {
            throw new RuleViolation("tandem.territory.notFound", id);
        }
        return territory;
    }

    /** How many people work in each of the given territories, by territory id; a list shows this per page. */
    public Map<Long, Long> memberCounts(@NotNull Collection<Long> territoryIds) {
        if (territoryIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select t.id, count(m) from Territory t left join t.members m where t.id in :ids group by t.id",
                        Object[].class)
                .setParameter("ids", territoryIds)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The people who work in a territory, disabled ones included, by user name. */
    public List<UserAccount> members(long territoryId) {
        return em.createQuery("select m from Territory t join t.members m where t.id = :id order by m.username",
                        UserAccount.class)
                .setParameter("id", territoryId)
                .getResultList();
    }

    /** The nodes a new node of {@code level} may hang under (empty for a region). */
    public List<Territory> possibleParents(@NotNull TerritoryLevel level) {
        TerritoryLevel parentLevel = level.parentLevel();
        if (parentLevel == null) {
            return List.of();
        }
        return em.createQuery("select t from Territory t where t.level = :level and t.active = true order by t.code",
                Territory.class).setParameter("level", parentLevel).getResultList();
    }

    public Territory create(@NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]+", message = "{tandem.territory.code.pattern}") String code,
                            @NotBlank @Size(max = 100) String name, @NotNull TerritoryLevel level, Long parentId) {
        String normalised = code.trim().toUpperCase();
        if (!em.createQuery("select t from Territory t where t.code = :code", Territory.class)
                .setParameter("code", normalised).getResultList().isEmpty()) {
            throw new RuleViolation("tandem.territory.code.taken", normalised);
        }
        Territory territory = new Territory(normalised, name, level, parentOf(level, parentId));
        em.persist(territory);
        return territory;
    }

    /** Renames, moves and re-staffs the version the administrator saw. */
    public Territory update(long id, long expectedVersion, @NotBlank @Size(max = 100) String name, Long parentId,
                            @NotNull Set<Long> memberIds) {
        Territory territory = territory(id);
        Versions.require(territory.getVersion(), expectedVersion, territory.getCode());
        territory.rename(name);
        territory.moveUnder(parentOf(territory.getLevel(), parentId));
        Set<UserAccount> members = new HashSet<>();
        for (Long memberId : memberIds) {
            UserAccount user = em.find(UserAccount.class, memberId);
            if (user == null) {
                throw new RuleViolation("tandem.user.notFound", memberId);
            }
            if (!user.hasRole(Role.SALES_REP) && !user.hasRole(Role.SALES_MANAGER)) {
                throw new RuleViolation("tandem.territory.memberNotSales", user.getUsername());
            }
            members.add(user);
        }
        territory.assignMembers(members);
        return territory;
    }

    public Territory setActive(long id, long expectedVersion, boolean active) {
        Territory territory = territory(id);
        Versions.require(territory.getVersion(), expectedVersion, territory.getCode());
        if (active) {
            territory.activate();
        } else {
            territory.deactivate();
        }
        return territory;
    }

    private Territory parentOf(TerritoryLevel level, Long parentId) {
        TerritoryLevel expected = level.parentLevel();
        if (expected == null) {
            if (parentId != null) {
                throw new RuleViolation("tandem.territory.regionHasNoParent");
            }
            return null;
        }
        if (parentId == null) {
            throw new RuleViolation("tandem.territory.parentRequired", expected);
        }
        Territory parent = territory(parentId);
        if (parent.getLevel() != expected) {
            throw new RuleViolation("tandem.territory.parentLevel", level, expected);
        }
        return parent;
    }
}
