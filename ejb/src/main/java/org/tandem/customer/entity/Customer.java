package org.tandem.customer.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.organization.entity.Territory;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.organization.entity.UserAccount;
import org.tandem.shared.entity.Money;
import org.tandem.shared.entity.Texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A business the company sells to; it lives in one territory and is looked after by one rep. Its contacts
 * belong to it and change only through it, so the customer's version covers them too.
 */
@Entity
@Table(name = "customer")
public class Customer {

    public static final int DEFAULT_PAYMENT_TERMS_DAYS = 30;
    public static final int MAX_PAYMENT_TERMS_DAYS = 365;

    private static final Comparator<CustomerContact> CONTACT_ORDER = Comparator.comparing(CustomerContact::isPrimary)
            .reversed().thenComparing(CustomerContact::getName);

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

    @Size(max = 30)
    @Column(length = 30)
    private String phone;

    @Size(max = 20)
    @Column(name = "customer_group", length = 20)
    private String customerGroup;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Min(0)
    @Max(MAX_PAYMENT_TERMS_DAYS)
    @Column(name = "payment_terms_days", nullable = false)
    private int paymentTermsDays = DEFAULT_PAYMENT_TERMS_DAYS;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CustomerStatus status = CustomerStatus.ACTIVE;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CustomerContact> contacts = new ArrayList<>();

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
        this.channel = Channel.usualFor(kind);
    }

    /** Name, kind and the terms of business; code, place and credit limit have their own methods. */
    public void describe(String newName, CustomerKind newKind, String newAddress, String newPhone, String group,
                         Channel newChannel, int paymentTerms, CustomerStatus newStatus) {
        if (paymentTerms < 0 || paymentTerms > MAX_PAYMENT_TERMS_DAYS) {
            throw new IllegalArgumentException("Payment terms must be 0 to " + MAX_PAYMENT_TERMS_DAYS + " days");
        }
        this.name = Objects.requireNonNull(newName).trim();
        this.kind = Objects.requireNonNull(newKind);
        this.address = Texts.blankToNull(newAddress);
        this.phone = Texts.blankToNull(newPhone);
        this.customerGroup = group == null || group.isBlank() ? null : group.trim().toUpperCase();
        this.channel = Objects.requireNonNull(newChannel);
        this.paymentTermsDays = paymentTerms;
        this.status = Objects.requireNonNull(newStatus);
    }

    /** Hands the customer to another territory and rep; whether they fit is the caller's rule to check. */
    public void moveTo(Territory newTerritory, UserAccount newOwner) {
        this.territory = Objects.requireNonNull(newTerritory);
        this.owner = newOwner;
    }

    public void changeCreditLimit(Money newLimit) {
        if (newLimit.isNegative()) {
            throw new IllegalArgumentException("A credit limit cannot be negative");
        }
        this.creditLimit = newLimit;
    }

    /** Adds a contact; the first one, or one marked primary, becomes the primary contact. */
    public CustomerContact addContact(String contactName, String position, String contactPhone, String email, boolean primary) {
        CustomerContact contact = new CustomerContact(this, contactName, position, contactPhone, email);
        contacts.add(contact);
        if (primary || contacts.size() == 1) {
            makePrimary(contact);
        }
        return contact;
    }

    /** Changes a contact; marking it primary takes the mark from the one who had it. */
    public CustomerContact changeContact(long contactId, String contactName, String position, String contactPhone,
                                         String email, boolean primary) {
        CustomerContact contact = contact(contactId);
        contact.describe(contactName, position, contactPhone, email);
        if (primary) {
            makePrimary(contact);
        }
        return contact;
    }

    /** Removes a contact; if it was the primary one, the next one left takes its place. */
    public void removeContact(long contactId) {
        CustomerContact contact = contact(contactId);
        contacts.remove(contact);
        if (contact.isPrimary() && !contacts.isEmpty()) {
            makePrimary(getContacts().get(0));
        }
    }

    /** @throws IllegalArgumentException when the contact is not one of this customer's */
    public CustomerContact contact(long contactId) {
        return contacts.stream().filter(c -> c.getId() != null && c.getId() == contactId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No contact " + contactId + " at " + code));
    }

    private void makePrimary(CustomerContact primary) {
        contacts.forEach(c -> c.setPrimary(c == primary));
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

    /** Open for business: neither on hold nor closed. */
    public boolean isActive() {
        return status == CustomerStatus.ACTIVE;
    }

    public String getPhone() {
        return phone;
    }

    public String getCustomerGroup() {
        return customerGroup;
    }

    public Channel getChannel() {
        return channel;
    }

    public int getPaymentTermsDays() {
        return paymentTermsDays;
    }

    /** Only an active customer gets new quotations and orders: one on hold or closed is refused. */
    public Customer requireActive() {
        if (status != CustomerStatus.ACTIVE) {
            throw new RuleViolation("tandem.document.customerNotActive", code, status);
        }
        return this;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    /** Primary contact first, then by name: sorted here, since a list just changed in memory has no database order. */
    public List<CustomerContact> getContacts() {
        return contacts.stream().sorted(CONTACT_ORDER).toList();
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
