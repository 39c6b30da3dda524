package org.tandem.customer.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.UserAccount;
import org.tandem.shared.entity.Money;

import java.util.Objects;

/** A business the company sells to; it lives in one territory and is looked after by one rep. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    private Long id;

    @NotBlank
    @Size(max = 20)
    @Column(nullable = false, unique = true, updatable = false, length = 20)
    private String code;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CustomerKind kind;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "territory_id", nullable = false)
    private Territory territory;

    @ManyToOne
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    @Size(max = 200)
    @Column(length = 200)
    private String address;

    @NotNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "credit_limit", nullable = false, precision = 19, scale = 4)),
            @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false, length = 3))
    })
    private Money creditLimit;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Customer() {
    }

    public Customer(String code, String name, CustomerKind kind, Territory territory, UserAccount owner, String address, Money creditLimit) {
        if (creditLimit.isNegative()) {
            throw new IllegalArgumentException("A credit limit cannot be negative");
        }
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.territory = Objects.requireNonNull(territory);
        this.owner = owner;
        this.address = address;
        this.creditLimit = creditLimit;
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

    public CustomerKind getKind() {
        return kind;
    }

    public Territory getTerritory() {
        return territory;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public String getAddress() {
        return address;
    }

    public Money getCreditLimit() {
        return creditLimit;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Customer other && code != null && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
