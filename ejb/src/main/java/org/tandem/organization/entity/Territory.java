package org.tandem.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A node of the sales organisation's map: a region, an area inside a region, or a territory inside an
 * area. Sales people are assigned to territories; customers belong to exactly one territory.
 */
@Entity
@Table(name = "territory")
public class Territory {

    @Id
    @SequenceGenerator(name = "territory_seq", sequenceName = "territory_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "territory_seq")
    private Long id;

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[A-Z0-9-]+", message = "{tandem.territory.code.pattern}")
    @Column(nullable = false, unique = true, updatable = false, length = 20)
    private String code;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private TerritoryLevel level;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Territory parent;

    @ManyToMany
    @JoinTable(name = "territory_member",
            joinColumns = @JoinColumn(name = "territory_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> members = new LinkedHashSet<>();

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Territory() {
    }

    /** @throws IllegalArgumentException when {@code parent} is not of the level just above {@code level} */
    public Territory(String code, String name, TerritoryLevel level, Territory parent) {
        this.code = Objects.requireNonNull(code).trim().toUpperCase();
        this.name = Objects.requireNonNull(name).trim();
        this.level = Objects.requireNonNull(level);
        moveUnder(parent);
    }

    public final void moveUnder(Territory newParent) {
        TerritoryLevel expected = level.parentLevel();
        if (expected == null && newParent != null) {
            throw new IllegalArgumentException("A region has no parent");
        }
        if (expected != null && (newParent == null || newParent.level != expected)) {
            throw new IllegalArgumentException("A " + level + " belongs to a " + expected);
        }
        this.parent = newParent;
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName).trim();
    }

    /** Only sales people work in territories: reps in territories, managers over areas or regions. */
    public void assignMembers(Set<UserAccount> users) {
        for (UserAccount user : users) {
            if (!user.hasRole(Role.SALES_REP) && !user.hasRole(Role.SALES_MANAGER)) {
                throw new IllegalArgumentException(user.getUsername() + " is neither a sales rep nor a sales manager");
            }
        }
        members = new LinkedHashSet<>(users);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** "华东 / 上海 / 浦东" — the path from the region down to this node. */
    public String getPath() {
        return parent == null ? name : parent.getPath() + " / " + name;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public TerritoryLevel getLevel() {
        return level;
    }

    public Territory getParent() {
        return parent;
    }

    public Set<UserAccount> getMembers() {
        return Collections.unmodifiableSet(members);
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Territory other && code != null && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
